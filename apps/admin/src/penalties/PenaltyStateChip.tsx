import { Chip, type ChipProps } from '@mui/material';
import type { PenaltyState } from '@wuye/schema';
import { useTranslate } from 'react-admin';

const COLOR: Record<PenaltyState, ChipProps['color']> = {
  PROPOSED: 'warning',
  CONFIRMED: 'error',
  APPEALED: 'info',
  UPHELD: 'error',
  OVERTURNED: 'success',
  DISMISSED: 'default',
};

/** 待确认 / 已确认 / 申诉中 / 维持 / 撤销 / 不予扣分, coloured by whether the points count. */
export const PenaltyStateChip = ({ state }: { state: PenaltyState }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[state]} variant={state === 'DISMISSED' || state === 'OVERTURNED' ? 'outlined' : 'filled'} label={translate(`enums.PenaltyState.${state}`)} data-testid="penalty-state" data-state={state} />;
};
