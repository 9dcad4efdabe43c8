import { ArrayInput, SelectInput, SimpleFormIterator, required } from 'react-admin';
import { Department, Role } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import { ProjectInput } from '../common/reference-inputs';

const roles = enumChoices('Role', Role);
const departments = enumChoices('Department', Department);

/**
 * One row per role held. Which roles need a project or a department is the API's rule
 * (it answers VALIDATION_FAILED on `roles.<n>.projectId`, shown on that row).
 */
export const RoleAssignmentsInput = () => (
  <ArrayInput source="roles" validate={required()}>
    <SimpleFormIterator inline disableReordering>
      <SelectInput source="role" label="resources.staffUsers.fields.role" choices={roles} validate={required()} />
      <ProjectInput source="projectId" label="resources.staffUsers.fields.projectId" />
      <SelectInput source="department" label="resources.staffUsers.fields.department" choices={departments} emptyText="—" />
    </SimpleFormIterator>
  </ArrayInput>
);
