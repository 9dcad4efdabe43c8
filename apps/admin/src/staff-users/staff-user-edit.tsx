import { BooleanInput, Edit, Labeled, SimpleForm, TextInput, required } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { RoleAssignmentsInput } from './RoleAssignmentsInput';

const StaffUserEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <TextInput source="name" validate={required()} />
      <TextInput source="email" type="email" />
      <TextInput source="phone" />
      <BooleanInput source="active" />
      <Labeled source="lockedUntil">
        <DateTimeField source="lockedUntil" emptyText="—" />
      </Labeled>
      <RoleAssignmentsInput />
    </SimpleForm>
  </Edit>
);

export default StaffUserEdit;
