import { Alert, Box, Button as MuiButton, Card, CardActions, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { PhoneSubject, ServiceOrderState } from '@wuye/schema';
import { Loading, RecordContextProvider, Title, useCreatePath, useGetIdentity, useGetList, useLocaleState, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { formatChinaTime } from '../common/DateTimeField';
import { toChinaInput } from '../common/china-time';
import { OrderStateField } from './OrderStateField';
import { CompleteButton, NoOneHomeButton, StartButton } from './order-actions';
import type { OrderRow } from './types';
import { PhoneText } from '../common/PhoneText';

// Signed-off orders stay until they are settled: the worker may still collect a small amount.
const OPEN_FOR_WORKER = [ServiceOrderState.Assigned, ServiceOrderState.InProgress, ServiceOrderState.Completed];
const chinaDay = (value: string | Date) => toChinaInput(new Date(value)).slice(0, 10);

const OrderCard = ({ order }: { order: OrderRow }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const today = order.appointmentStart && chinaDay(order.appointmentStart) === chinaDay(new Date());
  return (
    <RecordContextProvider value={order}>
      <Card variant="outlined" data-testid="my-order" aria-label={order.number}>
        <CardContent sx={{ pb: 1 }}>
          <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
            <Typography variant="h6" component="h2">
              {order.unit.building.name} {order.unit.number}
            </Typography>
            <OrderStateField />
            {order.urgency === 'EMERGENCY' && <Chip size="small" color="error" label={translate('enums.OrderUrgency.EMERGENCY')} />}
            {today && <Chip size="small" color="info" label={translate('resources.myOrders.today')} />}
          </Stack>
          <Typography variant="body2" color="text.secondary">
            {order.number} · {order.catalogItem?.name ?? translate(`enums.ServiceType.${order.serviceType}`)}
          </Typography>
          <Typography variant="body1" sx={{ mt: 1 }}>
            {order.description}
          </Typography>
          <Typography variant="body2" sx={{ mt: 1 }}>
            {order.resident?.name ?? order.contactName} · <PhoneText phone={order.contactPhone} subject={PhoneSubject.ServiceOrder} id={order.id} />
          </Typography>
          {order.appointmentStart && (
            <Typography variant="body2">{translate('resources.myOrders.appointment', { time: formatChinaTime(order.appointmentStart, locale) })}</Typography>
          )}
        </CardContent>
        <CardActions sx={{ flexWrap: 'wrap', gap: 1, px: 2, pb: 2 }}>
          <StartButton big />
          <CompleteButton big />
          <NoOneHomeButton big />
          <MuiButton component={RouterLink} to={createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })} size="large" sx={{ minHeight: 56 }}>
            {translate('resources.myOrders.details')}
          </MuiButton>
        </CardActions>
      </Card>
    </RecordContextProvider>
  );
};

/** 我的工单: the worker's assigned, started and signed-off orders, appointments first, for a phone screen. */
const MyOrders = () => {
  const translate = useTranslate();
  const { data: identity, isPending: identityPending } = useGetIdentity();
  const workerId = (identity as Identity | undefined)?.viewer.user?.id;
  const { data, isPending } = useGetList<OrderRow>(
    'serviceOrders',
    { filter: { workerId, states: OPEN_FOR_WORKER }, pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'ASC' } },
    { enabled: !!workerId },
  );
  if (identityPending || (workerId && isPending)) return <Loading />;
  const orders = [...(data ?? [])].sort((a, b) => (a.appointmentStart ?? '9').localeCompare(b.appointmentStart ?? '9'));
  return (
    <Box sx={{ width: '100%', maxWidth: 640, mx: 'auto', py: 1 }}>
      <Title title="resources.myOrders.name" />
      <Stack spacing={2}>
        {orders.length === 0 && <Alert severity="info">{translate('resources.myOrders.empty')}</Alert>}
        {orders.map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </Stack>
    </Box>
  );
};

export default MyOrders;
