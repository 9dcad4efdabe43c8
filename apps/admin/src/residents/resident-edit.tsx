import { BooleanInput, Edit, Labeled, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { ResidentKind } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import { UnitLabel } from './UnitLabel';

const ResidentEdit = () => (
  <Edit mutationMode="pessimistic">
    <SimpleForm>
      <Labeled source="unitId">
        <UnitLabel />
      </Labeled>
      <TextInput source="name" validate={required()} />
      <TextInput source="phone" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('ResidentKind', ResidentKind)} validate={required()} />
      <BooleanInput source="active" />
    </SimpleForm>
  </Edit>
);

export default ResidentEdit;
