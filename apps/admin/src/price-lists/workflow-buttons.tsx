import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import EditNoteIcon from '@mui/icons-material/EditNote';
import CampaignIcon from '@mui/icons-material/Campaign';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useCreatePath,
  useDataProvider,
  useLocaleState,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import type { WuyeDataProvider } from '../dataProvider';
import type { PriceListRecord } from './types';

export function useHasPermission(permission: string): boolean {
  const { permissions } = usePermissions<string[]>();
  return Array.isArray(permissions) && permissions.includes(permission);
}

/** Runs one workflow step: a busy flag, the API's message on failure, a refresh on success. */
function useStep() {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async <T,>(step: (dp: WuyeDataProvider) => Promise<T>, onDone: (result: T) => void): Promise<boolean> => {
    setBusy(true);
    try {
      onDone(await step(dataProvider));
      refresh();
      return true;
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, notify };
}

type DialogProps = { title: string; titleArgs?: Record<string, unknown>; open: boolean; onClose: () => void; children: React.ReactNode; actions: React.ReactNode; id: string };

const StepDialog = ({ title, titleArgs, open, onClose, children, actions, id }: DialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby={id}>
      <DialogTitle id={id}>{translate(title, titleArgs)}</DialogTitle>
      <DialogContent>{children}</DialogContent>
      <DialogActions>{actions}</DialogActions>
    </Dialog>
  );
};

/** 批准, with an optional note for the project manager. */
export const ApproveButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const translate = useTranslate();
  const canDecide = useHasPermission('priceList.decide');
  const { run, busy, notify } = useStep();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  if (!list || list.state !== 'SUBMITTED' || !canDecide) return null;
  const approve = () =>
    run(
      (dp) => dp.approvePriceList({ id: list.id, version: list.version, reason: note.trim() || null }),
      (approved) => {
        notify('resources.priceLists.actions.approved', { type: 'success', messageArgs: { ref: approved.approvalRef ?? '' } });
        setOpen(false);
      },
    );
  return (
    <>
      <Button label="resources.priceLists.actions.approve" variant="contained" color="success" onClick={() => setOpen(true)}>
        <CheckIcon />
      </Button>
      <StepDialog
        id="approve-dialog-title"
        open={open}
        onClose={() => setOpen(false)}
        title="resources.priceLists.approveDialog.title"
        titleArgs={{ number: list.number, project: list.project.name }}
        actions={
          <>
            <MuiButton onClick={() => setOpen(false)} disabled={busy}>
              {translate('ra.action.cancel')}
            </MuiButton>
            <MuiButton variant="contained" color="success" onClick={approve} disabled={busy}>
              {translate('resources.priceLists.actions.approve')}
            </MuiButton>
          </>
        }
      >
        <TextField
          label={translate('resources.priceLists.approveDialog.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          multiline
          minRows={2}
          fullWidth
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      </StepDialog>
    </>
  );
};

/** 驳回: the reason is required, the project manager reads it. */
export const RejectButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const translate = useTranslate();
  const canDecide = useHasPermission('priceList.decide');
  const { run, busy, notify } = useStep();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!list || list.state !== 'SUBMITTED' || !canDecide) return null;
  const reject = () =>
    run(
      (dp) => dp.rejectPriceList({ id: list.id, version: list.version, reason: reason.trim() }),
      () => {
        notify('resources.priceLists.actions.rejected', { type: 'info' });
        setOpen(false);
      },
    );
  return (
    <>
      <Button label="resources.priceLists.actions.reject" color="error" onClick={() => setOpen(true)}>
        <CloseIcon />
      </Button>
      <StepDialog
        id="reject-dialog-title"
        open={open}
        onClose={() => setOpen(false)}
        title="resources.priceLists.rejectDialog.title"
        titleArgs={{ number: list.number, project: list.project.name }}
        actions={
          <>
            <MuiButton onClick={() => setOpen(false)} disabled={busy}>
              {translate('ra.action.cancel')}
            </MuiButton>
            <MuiButton variant="contained" color="error" onClick={reject} disabled={busy || reason.trim() === ''}>
              {translate('resources.priceLists.actions.reject')}
            </MuiButton>
          </>
        }
      >
        <TextField
          label={translate('resources.priceLists.rejectDialog.reason')}
          helperText={translate('resources.priceLists.rejectDialog.hint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          multiline
          minRows={3}
          fullWidth
          autoFocus
          sx={{ mt: 1 }}
          slotProps={{ htmlInput: { maxLength: 1000 } }}
        />
      </StepDialog>
    </>
  );
};

const nextHour = () => {
  const d = new Date(Date.now() + 60 * 60 * 1000);
  d.setUTCMinutes(0, 0, 0);
  return d;
};

/** 公示: now, or at a chosen China time (the API publishes it then). GM or the project's manager. */
export const PublishButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const canPublish = useHasPermission('priceList.publish');
  const { run, busy, notify } = useStep();
  const [open, setOpen] = useState(false);
  const [when, setWhen] = useState<'now' | 'at'>('now');
  const [at, setAt] = useState(() => toChinaInput(nextHour()));
  if (!list || list.state !== 'APPROVED' || !canPublish) return null;

  const effectiveAt = when === 'at' ? fromChinaInput(at) : null;
  const atError =
    when !== 'at'
      ? null
      : !effectiveAt
        ? 'resources.priceLists.publishDialog.invalid'
        : effectiveAt.getTime() <= Date.now()
          ? 'resources.priceLists.publishDialog.past'
          : null;

  const publish = () =>
    run(
      (dp) => dp.publishPriceList({ id: list.id, version: list.version, effectiveAt: effectiveAt?.toISOString() ?? null }),
      (published) => {
        if (published.state === 'PUBLISHED') notify('resources.priceLists.actions.published', { type: 'success' });
        else
          notify('resources.priceLists.actions.scheduled', {
            type: 'success',
            messageArgs: { at: formatChinaTime(published.scheduledAt ?? effectiveAt!, locale) },
          });
        setOpen(false);
      },
    );

  return (
    <>
      <Button label="resources.priceLists.actions.publish" variant="contained" onClick={() => setOpen(true)}>
        <CampaignIcon />
      </Button>
      <StepDialog
        id="publish-dialog-title"
        open={open}
        onClose={() => setOpen(false)}
        title="resources.priceLists.publishDialog.title"
        titleArgs={{ number: list.number, project: list.project.name }}
        actions={
          <>
            <MuiButton onClick={() => setOpen(false)} disabled={busy}>
              {translate('ra.action.cancel')}
            </MuiButton>
            <MuiButton variant="contained" onClick={publish} disabled={busy || !!atError}>
              {translate('resources.priceLists.actions.publish')}
            </MuiButton>
          </>
        }
      >
        <DialogContentText>
          {translate('resources.priceLists.publishDialog.hint')}
          {list.scheduledAt &&
            ` ${translate('resources.priceLists.scheduled', { at: formatChinaTime(list.scheduledAt, locale) })}`}
        </DialogContentText>
        <RadioGroup value={when} onChange={(e) => setWhen(e.target.value as 'now' | 'at')} sx={{ mt: 1 }}>
          <FormControlLabel value="now" control={<Radio />} label={translate('resources.priceLists.publishDialog.now')} />
          <FormControlLabel value="at" control={<Radio />} label={translate('resources.priceLists.publishDialog.at')} />
        </RadioGroup>
        {when === 'at' && (
          <TextField
            type="datetime-local"
            label={translate('resources.priceLists.publishDialog.effectiveAt')}
            value={at}
            onChange={(e) => setAt(e.target.value)}
            error={!!atError}
            helperText={atError ? translate(atError) : ' '}
            sx={{ mt: 1, minWidth: 280 }}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: toChinaInput(new Date()), step: 60 } }}
          />
        )}
      </StepDialog>
    </>
  );
};

/** A rejected version goes back to draft for its project manager to rework. */
export const ReviseButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const canEdit = useHasPermission('priceList.edit');
  const redirect = useRedirect();
  const { run, busy, notify } = useStep();
  if (!list || list.state !== 'REJECTED' || !canEdit) return null;
  const revise = () =>
    run(
      (dp) => dp.revisePriceList({ id: list.id, version: list.version }),
      () => {
        notify('resources.priceLists.actions.revised', { type: 'info' });
        redirect('edit', 'priceLists', list.id);
      },
    );
  return (
    <Button label="resources.priceLists.actions.revise" onClick={revise} disabled={busy}>
      <UndoIcon />
    </Button>
  );
};

/** To the project manager's editor, for a draft. */
export const EditDraftButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const createPath = useCreatePath();
  const canEdit = useHasPermission('priceList.edit');
  if (!list || list.state !== 'DRAFT' || !canEdit) return null;
  return (
    <Button to={createPath({ resource: 'priceLists', id: list.id, type: 'edit' })} label="resources.priceLists.actions.edit">
      <EditNoteIcon />
    </Button>
  );
};

/** To the GM's review page (the diff against the published version), for a submitted version. */
export const ReviewLinkButton = () => {
  const list = useRecordContext<PriceListRecord>();
  const createPath = useCreatePath();
  const canDecide = useHasPermission('priceList.decide');
  if (!list || list.state !== 'SUBMITTED' || !canDecide) return null;
  return (
    <Button to={createPath({ resource: 'priceListReviews', id: list.id, type: 'show' })} label="resources.priceLists.actions.review">
      <FactCheckIcon />
    </Button>
  );
};
