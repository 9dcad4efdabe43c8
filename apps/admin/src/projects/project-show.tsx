import {
  DataTable,
  EditButton,
  Labeled,
  NumberField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';

const Actions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

const ProjectShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name" />
      <EnumField source="kind" enumName="ProjectKind" />
      <TextField source="address" emptyText="—" />
      <NumberField source="households" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <Labeled label="resources.projects.fields.buildings" fullWidth>
        <ReferenceManyField reference="buildings" target="projectId" sort={{ field: 'code', order: 'ASC' }} perPage={50}>
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="code" label="resources.buildings.fields.code" />
            <DataTable.Col source="name" label="resources.buildings.fields.name" />
            <DataTable.NumberCol source="floors" label="resources.buildings.fields.floors" disableSort />
            <DataTable.NumberCol source="unitCount" label="resources.buildings.fields.unitCount" disableSort />
          </DataTable>
        </ReferenceManyField>
      </Labeled>
    </SimpleShowLayout>
  </Show>
);

export default ProjectShow;
