import type { WebhookEndpointFieldsFragment } from '@wuye/schema';
import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { ApiKeySelect } from './ApiKeySelect';
import { EndpointStatusField } from './StatusChips';

const filters = [<ApiKeySelect key="apiKeyId" source="apiKeyId" alwaysOn />];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

const WebhookEndpointList = () => (
  <List exporter={false} perPage={25} filters={filters} actions={<Actions />}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col<WebhookEndpointFieldsFragment> source="url" disableSort render={(e) => <code>{e.url}</code>} />
      <DataTable.Col<WebhookEndpointFieldsFragment> source="apiKeyId" disableSort render={(e) => e.apiKey.name} />
      <DataTable.Col source="events" disableSort>
        <EnumField source="events" enumName="WebhookEventType" />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <EndpointStatusField />
      </DataTable.Col>
      <DataTable.Col source="failingSince" disableSort field={DateTimeField} />
      <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
    </DataTable>
  </List>
);

export default WebhookEndpointList;
