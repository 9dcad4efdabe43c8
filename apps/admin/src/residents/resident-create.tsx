import { Create, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { ResidentKind } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import { BuildingInput, ProjectInput, UnitInput } from '../common/reference-inputs';

// Project and building only narrow the unit list; the API takes the unit.
const ResidentCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ProjectInput source="projectId" />
      <BuildingInput source="buildingId" />
      <UnitInput source="unitId" required />
      <TextInput source="name" validate={required()} />
      <TextInput source="phone" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('ResidentKind', ResidentKind)} validate={required()} />
    </SimpleForm>
  </Create>
);

export default ResidentCreate;
