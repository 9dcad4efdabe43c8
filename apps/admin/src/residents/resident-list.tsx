import { BooleanField, DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { PhoneSubject, ResidentKind, type ResidentFieldsFragment } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import { EnumField } from '../common/EnumField';
import { ProjectInput } from '../common/reference-inputs';
import { UnitLabel } from './UnitLabel';
import { PhoneText } from '../common/PhoneText';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('ResidentKind', ResidentKind)} />,
];

const ResidentList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25} exporter={false}>
    <DataTable bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col<ResidentFieldsFragment> source="phone" disableSort render={(r) => <PhoneText phone={r.phone} subject={PhoneSubject.Resident} id={r.id} />} />
      <DataTable.Col source="kind" disableSort>
        <EnumField source="kind" enumName="ResidentKind" />
      </DataTable.Col>
      <DataTable.Col source="unitId" disableSort>
        <UnitLabel />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort field={BooleanField} />
    </DataTable>
  </List>
);

export default ResidentList;
