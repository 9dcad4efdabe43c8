import { Create, PasswordInput, SimpleForm, TextInput, required } from 'react-admin';
import { RoleAssignmentsInput } from './RoleAssignmentsInput';

const StaffUserCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ roles: [{}] }}>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" />
      <TextInput source="phone" />
      <PasswordInput source="password" validate={required()} autoComplete="new-password" />
      <RoleAssignmentsInput />
    </SimpleForm>
  </Create>
);

export default StaffUserCreate;
