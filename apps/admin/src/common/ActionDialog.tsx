import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { StepError } from './use-api-step';

type ActionDialogProps = {
  title: string;
  titleArgs?: Record<string, unknown>;
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  confirmLabel: string;
  canConfirm?: boolean;
  busy: boolean;
  /** Shown at the foot of the dialog; pass null when the message is already shown under its input. */
  error: StepError | null;
  children?: ReactNode;
  maxWidth?: 'sm' | 'md';
  fullScreen?: boolean;
};

/** A dialog for one step: its inputs, the API's refusal if any, cancel and confirm. */
export const ActionDialog = ({ title, titleArgs, open, onClose, onConfirm, confirmLabel, canConfirm = true, busy, error, children, maxWidth = 'sm', fullScreen }: ActionDialogProps) => {
  const translate = useTranslate();
  const id = `${title.replace(/\W/g, '-')}-title`;
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} maxWidth={maxWidth} fullWidth fullScreen={fullScreen} aria-labelledby={id}>
      <DialogTitle id={id}>{translate(title, titleArgs)}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          {children}
          {error && (
            <Alert severity="error" role="alert" data-testid="step-error">
              {translate(error.message, { _: error.message })}
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton variant="contained" onClick={onConfirm} disabled={busy || !canConfirm} size={fullScreen ? 'large' : 'medium'}>
          {translate(confirmLabel)}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

export function useDialog() {
  const [open, setOpen] = useState(false);
  return { open, show: () => setOpen(true), hide: () => setOpen(false) };
}
