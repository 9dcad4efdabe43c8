import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, InputAdornment, TextField, Tooltip } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';

type Props = {
  name: string;
  secret: string;
  onClose: () => void;
  /** Overrides the title from `labels` (a rotated key's dialog says so). */
  title?: string;
  /** Where the dialog's texts live (title, warning, label, copy …): an API key's, or a webhook endpoint's signing secret. */
  labels?: string;
};

/** The API returns the full key once, at creation; after this dialog it exists only as a hash. */
export const SecretDialog = ({ name, secret, onClose, title, labels = 'resources.apiKeys.secret' }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const t = (key: string) => translate(`${labels}.${key}`);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      notify(`${labels}.copied`, { type: 'info' });
    } catch {
      notify(`${labels}.copyFailed`, { type: 'warning' });
    }
  };

  return (
    <Dialog open maxWidth="sm" fullWidth aria-labelledby="api-key-secret-title" disableEscapeKeyDown>
      <DialogTitle id="api-key-secret-title">
        {title ?? t('title')} — {name}
      </DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('warning')}
        </Alert>
        <TextField
          value={secret}
          label={t('label')}
          fullWidth
          onFocus={(e) => e.target.select()}
          slotProps={{
            input: {
              readOnly: true,
              sx: { fontFamily: 'monospace' },
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={t('copy')}>
                    <IconButton onClick={copy} aria-label={t('copy')} edge="end">
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
          {t('copy')}
        </Button>
        <Button variant="contained" onClick={onClose}>
          {t('done')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
