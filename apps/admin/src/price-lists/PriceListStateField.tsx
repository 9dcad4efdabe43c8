import { Chip, type ChipProps } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import type { PriceListState } from '@wuye/schema';

const COLORS: Record<PriceListState, ChipProps['color']> = {
  DRAFT: 'default',
  SUBMITTED: 'info',
  APPROVED: 'primary',
  REJECTED: 'error',
  PUBLISHED: 'success',
  SUPERSEDED: 'default',
};

export const PriceListStateChip = ({ state }: { state: PriceListState }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={COLORS[state]}
      variant={state === 'SUPERSEDED' ? 'outlined' : 'filled'}
      label={translate(`enums.PriceListState.${state}`)}
    />
  );
};

export const PriceListStateField = (props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const state = useFieldValue({ ...props, source: props.source ?? 'state' }) as PriceListState | undefined;
  return state ? <PriceListStateChip state={state} /> : null;
};
