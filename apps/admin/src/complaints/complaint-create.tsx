import { Alert, Box, Typography } from '@mui/material';
import { ComplaintKind, ComplaintSeverity, Department } from '@wuye/schema';
import { useEffect } from 'react';
import { Create, RadioButtonGroupInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { fromChinaInput, validateChinaTime } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { UnitResidentInputs } from '../common/UnitResidentInputs';
import { CATEGORY_CHOICES, CHANNEL_CHOICES, VALIDITY_CHOICES, departmentForCategory } from './intake';

/** A category with who handles it, as the procedures word it. */
const CategoryOption = ({ id }: { id: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ py: 0.5 }}>
      <Typography variant="body2">{translate(`enums.ComplaintCategory.${id}`)}</Typography>
      <Typography variant="caption" color="text.secondary">
        {translate(`resources.complaints.categoryHint.${id}`)}
      </Typography>
    </Box>
  );
};

/** Category 2 is engineering's; category 3 customer service's; category 1 the desk picks. */
const DepartmentInput = () => {
  const [kind, category] = useWatch({ name: ['kind', 'category'] }) as [string | undefined, string | undefined];
  const { setValue } = useFormContext();
  useEffect(() => {
    if (kind === ComplaintKind.Suggestion) return;
    const department = departmentForCategory(category);
    if (department) setValue('responsibleDepartment', department, { shouldDirty: true });
  }, [kind, category, setValue]);
  return (
    <SelectInput
      source="responsibleDepartment"
      choices={enumChoices('Department', Department)}
      validate={required()}
      readOnly={kind !== ComplaintKind.Suggestion && category === '2'}
      helperText={kind === ComplaintKind.Suggestion ? 'resources.complaints.suggestionDepartmentHint' : 'resources.complaints.departmentHint'}
      sx={{ minWidth: 240 }}
    />
  );
};

const requiredWhenInvalid = (value: unknown, values: Record<string, unknown>) =>
  values.kind !== ComplaintKind.Suggestion && values.validity === 'invalid' && (typeof value !== 'string' || value.trim() === '') ? 'ra.validation.required' : undefined;

/** Category, validity and severity: a complaint's; a suggestion has none of them. */
const Classification = () => {
  const [kind, validity, severity] = useWatch({ name: ['kind', 'validity', 'severity'] }) as [string, string, string];
  const translate = useTranslate();
  if (kind === ComplaintKind.Suggestion) {
    return <Alert severity="info">{translate('resources.complaints.intake.thankResident')}</Alert>;
  }
  return (
    <>
      <RadioButtonGroupInput
        source="category"
        choices={CATEGORY_CHOICES}
        optionText={(choice: { id: string }) => <CategoryOption id={choice.id} />}
        validate={required()}
        row={false}
      />
      <RadioButtonGroupInput source="validity" choices={VALIDITY_CHOICES} validate={required()} />
      {validity === 'invalid' && <TextInput source="invalidReason" validate={requiredWhenInvalid} multiline fullWidth />}
      <RadioButtonGroupInput source="severity" choices={enumChoices('ComplaintSeverity', ComplaintSeverity)} validate={required()} />
      <Alert severity={severity === ComplaintSeverity.General ? 'info' : 'warning'} sx={{ mb: 2 }}>
        {translate(`resources.complaints.intake.severity${severity ?? ComplaintSeverity.General}`)}
      </Alert>
    </>
  );
};

/** Date-times typed in China time → instants; a suggestion drops the complaint-only answers. */
const transform = (data: Record<string, unknown>) => {
  const happened = typeof data.happenedAt === 'string' && data.happenedAt ? fromChinaInput(data.happenedAt)?.toISOString() : undefined;
  return { ...data, happenedAt: happened };
};

/**
 * 登记投诉/建议 (README §4): who, where, what happened and when, what they want; for a complaint its
 * category (who handles it), valid or not, severity and the responsible department.
 */
const ComplaintCreate = () => (
  <Create redirect="show" transform={transform}>
    <SimpleForm defaultValues={{ kind: ComplaintKind.Complaint, channel: 'phone', validity: 'valid', severity: ComplaintSeverity.General }}>
      <RadioButtonGroupInput source="kind" choices={enumChoices('ComplaintKind', ComplaintKind)} />
      <UnitResidentInputs residentEmptyText="resources.complaints.noResident" residentHelperText="resources.complaints.residentHint" />
      <TextInput source="description" validate={required()} multiline minRows={2} fullWidth />
      <TextInput source="happenedAt" type="datetime-local" validate={validateChinaTime} slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 60 } }} sx={{ minWidth: 240 }} />
      <TextInput source="wants" multiline fullWidth />
      <RadioButtonGroupInput source="channel" choices={CHANNEL_CHOICES} />
      <Classification />
      <DepartmentInput />
    </SimpleForm>
  </Create>
);

export default ComplaintCreate;
