import { Chip, type ChipProps } from '@mui/material';
import type { ActionTimeliness, FindingState, NonconformityClass } from '@wuye/schema';
import { useTranslate } from 'react-admin';

const STATE_COLOR: Record<FindingState, ChipProps['color']> = {
  OPEN: 'warning',
  ACKNOWLEDGED: 'info',
  CORRECTING: 'info',
  AWAITING_VERIFICATION: 'secondary',
  VERIFIED: 'success',
};

export const FindingStateChip = ({ state }: { state: FindingState | null | undefined }) => {
  const translate = useTranslate();
  if (!state) return null;
  return <Chip size="small" color={STATE_COLOR[state]} variant={state === 'VERIFIED' ? 'outlined' : 'filled'} label={translate(`enums.FindingState.${state}`)} data-testid="finding-state" data-state={state} />;
};

const TIMELINESS_COLOR: Record<ActionTimeliness, ChipProps['color']> = { OPEN: 'default', OVERDUE: 'error', DONE_ON_TIME: 'success', DONE_LATE: 'warning' };

/** The corrective action against its deadline, as the API judged it: 已逾期 in red. */
export const TimelinessChip = ({ timeliness }: { timeliness: ActionTimeliness | null | undefined }) => {
  const translate = useTranslate();
  if (!timeliness) return null;
  return <Chip size="small" color={TIMELINESS_COLOR[timeliness]} variant={timeliness === 'OPEN' ? 'outlined' : 'filled'} label={translate(`enums.ActionTimeliness.${timeliness}`)} data-testid="timeliness" data-timeliness={timeliness} />;
};

const CLASS_COLOR: Record<NonconformityClass, ChipProps['color']> = { SERIOUS: 'error', GENERAL: 'warning', MINOR: 'default' };

export const ClassChip = ({ value }: { value: NonconformityClass | null | undefined }) => {
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" variant="outlined" color={CLASS_COLOR[value]} label={translate(`enums.NonconformityClassShort.${value}`)} />;
};
