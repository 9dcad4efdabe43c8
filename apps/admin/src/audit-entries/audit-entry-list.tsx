import { DataTable, DateInput, List, TextInput } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ProjectInput } from '../common/reference-inputs';
import { TranslatedTextField } from '../common/TranslatedTextField';
import { AuditEntryShow } from './AuditEntryShow';

const filters = [
  <TextInput key="entityType" source="entityType" alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <ProjectInput key="projectId" source="projectId" />,
];

const AuditEntryList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<AuditEntryShow />}>
      <DataTable.Col source="at" field={DateTimeField} />
      <DataTable.Col source="actorName" disableSort />
      <DataTable.Col source="actorKind" disableSort>
        <TranslatedTextField source="actorKind" prefix="enums.ActorKind" />
      </DataTable.Col>
      <DataTable.Col source="change" disableSort>
        <TranslatedTextField source="change" prefix="enums.AuditChange" />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort />
      <DataTable.Col source="entityType" disableSort />
      <DataTable.Col source="entityId" disableSort />
    </DataTable>
  </List>
);

export default AuditEntryList;
