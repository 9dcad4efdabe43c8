import { BooleanField, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { Role, type StaffUserFieldsFragment } from '@wuye/schema';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { ProjectInput } from '../common/reference-inputs';
import { RoleChips } from './RoleChips';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="role" source="role" label="resources.staffUsers.fields.role" choices={enumChoices('Role', Role)} alwaysOn />,
];

const StaffUserList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col source="phone" disableSort />
      <DataTable.Col<StaffUserFieldsFragment> source="roles" disableSort render={(user) => <RoleChips roles={user.roles} />} />
      <DataTable.Col source="active" disableSort field={BooleanField} />
      <DataTable.Col source="lockedUntil" disableSort field={DateTimeField} />
      <DataTable.Col source="createdAt" field={DateTimeField} />
    </DataTable>
  </List>
);

export default StaffUserList;
