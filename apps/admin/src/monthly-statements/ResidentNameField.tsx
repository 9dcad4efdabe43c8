import { ReferenceField, TextField, type FieldProps } from 'react-admin';

/** A statement names its owner by id only; the name comes from the residents (one request per owner). */
export const ResidentNameField = (props: Partial<FieldProps>) => (
  <ReferenceField {...props} source={props.source ?? 'residentId'} reference="residents" link={false}>
    <TextField source="name" />
  </ReferenceField>
);
