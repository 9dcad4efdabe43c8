import { Edit, Labeled, NumberInput, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { RefLink } from '../common/RefLink';

const UnitEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <Labeled source="projectId">
        <RefLink source="project" reference="projects" />
      </Labeled>
      <Labeled source="buildingId">
        <TextField source="building.name" />
      </Labeled>
      <TextInput source="number" validate={required()} />
      <NumberInput source="floor" step={1} />
      <NumberInput source="areaSqm" min={0} step={0.01} />
    </SimpleForm>
  </Edit>
);

export default UnitEdit;
