import { Create, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { BuildingInput, ProjectInput } from '../common/reference-inputs';

// The project only narrows the building list; the API takes the building.
const UnitCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ProjectInput source="projectId" />
      <BuildingInput source="buildingId" required />
      <TextInput source="number" validate={required()} />
      <NumberInput source="floor" step={1} />
      <NumberInput source="areaSqm" min={0} step={0.01} />
    </SimpleForm>
  </Create>
);

export default UnitCreate;
