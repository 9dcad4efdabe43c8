import { Create, SimpleForm } from 'react-admin';
import { ProjectInputs } from './project-inputs';

const ProjectCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ProjectInputs isCreate />
    </SimpleForm>
  </Create>
);

export default ProjectCreate;
