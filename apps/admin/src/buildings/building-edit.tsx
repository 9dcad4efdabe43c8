import { Edit, Labeled, NumberInput, SimpleForm, TextInput, required } from 'react-admin';
import { RefLink } from '../common/RefLink';
import { BuildingHousekeeper } from './BuildingHousekeeper';

const BuildingEdit = () => (
  <Edit mutationMode="pessimistic" aside={<BuildingHousekeeper />}>
    <SimpleForm>
      <Labeled source="projectId">
        <RefLink source="project" reference="projects" />
      </Labeled>
      <TextInput source="code" validate={required()} />
      <TextInput source="name" validate={required()} />
      <NumberInput source="floors" min={1} step={1} />
    </SimpleForm>
  </Edit>
);

export default BuildingEdit;
