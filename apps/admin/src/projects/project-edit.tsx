import { Edit, SimpleForm } from 'react-admin';
import { ProjectInputs } from './project-inputs';

// Pessimistic: the API may answer CONFLICT (stale version) or field errors, shown on the form.
const ProjectEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ProjectInputs />
    </SimpleForm>
  </Edit>
);

export default ProjectEdit;
