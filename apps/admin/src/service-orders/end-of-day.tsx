import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { Link } from '@mui/material';
import { List, Loading, RecordContextProvider, SelectInput, useCreatePath, useGetIdentity, useListContext, useLocaleState, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { formatChinaTime } from '../common/DateTimeField';
import { EodNoteForm } from './EodNoteForm';
import { OrderFlags, OrderStateField } from './OrderStateField';
import type { OrderRow } from './types';

const Rows = () => {
  const { data, isPending } = useListContext<OrderRow>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  if (isPending) return <Loading />;
  return (
    <Stack spacing={1.5} sx={{ p: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.endOfDayReview.hint')}
      </Typography>
      {data?.length === 0 && <Alert severity="success">{translate('resources.endOfDayReview.empty')}</Alert>}
      {data?.map((order) => (
        <RecordContextProvider key={order.id} value={order}>
          <Card variant="outlined" data-testid="eod-order">
            <CardContent>
              <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
                <Link component={RouterLink} to={createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })} variant="subtitle1">
                  {order.number}
                </Link>
                <OrderStateField />
                <OrderFlags />
                <Typography variant="body2">
                  {order.unit.building.name} {order.unit.number} · {order.resident?.name ?? order.contactName} · {order.catalogItem?.name ?? translate(`enums.ServiceType.${order.serviceType}`)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {[order.supervisor?.name, order.worker?.name].filter(Boolean).join(' / ')} · {formatChinaTime(order.createdAt, locale)}
                </Typography>
              </Stack>
              <EodNoteForm order={order} />
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Stack>
  );
};

/** 日终检查: the front desk's end-of-day pass over every order not signed off yet, per project. */
const EndOfDay = () => {
  const { data: identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const projects = (identity as Identity | undefined)?.viewer.projects ?? [];
  const filters = [
    <SelectInput key="projectId" source="projectId" label="resources.endOfDayReview.project" choices={projects} optionText={(p) => `${p.code} ${p.name}`} alwaysOn />,
  ];
  return (
    <List
      filters={filters}
      filterDefaultValues={projects[0] ? { projectId: projects[0].id } : {}}
      pagination={false}
      exporter={false}
      actions={false}
      disableSyncWithLocation
    >
      <Box>
        <Rows />
      </Box>
    </List>
  );
};

export default EndOfDay;
