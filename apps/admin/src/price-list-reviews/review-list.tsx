import { DataTable, List, SelectInput } from 'react-admin';
import { RefLink } from '../common/RefLink';
import { PersonAtField } from '../price-lists/PersonAtField';
import { PriceListStateField } from '../price-lists/PriceListStateField';
import { VersionNumberField } from '../price-lists/VersionNumberField';

// The inbox is what waits for the GM: versions to decide, and approved ones still to be published.
const filters = [
  <SelectInput
    key="state"
    source="state"
    choices={[
      { id: 'SUBMITTED', name: 'resources.priceListReviews.waiting.SUBMITTED' },
      { id: 'APPROVED', name: 'resources.priceListReviews.waiting.APPROVED' },
    ]}
    alwaysOn
  />,
];

const ReviewList = () => (
  <List filters={filters} filterDefaultValues={{ state: 'SUBMITTED' }} perPage={25} exporter={false} sort={{ field: 'submittedAt', order: 'DESC' }}>
    <DataTable bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="project" disableSort>
        <RefLink source="project" reference="projects" display={(p) => `${p.code} ${p.name}`} />
      </DataTable.Col>
      <DataTable.Col source="number" disableSort field={VersionNumberField} />
      <DataTable.Col source="state" disableSort field={PriceListStateField} />
      <DataTable.Col source="submittedByName" disableSort>
        <PersonAtField name="submittedByName" at="submittedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default ReviewList;
