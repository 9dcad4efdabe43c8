import { DataTable, List, useTranslate } from 'react-admin';
import type { ApiKeyFieldsFragment } from '@wuye/schema';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { RefLink } from '../common/RefLink';
import { ApiKeyStatus } from './ApiKeyStatus';
import { KeyWebhooksLink } from './KeyWebhooksLink';
import { RevokeApiKeyButton } from './RevokeApiKeyButton';
import { RotateApiKeyButton } from './RotateApiKeyButton';

const AllProjects = () => <span>{useTranslate()('resources.apiKeys.allProjects')}</span>;

const ApiKeyList = () => (
  <List exporter={false} perPage={25}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col<ApiKeyFieldsFragment> source="prefix" disableSort render={(k) => <code>{k.prefix}…</code>} />
      <DataTable.Col source="scopes" disableSort>
        <EnumField source="scopes" enumName="ApiScope" />
      </DataTable.Col>
      <DataTable.Col<ApiKeyFieldsFragment>
        source="projectId"
        disableSort
        render={(k) => (k.project ? <RefLink source="project" reference="projects" /> : <AllProjects />)}
      />
      <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
      <DataTable.Col source="lastUsedAt" disableSort field={DateTimeField} />
      <DataTable.Col source="status" disableSort>
        <ApiKeyStatus />
      </DataTable.Col>
      <DataTable.Col source="revokedAt" disableSort field={DateTimeField} />
      <DataTable.Col source="expiresAt" disableSort field={DateTimeField} />
      <DataTable.Col>
        <KeyWebhooksLink />
      </DataTable.Col>
      <DataTable.Col>
        <RotateApiKeyButton />
      </DataTable.Col>
      <DataTable.Col>
        <RevokeApiKeyButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default ApiKeyList;
