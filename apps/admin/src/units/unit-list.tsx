import { DataTable, List, SearchInput } from 'react-admin';
import { BuildingInput, ProjectInput } from '../common/reference-inputs';
import { RefLink } from '../common/RefLink';
import { ResidentChips } from './ResidentChips';

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <BuildingInput key="buildingId" source="buildingId" alwaysOn />,
  <SearchInput key="q" source="q" alwaysOn />,
];

const UnitList = () => (
  <List filters={filters} sort={{ field: 'number', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="projectId" disableSort>
        <RefLink source="project" reference="projects" />
      </DataTable.Col>
      <DataTable.Col source="buildingId" render={(unit) => unit.building?.name} disableSort />
      <DataTable.Col source="number" />
      <DataTable.NumberCol source="floor" />
      <DataTable.NumberCol source="areaSqm" disableSort options={{ maximumFractionDigits: 2 }} />
      <DataTable.Col source="residents" disableSort>
        <ResidentChips />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default UnitList;
