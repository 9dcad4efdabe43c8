import { amber, blueGrey, green, grey, purple, red } from '@mui/material/colors';
import type { PnlStatus } from '@wuye/schema';

/**
 * How a P&L status looks everywhere (table cells, chips, legend, charts): loss red, thin amber,
 * healthy green, over-margin purple (保本微利 says too much profit is a finding too), idle grey,
 * goodwill (a free service's cost) neutral blue-grey. Fixed shades rather than theme roles, so a
 * status reads the same on every screen and in print.
 */
export type StatusTone = { background: string; text: string; accent: string };

export const STATUS_TONES: Record<PnlStatus, StatusTone> = {
  LOSS: { background: red[100], text: red[900], accent: red[600] },
  THIN: { background: amber[100], text: amber[900], accent: amber[700] },
  HEALTHY: { background: green[100], text: green[900], accent: green[600] },
  OVER_MARGIN: { background: purple[100], text: purple[900], accent: purple[500] },
  IDLE: { background: grey[100], text: grey[600], accent: grey[400] },
  GOODWILL: { background: blueGrey[50], text: blueGrey[700], accent: blueGrey[300] },
};

export const statusTone = (status: PnlStatus | null | undefined): StatusTone => STATUS_TONES[status ?? 'IDLE'];

/** Worst first: what needs a decision before what is fine. */
export const STATUS_ORDER: readonly PnlStatus[] = ['LOSS', 'THIN', 'OVER_MARGIN', 'HEALTHY', 'GOODWILL', 'IDLE'];

export const statusRank = (status: PnlStatus | null | undefined) => STATUS_ORDER.indexOf(status ?? 'IDLE');

/** Statuses a project manager reviews (亏损处理): loss and thin. */
export const UNDER_REVIEW: readonly PnlStatus[] = ['LOSS', 'THIN'];
