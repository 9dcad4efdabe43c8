import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { ProjectKind } from '@wuye/schema';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { EnumField } from '../common/EnumField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('ProjectKind', ProjectKind)} alwaysOn />,
];

const ProjectList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" disableSort>
        <EnumField source="kind" enumName="ProjectKind" />
      </DataTable.Col>
      <DataTable.NumberCol source="households" disableSort />
      <DataTable.NumberCol source="buildingCount" disableSort />
      <DataTable.Col source="createdAt" field={DateTimeField} />
    </DataTable>
  </List>
);

export default ProjectList;
