import { AutocompleteInput, ReferenceInput, useTranslate, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';

/** Residents of the chosen unit; choosing one fills in the contact (the desk can still change it). */
export const ResidentInput = () => {
  const unitId = useWatch({ name: 'unitId' }) as string | undefined;
  const { setValue } = useFormContext();
  const translate = useTranslate();
  return (
    <ReferenceInput source="residentId" reference="residents" filter={unitId ? { unitId } : { unitId: '-' }} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        disabled={!unitId}
        emptyText="resources.complaints.noResident"
        helperText="resources.complaints.residentHint"
        optionText={(r: RaRecord) => `${r.name} ${translate(`enums.ResidentKind.${r.kind}`, { _: '' })}`}
        onChange={(_value: unknown, record: RaRecord | '') => {
          if (!record) return;
          setValue('contactName', record.name, { shouldDirty: true });
          setValue('contactPhone', record.phone, { shouldDirty: true });
        }}
        sx={{ minWidth: 240 }}
      />
    </ReferenceInput>
  );
};
