import { AutocompleteInput, ReferenceInput, TextInput, required, useTranslate, type RaRecord } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { isMaskedPhone } from '@wuye/domain';
import { ProjectInput, UnitInput } from './reference-inputs';

type Props = {
  /** Whether a unit must be chosen (an order is always for a unit; a complaint need not be). */
  unitRequired?: boolean;
  /** The resident picker's text for "no resident chosen" and its hint (translation keys). */
  residentEmptyText: string;
  residentHelperText: string;
};

/** Residents of the chosen unit; choosing one fills in the contact (the desk can still change it). */
const ResidentInput = ({ residentEmptyText, residentHelperText }: Omit<Props, 'unitRequired'>) => {
  const unitId = useWatch({ name: 'unitId' }) as string | undefined;
  const { setValue } = useFormContext();
  const translate = useTranslate();
  return (
    <ReferenceInput source="residentId" reference="residents" filter={unitId ? { unitId } : { unitId: '-' }} sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput
        disabled={!unitId}
        emptyText={residentEmptyText}
        helperText={residentHelperText}
        optionText={(r: RaRecord) => `${r.name} ${translate(`enums.ResidentKind.${r.kind}`, { _: '' })}`}
        onChange={(_value: unknown, record: RaRecord | '') => {
          if (!record) return;
          setValue('contactName', record.name, { shouldDirty: true });
          // A number shown masked (138****5678) to this user is not filled in: they type the caller's.
          if (!isMaskedPhone(String(record.phone))) setValue('contactPhone', record.phone, { shouldDirty: true });
        }}
        sx={{ minWidth: 240 }}
      />
    </ReferenceInput>
  );
};

/**
 * Intake's "where and who" (service orders, complaints): project, unit, one of the unit's
 * residents, and the contact's name and phone, which choosing a resident fills in.
 */
export const UnitResidentInputs = ({ unitRequired, ...resident }: Props) => (
  <>
    <ProjectInput source="projectId" required />
    <UnitInput source="unitId" required={unitRequired} />
    <ResidentInput {...resident} />
    <TextInput source="contactName" validate={required()} sx={{ minWidth: 240 }} />
    <TextInput source="contactPhone" validate={required()} sx={{ minWidth: 240 }} />
  </>
);
