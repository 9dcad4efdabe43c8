import { Chip, Stack } from '@mui/material';
import { useFieldValue, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { ServiceOrderState } from '@wuye/schema';
import type { OrderRow } from './types';

const COLOR: Record<ServiceOrderState, 'default' | 'info' | 'primary' | 'secondary' | 'success' | 'warning' | 'error'> = {
  REGISTERED: 'default',
  QUOTED: 'info',
  ACCEPTED: 'info',
  DISPATCHED: 'primary',
  ASSIGNED: 'primary',
  IN_PROGRESS: 'warning',
  COMPLETED: 'success',
  SETTLED: 'success',
  CLOSED: 'default',
  DECLINED: 'default',
  CANCELLED: 'default',
  REJECTED: 'default',
};

export const OrderStateField = (props: Partial<FieldProps>) => {
  const state = useFieldValue({ ...props, source: props.source ?? 'state' }) as ServiceOrderState | undefined;
  const translate = useTranslate();
  if (!state) return null;
  return (
    <Chip
      size="small"
      color={COLOR[state]}
      variant={['CLOSED', 'DECLINED', 'CANCELLED', 'REJECTED'].includes(state) ? 'outlined' : 'filled'}
      label={translate(`enums.ServiceOrderState.${state}`)}
      data-testid="order-state"
    />
  );
};

/** 紧急 / 超时 / 不满意 flags, as the API computes them. */
export const OrderFlags = () => {
  const order = useRecordContext<OrderRow>();
  const translate = useTranslate();
  if (!order) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {order.urgency === 'EMERGENCY' && <Chip size="small" color="error" label={translate('enums.OrderUrgency.EMERGENCY')} />}
      {order.breached && <Chip size="small" color="error" variant="outlined" label={translate('resources.serviceOrders.breachedFlag')} />}
      {order.rating != null && order.rating <= 2 && (
        <Chip size="small" color="warning" variant="outlined" label={translate('resources.serviceOrders.dissatisfiedFlag')} />
      )}
    </Stack>
  );
};
