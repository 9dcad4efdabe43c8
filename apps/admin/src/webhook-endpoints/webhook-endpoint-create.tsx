import { useState } from 'react';
import { Create, SimpleForm, required, useRedirect } from 'react-admin';
import { SecretDialog } from '../api-keys/SecretDialog';
import { ApiKeySelect } from './ApiKeySelect';
import { EndpointInputs } from './EndpointInputs';

type Created = { id: string; url: string; secret: string };

/** Registers an endpoint for a key; the signing secret comes back once, in the dialog. */
const WebhookEndpointCreate = () => {
  const [created, setCreated] = useState<Created | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data) => setCreated({ id: String(data.id), url: String(data.url), secret: String(data.secret) }) }}>
        <SimpleForm>
          <ApiKeySelect source="apiKeyId" validate={required()} />
          <EndpointInputs />
        </SimpleForm>
      </Create>
      {created && (
        <SecretDialog
          name={created.url}
          secret={created.secret}
          labels="resources.webhookEndpoints.secret"
          onClose={() => {
            const { id } = created;
            setCreated(null);
            redirect('show', 'webhookEndpoints', id);
          }}
        />
      )}
    </>
  );
};

export default WebhookEndpointCreate;
