import { NumberInput, SelectInput, TextInput, required } from 'react-admin';
import { ProjectKind } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';

const kinds = enumChoices('ProjectKind', ProjectKind);

/** Inputs shared by create and edit; the code cannot change once created. */
export const ProjectInputs = ({ isCreate }: { isCreate?: boolean }) => (
  <>
    <TextInput source="code" validate={isCreate ? required() : undefined} disabled={!isCreate} />
    <TextInput source="name" validate={required()} />
    <SelectInput source="kind" choices={kinds} validate={required()} />
    <TextInput source="address" fullWidth />
    <NumberInput source="households" min={0} step={1} />
  </>
);
