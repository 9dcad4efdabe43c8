import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, InputAdornment, TextField, Tooltip } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

type Props = { name: string; secret: string; title?: string; onClose: () => void };

/** The API returns the full key once, at creation; after this dialog it exists only as a hash. */
export const SecretDialog = ({ name, secret, title, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      notify('resources.apiKeys.secret.copied', { type: 'info' });
    } catch {
      notify('resources.apiKeys.secret.copyFailed', { type: 'warning' });
    }
  };

  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="api-key-secret-title" disableEscapeKeyDown>
      <DialogTitle id="api-key-secret-title">
        {title ?? translate('resources.apiKeys.secret.title')} — {name}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.apiKeys.secret.warning')}
        </Alert>
        <TextField
          value={secret}
          label={translate('resources.apiKeys.secret.label')}
          fullWidth
          onFocus={(e) => e.target.select()}
          slotProps={{
            input: {
              readOnly: true,
              sx: { fontFamily: 'monospace' },
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('resources.apiKeys.secret.copy')}>
                    <IconButton onClick={copy} aria-label={translate('resources.apiKeys.secret.copy')} edge="end">
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={copy} startIcon={<ContentCopyIcon />}>
          {translate('resources.apiKeys.secret.copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {translate('resources.apiKeys.secret.done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
