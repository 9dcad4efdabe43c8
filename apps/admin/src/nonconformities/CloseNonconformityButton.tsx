import { DialogContentText, TextField } from '@mui/material';
import type { NonconformityRowFragment } from '@wuye/schema';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';

/** 关闭: with the 纠正预防措施 taken (required; it is what the next inspection checks). */
export const CloseNonconformityButton = () => {
  const n = useRecordContext<NonconformityRowFragment>();
  const canManage = useHasPermission('nonconformity.manage');
  const translate = useTranslate();
  const dialog = useDialog();
  const [action, setAction] = useState('');
  const { run, busy, error, setError } = useApiStep();
  if (!n || !canManage || n.state !== 'open') return null;
  const confirm = () =>
    run((dp) => dp.closeNonconformity({ id: n.id, version: n.version, correctiveAction: action.trim() }), {
      done: 'resources.nonconformities.closed',
      conflict: 'resources.nonconformities.conflict',
      onDone: dialog.hide,
    });
  return (
    <>
      <Button label="resources.nonconformities.close" onClick={(e) => { e.stopPropagation(); setError(null); setAction(''); dialog.show(); }} size="small" variant="outlined" />
      <ActionDialog title="resources.nonconformities.close" open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel="resources.nonconformities.close"
        canConfirm={action.trim() !== ''} busy={busy} error={error}>
        <DialogContentText>{n.summary}</DialogContentText>
        <TextField label={translate('resources.nonconformities.fields.correctiveAction')} helperText={translate('resources.nonconformities.correctiveHint')}
          value={action} onChange={(e) => setAction(e.target.value)} required multiline minRows={3} autoFocus fullWidth />
      </ActionDialog>
    </>
  );
};
