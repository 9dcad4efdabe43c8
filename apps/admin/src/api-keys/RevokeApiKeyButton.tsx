import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ApiKeyFieldsFragment } from '@wuye/schema';
import type { WuyeDataProvider } from '../dataProvider';

export const RevokeApiKeyButton = () => {
  const key = useRecordContext<ApiKeyFieldsFragment>();
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!key || key.revokedAt) return null;

  const revoke = async () => {
    setBusy(true);
    try {
      await dataProvider.revokeApiKey(key.id);
      notify('resources.apiKeys.revoke.done', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button
        label="resources.apiKeys.revoke.button"
        color="error"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.apiKeys.revoke.title"
        titleTranslateOptions={{ name: key.name }}
        content="resources.apiKeys.revoke.content"
        confirmColor="warning"
        onConfirm={revoke}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
