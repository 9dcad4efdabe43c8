import { Create, DateInput, NumberInput, SimpleForm, TextInput, minValue, required, useTranslate } from 'react-admin';
import { ProjectInput } from '../common/reference-inputs';

const PERIOD = /^\d{4}(-H[12])?$/;
const validatePeriod = (value: unknown) => (typeof value === 'string' && PERIOD.test(value.trim()) ? undefined : 'resources.satisfactionSurveys.periodFormat');

/** A new survey for a project and period (a year, or a half year for projects surveyed twice a year); the items are the company's current ones. */
const SurveyCreate = () => {
  const translate = useTranslate();
  const year = new Date().getFullYear();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ period: String(year), distributed: 100 }}>
        <ProjectInput required />
        <TextInput source="period" validate={[required(), validatePeriod]} helperText={translate('resources.satisfactionSurveys.periodHint')} />
        <TextInput source="title" helperText={translate('resources.satisfactionSurveys.titleHint')} sx={{ minWidth: 320 }} />
        <NumberInput source="distributed" validate={[required(), minValue(1)]} helperText={translate('resources.satisfactionSurveys.distributedHint')} />
        <DateInput source="opensOn" validate={required()} />
        <DateInput source="closesOn" validate={required()} />
      </SimpleForm>
    </Create>
  );
};

export default SurveyCreate;
