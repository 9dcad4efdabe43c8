import RefreshIcon from '@mui/icons-material/Refresh';
import { Grid, Typography } from '@mui/material';
import type { WebhookDeliveryFieldsFragment, WebhookEndpointFieldsFragment } from '@wuye/schema';
import { Button, DataTable, EditButton, Pagination, ReferenceManyField, TopToolbar, useLocaleState, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { DateTimeField, formatChinaTime } from '../common/DateTimeField';
import { DetailSection, DetailShow, detailItem } from '../common/DetailPage';
import { EnumField } from '../common/EnumField';
import { EnableButton, ResendButton, RotateSecretButton } from './EndpointActions';
import { DeliveryStatusField, EndpointStatusField } from './StatusChips';

const Actions = () => (
  <TopToolbar>
    <EditButton />
    <EnableButton />
    <RotateSecretButton />
  </TopToolbar>
);

const Item = detailItem('webhookEndpoints');

const Summary = () => {
  const endpoint = useRecordContext<WebhookEndpointFieldsFragment>()!;
  const [locale] = useLocaleState();
  return (
    <>
      <Typography variant="h5" component="h1" sx={{ wordBreak: 'break-all' }} data-testid="endpoint-url">
        {endpoint.url}
      </Typography>
      <Grid container spacing={1} sx={{ mt: 1 }}>
        <Item label="apiKeyId">
          {endpoint.apiKey.name}（{endpoint.apiKey.prefix}…）
        </Item>
        <Item label="status">
          <EndpointStatusField />
        </Item>
        <Item label="failingSince">{endpoint.failingSince && formatChinaTime(endpoint.failingSince, locale)}</Item>
        <Item label="createdAt">{formatChinaTime(endpoint.createdAt, locale)}</Item>
        <Item label="events" wide>
          <EnumField source="events" enumName="WebhookEventType" />
        </Item>
        <Item label="description">{endpoint.description}</Item>
        <Item label="previousSecretExpiresAt">{endpoint.previousSecretExpiresAt && formatChinaTime(endpoint.previousSecretExpiresAt, locale)}</Item>
      </Grid>
    </>
  );
};

const shortId = (d: WebhookDeliveryFieldsFragment) => <code title={d.eventId}>{d.eventId.slice(-12)}</code>;

/** The delivery log, newest first: what was sent, how often, what the receiver answered. */
const Deliveries = () => {
  const refresh = useRefresh();
  const translate = useTranslate();
  const f = (key: string) => `resources.webhookEndpoints.deliveries.fields.${key}`;
  return (
    <DetailSection title="resources.webhookEndpoints.deliveries.title" testId="webhook-deliveries">
      <Button label="resources.webhookEndpoints.actions.refresh" onClick={refresh} startIcon={<RefreshIcon />} sx={{ mb: 1 }} />
      <ReferenceManyField
        reference="webhookDeliveries"
        target="endpointId"
        perPage={25}
        pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
        empty={<Typography variant="body2">{translate('resources.webhookEndpoints.deliveries.none')}</Typography>}
      >
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="createdAt" label={f('createdAt')} disableSort field={DateTimeField} />
          <DataTable.Col source="eventType" label={f('eventType')} disableSort>
            <EnumField source="eventType" enumName="WebhookEventType" />
          </DataTable.Col>
          <DataTable.Col<WebhookDeliveryFieldsFragment> source="eventId" label={f('eventId')} disableSort render={shortId} />
          <DataTable.Col source="status" label={f('status')} disableSort>
            <DeliveryStatusField />
          </DataTable.Col>
          <DataTable.NumberCol source="attempts" label={f('attempts')} disableSort />
          <DataTable.Col source="lastResponseCode" label={f('lastResponseCode')} disableSort />
          <DataTable.Col source="lastError" label={f('lastError')} disableSort />
          <DataTable.Col source="lastAttemptAt" label={f('lastAttemptAt')} disableSort field={DateTimeField} />
          <DataTable.Col<WebhookDeliveryFieldsFragment>
            source="nextAttemptAt"
            label={f('nextAttemptAt')}
            disableSort
            render={(d) => (d.status === 'PENDING' ? <DateTimeField source="nextAttemptAt" /> : null)}
          />
          <DataTable.Col source="deliveredAt" label={f('deliveredAt')} disableSort field={DateTimeField} />
          <DataTable.Col>
            <ResendButton />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </DetailSection>
  );
};

const Title = () => {
  const endpoint = useRecordContext<WebhookEndpointFieldsFragment>();
  const translate = useTranslate();
  return <span>{endpoint ? translate('resources.webhookEndpoints.title', { url: endpoint.url }) : ''}</span>;
};

const WebhookEndpointShow = () => (
  <DetailShow actions={<Actions />} title={<Title />}>
    <Summary />
    <Deliveries />
  </DetailShow>
);

export default WebhookEndpointShow;
