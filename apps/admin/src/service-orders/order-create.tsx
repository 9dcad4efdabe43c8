import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { OrderChannel, OrderCharge, OrderUrgency, ServiceType } from '@wuye/schema';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { Create, RadioButtonGroupInput, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { fromChinaInput, validateChinaTime } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { UnitResidentInputs } from '../common/UnitResidentInputs';

const AppointmentInputs = () => {
  const urgency = useWatch({ name: 'urgency' }) as OrderUrgency | undefined;
  const translate = useTranslate();
  // The API names the window as a whole (`appointment`), e.g. "agree a time for the visit".
  const { errors } = useFormState({ name: 'appointment' });
  const windowError = errors.appointment?.message;
  const { clearErrors } = useFormContext();
  const [start, end] = useWatch({ name: ['appointmentStart', 'appointmentEnd'] }) as [unknown, unknown];
  // The API's answer no longer applies once the window changes; a left-over error would block saving.
  useEffect(() => clearErrors('appointment'), [start, end, urgency, clearErrors]);
  if (urgency === OrderUrgency.Emergency) {
    return <Typography color="error" variant="body2">{translate('resources.serviceOrders.emergencyHint')}</Typography>;
  }
  const shrink = { inputLabel: { shrink: true }, htmlInput: { step: 60 } };
  return (
    <>
      <TextInput source="appointmentStart" type="datetime-local" validate={validateChinaTime} slotProps={shrink} sx={{ minWidth: 240 }} />
      <TextInput source="appointmentEnd" type="datetime-local" validate={validateChinaTime} slotProps={shrink} sx={{ minWidth: 240 }} />
      {typeof windowError === 'string' && (
        <Typography color="error" variant="body2" role="alert">
          {translate(windowError, { _: windowError })}
        </Typography>
      )}
    </>
  );
};

/** Requested window in China time → instants; an emergency has none. */
const transform = (data: Record<string, unknown>) => {
  const emergency = data.urgency === OrderUrgency.Emergency;
  const instant = (value: unknown) => (!emergency && typeof value === 'string' && value ? fromChinaInput(value)?.toISOString() : undefined);
  return { ...data, appointmentStart: instant(data.appointmentStart), appointmentEnd: instant(data.appointmentEnd) };
};

/** 登记: who, where, what, how urgent; the API classifies deadlines from it. */
const OrderCreate = () => (
  <Create redirect="show" transform={transform}>
    <SimpleForm
      defaultValues={{ channel: OrderChannel.Phone, charge: OrderCharge.Paid, urgency: OrderUrgency.Normal, serviceType: ServiceType.Repair }}
    >
      <UnitResidentInputs unitRequired residentEmptyText="resources.serviceOrders.visitor" residentHelperText="resources.serviceOrders.visitorHint" />
      <TextInput source="description" validate={required()} multiline minRows={2} fullWidth />
      <RadioButtonGroupInput source="channel" choices={enumChoices('OrderChannel', OrderChannel)} />
      <SelectInput source="serviceType" choices={enumChoices('ServiceType', ServiceType)} validate={required()} />
      <RadioButtonGroupInput source="charge" choices={enumChoices('OrderCharge', OrderCharge)} />
      <RadioButtonGroupInput source="urgency" choices={enumChoices('OrderUrgency', OrderUrgency)} />
      <AppointmentInputs />
    </SimpleForm>
  </Create>
);

export default OrderCreate;
