import { amber, green, grey, red } from '@mui/material/colors';
import type { KpiStatus } from '@wuye/schema';

/**
 * How the API's KPI status looks: red, amber, green against the company target; grey when there
 * is nothing to judge (no data that month, or no target set). Fixed shades, as for the P&L, so a
 * colour reads the same on screen and in print.
 */
export type KpiTone = { background: string; text: string; accent: string };

export const KPI_STATUS_TONES: Record<KpiStatus, KpiTone> = {
  RED: { background: red[100], text: red[900], accent: red[600] },
  AMBER: { background: amber[100], text: amber[900], accent: amber[800] },
  GREEN: { background: green[100], text: green[900], accent: green[600] },
  NO_DATA: { background: grey[100], text: grey[600], accent: grey[400] },
  NO_TARGET: { background: grey[100], text: grey[800], accent: grey[500] },
};

export const kpiTone = (status: KpiStatus | null | undefined): KpiTone => KPI_STATUS_TONES[status ?? 'NO_DATA'];

/** The legend's order. */
export const KPI_STATUSES: readonly KpiStatus[] = ['GREEN', 'AMBER', 'RED', 'NO_TARGET', 'NO_DATA'];
