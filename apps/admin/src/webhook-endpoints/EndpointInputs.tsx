import { WebhookEventType } from '@wuye/schema';
import { CheckboxGroupInput, TextInput, required } from 'react-admin';
import { enumChoices } from '../common/enum-choices';

/** URL, events and a note; the API checks the URL (HTTPS) and that the key's scopes can hear each event. */
export const EndpointInputs = () => (
  <>
    <TextInput source="url" validate={required()} fullWidth helperText="resources.webhookEndpoints.urlHint" />
    <CheckboxGroupInput source="events" choices={enumChoices('WebhookEventType', WebhookEventType)} row={false} validate={required()} helperText="resources.webhookEndpoints.eventsHint" />
    <TextInput source="description" fullWidth />
  </>
);
