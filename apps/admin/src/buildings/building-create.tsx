import { Create, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { ProjectInput } from '../common/reference-inputs';

const BuildingCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <ProjectInput source="projectId" required />
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <NumberInput source="floors" min={1} step={1} />
    </SimpleForm>
  </Create>
);

export default BuildingCreate;
