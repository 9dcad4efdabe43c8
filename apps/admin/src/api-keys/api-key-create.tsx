import { useState } from 'react';
import { CheckboxGroupInput, Create, SimpleForm, TextInput, required, useRedirect } from 'react-admin';
import { ApiScope } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import { ProjectInput } from '../common/reference-inputs';
import { SecretDialog } from './SecretDialog';

type Created = { name: string; secret: string };

const ApiKeyCreate = () => {
  const [created, setCreated] = useState<Created | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create redirect={false} mutationOptions={{ onSuccess: (data) => setCreated({ name: String(data.name), secret: String(data.secret) }) }}>
        <SimpleForm>
          <TextInput source="name" validate={required()} />
          <CheckboxGroupInput source="scopes" choices={enumChoices('ApiScope', ApiScope)} row={false} validate={required()} />
          <ProjectInput source="projectId" />
        </SimpleForm>
      </Create>
      {created && (
        <SecretDialog
          name={created.name}
          secret={created.secret}
          onClose={() => {
            setCreated(null);
            redirect('list', 'apiKeys');
          }}
        />
      )}
    </>
  );
};

export default ApiKeyCreate;
