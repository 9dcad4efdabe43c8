import AutorenewIcon from '@mui/icons-material/Autorenew';
import { Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField, Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ApiKeyFieldsFragment } from '@wuye/schema';
import type { WuyeDataProvider } from '../dataProvider';
import { SecretDialog } from './SecretDialog';

const GRACE_HOURS = [0, 24, 72, 168] as const;

/** A new secret for the key; the old one keeps working for the chosen grace period so the partner can switch. */
export const RotateApiKeyButton = () => {
  const key = useRecordContext<ApiKeyFieldsFragment>();
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [graceHours, setGraceHours] = useState<number>(24);
  const [busy, setBusy] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  if (!key) return null;
  if (secret) {
    return (
      <SecretDialog
        name={key.name}
        secret={secret}
        title={translate('resources.apiKeys.rotate.done')}
        onClose={() => {
          setSecret(null);
          refresh();
        }}
      />
    );
  }
  if (key.revokedAt || key.replacedById) return null;

  const rotate = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.rotateApiKey(key.id, graceHours);
      setOpen(false);
      setSecret(data.secret);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        label="resources.apiKeys.rotate.button"
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        <AutorenewIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="rotate-api-key-title">
        <DialogTitle id="rotate-api-key-title">{translate('resources.apiKeys.rotate.title', { name: key.name })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.apiKeys.rotate.content')}</DialogContentText>
          <TextField
            select
            fullWidth
            label={translate('resources.apiKeys.rotate.grace')}
            value={graceHours}
            onChange={(e) => setGraceHours(Number(e.target.value))}
          >
            {GRACE_HOURS.map((h) => (
              <MenuItem key={h} value={h}>
                {translate(`resources.apiKeys.rotate.graceHours.${h}`)}
              </MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={busy} onClick={rotate}>
            {translate('resources.apiKeys.rotate.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
