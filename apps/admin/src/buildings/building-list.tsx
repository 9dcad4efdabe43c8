import { DataTable, List, SearchInput } from 'react-admin';
import { ProjectInput } from '../common/reference-inputs';
import { RefLink } from '../common/RefLink';

const filters = [<ProjectInput key="projectId" source="projectId" alwaysOn />, <SearchInput key="q" source="q" alwaysOn />];

const BuildingList = () => (
  <List filters={filters} sort={{ field: 'code', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="projectId" disableSort>
        <RefLink source="project" reference="projects" />
      </DataTable.Col>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.NumberCol source="floors" disableSort />
      <DataTable.NumberCol source="unitCount" disableSort />
    </DataTable>
  </List>
);

export default BuildingList;
