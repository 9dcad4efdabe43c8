import { Edit, SimpleForm } from 'react-admin';
import { EndpointInputs } from './EndpointInputs';

// Pessimistic: the API may answer CONFLICT (stale version) or field errors, shown on the form.
const WebhookEndpointEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EndpointInputs />
    </SimpleForm>
  </Edit>
);

export default WebhookEndpointEdit;
