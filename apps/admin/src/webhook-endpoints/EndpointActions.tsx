import KeyIcon from '@mui/icons-material/Key';
import PauseIcon from '@mui/icons-material/Pause';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import ReplayIcon from '@mui/icons-material/Replay';
import { DialogContentText } from '@mui/material';
import type { WebhookDeliveryFieldsFragment, WebhookEndpointFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { SecretDialog } from '../api-keys/SecretDialog';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';

const t = (key: string) => `resources.webhookEndpoints.${key}`;

/** 停用 / 启用: a disabled endpoint keeps its events queued and gets them, in order, when enabled again. */
export const EnableButton = () => {
  const endpoint = useRecordContext<WebhookEndpointFieldsFragment>();
  const { run, busy } = useApiStep();
  if (!endpoint) return null;
  const enable = !endpoint.enabled;
  return (
    <Button
      label={t(enable ? 'actions.enable' : 'actions.disable')}
      disabled={busy}
      startIcon={enable ? <PlayArrowIcon /> : <PauseIcon />}
      onClick={() => run((dp) => dp.setWebhookEnabled(endpoint, enable), { done: t(enable ? 'enabled' : 'disabled'), conflict: t('conflict') })}
    />
  );
};

/** 更换签名密钥: the new secret is shown once; the old one keeps signing beside it for 24 hours. */
export const RotateSecretButton = () => {
  const endpoint = useRecordContext<WebhookEndpointFieldsFragment>();
  const translate = useTranslate();
  const dialog = useDialog();
  const { run, busy, error, setError } = useApiStep();
  const [secret, setSecret] = useState<string | null>(null);
  if (!endpoint) return null;
  const open = () => {
    setError(null);
    dialog.show();
  };
  const rotate = () =>
    run((dp) => dp.rotateWebhookSecret(endpoint), {
      done: t('rotate.done'),
      conflict: t('conflict'),
      onDone: (result) => {
        dialog.hide();
        setSecret(result.secret);
      },
    });
  return (
    <>
      <Button label={t('actions.rotate')} onClick={open} startIcon={<KeyIcon />} />
      <ActionDialog title={t('rotate.title')} open={dialog.open} onClose={dialog.hide} onConfirm={rotate} confirmLabel={t('actions.rotate')} busy={busy} error={error}>
        <DialogContentText>{translate(t('rotate.content'))}</DialogContentText>
      </ActionDialog>
      {secret && <SecretDialog name={endpoint.url} secret={secret} labels={t('secret')} onClose={() => setSecret(null)} />}
    </>
  );
};

/** 重新推送: the same event id and body again; receivers drop what they already have. */
export const ResendButton = () => {
  const delivery = useRecordContext<WebhookDeliveryFieldsFragment>();
  const { run, busy } = useApiStep();
  if (!delivery || delivery.status === 'PENDING') return null;
  return (
    <Button
      label={t('actions.resend')}
      disabled={busy}
      startIcon={<ReplayIcon />}
      onClick={(e) => {
        e.stopPropagation();
        void run((dp) => dp.resendWebhookDelivery(delivery.id), { done: t('deliveries.resent') });
      }}
    />
  );
};
