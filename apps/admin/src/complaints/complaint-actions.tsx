import { DialogContentText, MenuItem, TextField } from '@mui/material';
import type { ComplaintAction, SuggestionAction } from '@wuye/domain';
import { ComplaintMilestone, ComplaintPauseReason, type ComplaintAction as ApiComplaintAction, type SuggestionAction as ApiSuggestionAction } from '@wuye/schema';
import { useState } from 'react';
import { Button, useGetIdentity, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { formatChinaTime } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import type { WuyeDataProvider } from '../dataProvider';
import { NEGATIVE_STEPS, STEP_INPUT, offeredComplaintSteps, offeredSuggestionSteps, type ViewerRoles } from './complaint-steps';
import { liveClock } from './countdown';
import type { ComplaintDetail } from './types';

const label = (action: string) => `resources.complaints.actions.${action}`;

/** Runs one step (see useApiStep); the success message names it. */
function useComplaintStep() {
  const translate = useTranslate();
  const { run: runStep, ...rest } = useApiStep();
  const run = <T,>(action: string, step: (dp: WuyeDataProvider) => Promise<T>, onDone?: (result: T) => void) =>
    runStep(step, {
      done: 'resources.complaints.done',
      doneArgs: { action: translate(label(action)) },
      onDone,
      conflict: 'resources.complaints.conflict',
    });
  return { run, ...rest };
}

function useViewerRoles(): ViewerRoles | null {
  const { data } = useGetIdentity();
  const viewer = (data as Identity | undefined)?.viewer;
  if (!viewer?.user) return null;
  return { userId: viewer.user.id, roles: viewer.roles };
}

const useComplaint = () => useRecordContext<ComplaintDetail>();

/** Open for handling: staff with complaint.handle, and the complaint not closed. */
function useCanHandle(c: ComplaintDetail | undefined) {
  const canHandle = useHasPermission('complaint.handle');
  return canHandle && !!c && c.state !== 'closed';
}

const nowInput = () => toChinaInput(new Date());

/**
 * The input holds whole minutes. Left at its default ("now"), the step sends the exact instant
 * instead, never before registration: a complaint handled within the minute it was registered
 * would otherwise read as completed before it was registered.
 */
const completionInstant = (untouched: boolean, typed: Date, registeredAt: string) =>
  untouched ? new Date(Math.max(Date.parse(registeredAt), Date.now() - 1000)) : typed;
const dateTimeSlot = { inputLabel: { shrink: true }, htmlInput: { step: 60 } };

/**
 * One handling step of the flow (受理, 工程核实, 签字, 移交开发商, 记录处理结果, 验证, 关闭 …) with the
 * inputs the step needs. Offered only when the state, the category and the viewer's roles allow it.
 */
const StepButton = ({ action }: { action: ComplaintAction }) => {
  const c = useComplaint()!;
  const translate = useTranslate();
  const dialog = useDialog();
  const { run, busy, error, setError } = useComplaintStep();
  const [reason, setReason] = useState('');
  const [findings, setFindings] = useState('');
  const [developerDue, setDeveloperDue] = useState('');
  const [developerResponse, setDeveloperResponse] = useState('');
  const [cause, setCause] = useState('');
  const [handling, setHandling] = useState('');
  const [completedAt, setCompletedAt] = useState('');
  const [completedDefault, setCompletedDefault] = useState('');
  const kind = STEP_INPUT[action];
  const open = () => {
    setError(null);
    const now = nowInput();
    setCompletedAt(now);
    setCompletedDefault(now);
    setDeveloperDue(toChinaInput(new Date(Date.now() + 7 * 86_400_000)));
    dialog.show();
  };
  const t = (key: string) => translate(`resources.complaints.dialog.${key}`);
  const due = fromChinaInput(developerDue);
  const done = fromChinaInput(completedAt);
  const filled = (s: string) => s.trim() !== '';
  const canConfirm =
    kind === 'none' ||
    (kind === 'reason' && filled(reason)) ||
    (kind === 'findings' && filled(findings)) ||
    (kind === 'developerDue' && !!due) ||
    (kind === 'developerResponse' && filled(developerResponse)) ||
    (kind === 'resolution' && filled(cause) && filled(handling) && !!done);
  const confirm = () =>
    run(
      action,
      (dp) =>
        dp.stepComplaint({
          id: c.id,
          version: c.version,
          action: action.toUpperCase() as ApiComplaintAction,
          reason: kind === 'reason' ? reason.trim() : undefined,
          findings: kind === 'findings' ? findings.trim() : undefined,
          developerResponseDueAt: kind === 'developerDue' ? due!.toISOString() : undefined,
          developerResponse: kind === 'developerResponse' ? developerResponse.trim() : undefined,
          cause: kind === 'resolution' ? cause.trim() : undefined,
          handling: kind === 'resolution' ? handling.trim() : undefined,
          completedAt: kind === 'resolution' ? completionInstant(completedAt === completedDefault, done!, c.createdAt).toISOString() : undefined,
        }),
      dialog.hide,
    );
  return (
    <>
      <Button label={label(action)} onClick={open} color={NEGATIVE_STEPS.includes(action) ? 'error' : 'primary'} size="small" />
      <ActionDialog title={label(action)} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label(action)} canConfirm={canConfirm} busy={busy} error={error}>
        <DialogContentText>{translate(`resources.complaints.stepHint.${action}`, { number: c.number })}</DialogContentText>
        {kind === 'reason' && (
          <TextField label={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={2} autoFocus fullWidth />
        )}
        {kind === 'findings' && (
          <TextField label={t('findings')} value={findings} onChange={(e) => setFindings(e.target.value)} required multiline minRows={2} autoFocus fullWidth />
        )}
        {kind === 'developerDue' && (
          <TextField type="datetime-local" label={t('developerResponseDueAt')} value={developerDue} onChange={(e) => setDeveloperDue(e.target.value)} required slotProps={dateTimeSlot} />
        )}
        {kind === 'developerResponse' && (
          <TextField label={t('developerResponse')} value={developerResponse} onChange={(e) => setDeveloperResponse(e.target.value)} required multiline minRows={2} autoFocus fullWidth />
        )}
        {kind === 'resolution' && (
          <>
            <TextField label={t('cause')} value={cause} onChange={(e) => setCause(e.target.value)} required multiline autoFocus fullWidth />
            <TextField label={t('handling')} value={handling} onChange={(e) => setHandling(e.target.value)} required multiline minRows={2} fullWidth />
            <TextField type="datetime-local" label={t('completedAt')} value={completedAt} onChange={(e) => setCompletedAt(e.target.value)} required slotProps={dateTimeSlot} />
          </>
        )}
      </ActionDialog>
    </>
  );
};

/** The handling steps the state, category and the viewer's roles allow now. */
export const ComplaintStepButtons = () => {
  const c = useComplaint();
  const viewer = useViewerRoles();
  const canHandle = useHasPermission('complaint.handle');
  if (!c || !viewer || !canHandle) return null;
  return (
    <>
      {offeredComplaintSteps(c, viewer).map((action) => (
        <StepButton key={action} action={action} />
      ))}
    </>
  );
};

/** 到场 / 首次反馈: when it happened (now by default); offered while the milestone is still open. */
const MilestoneButton = ({ which }: { which: 'onSite' | 'feedback' }) => {
  const c = useComplaint();
  const canHandle = useCanHandle(c);
  const translate = useTranslate();
  const dialog = useDialog();
  const [at, setAt] = useState('');
  const [atDefault, setAtDefault] = useState('');
  const { run, busy, error, setError } = useComplaintStep();
  if (!c || !canHandle || c.kind !== 'COMPLAINT' || !c.valid) return null;
  const milestone = which === 'onSite' ? 'on_site' : 'first_feedback';
  const reached = which === 'onSite' ? c.onSiteAt : c.firstFeedbackAt;
  if (reached || !c.clocks.some((k) => k.milestone === milestone)) return null;
  const instant = fromChinaInput(at);
  const action = which === 'onSite' ? 'recordOnSite' : 'recordFeedback';
  const confirm = () =>
    run(
      action,
      (dp) => {
        // Left at "now", the API's own clock decides; a typed time is sent as typed.
        const input = { id: c.id, version: c.version, at: at === atDefault ? undefined : instant!.toISOString() };
        return which === 'onSite' ? dp.recordComplaintOnSite(input) : dp.recordComplaintFeedback(input);
      },
      dialog.hide,
    );
  return (
    <>
      <Button label={label(action)} onClick={() => { setError(null); const now = nowInput(); setAt(now); setAtDefault(now); dialog.show(); }} size="small" />
      <ActionDialog title={label(action)} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label(action)} canConfirm={!!instant} busy={busy} error={error}>
        <TextField type="datetime-local" label={translate(`resources.complaints.dialog.${which}At`)} value={at} onChange={(e) => setAt(e.target.value)} required slotProps={dateTimeSlot} />
      </ActionDialog>
    </>
  );
};

export const RecordOnSiteButton = () => <MilestoneButton which="onSite" />;
export const RecordFeedbackButton = () => <MilestoneButton which="feedback" />;

/** 暂停计时 (waiting on the resident or an outside party) and 恢复计时. */
export const PauseButton = () => {
  const c = useComplaint();
  const canHandle = useCanHandle(c);
  const translate = useTranslate();
  const dialog = useDialog();
  const [reason, setReason] = useState<ComplaintPauseReason>(ComplaintPauseReason.WaitingOnResident);
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useComplaintStep();
  if (!c || !canHandle || c.kind !== 'COMPLAINT' || !c.clocks.length) return null;
  const action = c.paused ? 'resume' : 'pause';
  const confirm = () =>
    run(action, (dp) => dp.pauseComplaint({ id: c.id, version: c.version, reason: c.paused ? undefined : reason, note: note.trim() || undefined }), dialog.hide);
  return (
    <>
      <Button label={label(action)} onClick={() => { setError(null); setNote(''); dialog.show(); }} size="small" color={c.paused ? 'primary' : 'warning'} />
      <ActionDialog title={label(action)} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label(action)} busy={busy} error={error}>
        <DialogContentText>{translate(`resources.complaints.stepHint.${action}`)}</DialogContentText>
        {!c.paused && (
          <TextField select label={translate('resources.complaints.dialog.pauseReason')} value={reason} onChange={(e) => setReason(e.target.value as ComplaintPauseReason)}>
            {enumChoices('ComplaintPauseReason', ComplaintPauseReason).map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField label={translate('resources.complaints.dialog.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline fullWidth />
      </ActionDialog>
    </>
  );
};

/**
 * 约定答复时间: a deadline cannot be met, so the resident agrees to a definite new reply time. Only
 * for a milestone still open and not yet overdue (the domain's rule); the new time must be later.
 */
export const AgreeExtensionButton = () => {
  const c = useComplaint();
  const canHandle = useCanHandle(c);
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dialog = useDialog();
  const [milestone, setMilestone] = useState('');
  const [newDue, setNewDue] = useState('');
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useComplaintStep();
  if (!c || !canHandle || c.kind !== 'COMPLAINT') return null;
  const now = Date.now();
  const open = c.clocks.filter((k) => {
    const status = liveClock(k, now, now).status;
    return status === 'running' || status === 'warning' || status === 'paused';
  });
  if (!open.length) return null;
  const chosen = open.find((k) => k.milestone === milestone);
  const instant = fromChinaInput(newDue);
  const choose = (value: string) => {
    setMilestone(value);
    const clock = open.find((k) => k.milestone === value);
    if (clock) setNewDue(toChinaInput(new Date(Date.parse(clock.dueAt) + 86_400_000)));
  };
  const show = () => {
    setError(null);
    setNote('');
    choose(open[0]!.milestone);
    dialog.show();
  };
  const confirm = () =>
    run(
      'agreeExtension',
      (dp) =>
        dp.agreeComplaintExtension({
          id: c.id,
          version: c.version,
          milestone: chosen!.milestone.toUpperCase() as ComplaintMilestone,
          newDueAt: instant!.toISOString(),
          note: note.trim() || undefined,
        }),
      dialog.hide,
    );
  return (
    <>
      <Button label={label('agreeExtension')} onClick={show} size="small" />
      <ActionDialog title={label('agreeExtension')} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label('agreeExtension')}
        canConfirm={!!chosen && !!instant} busy={busy} error={error}>
        <DialogContentText>{translate('resources.complaints.stepHint.agreeExtension')}</DialogContentText>
        <TextField select label={translate('resources.complaints.dialog.milestone')} value={milestone} onChange={(e) => choose(e.target.value)}
          helperText={chosen ? translate('resources.complaints.dialog.currentDue', { time: formatChinaTime(chosen.dueAt, locale) }) : ' '}>
          {open.map((k) => (
            <MenuItem key={k.milestone} value={k.milestone}>
              {translate(`enums.ComplaintMilestone.${k.milestone}`, { _: k.milestone })}
            </MenuItem>
          ))}
        </TextField>
        <TextField type="datetime-local" label={translate('resources.complaints.dialog.newDueAt')} value={newDue} onChange={(e) => setNewDue(e.target.value)} required slotProps={dateTimeSlot} />
        <TextField label={translate('resources.complaints.dialog.extensionNote')} value={note} onChange={(e) => setNote(e.target.value)} multiline fullWidth />
      </ActionDialog>
    </>
  );
};

/** 采纳 / 不采纳 (with the reason the resident is told) and 已告知住户. */
const SuggestionStep = ({ action }: { action: SuggestionAction }) => {
  const c = useComplaint()!;
  const translate = useTranslate();
  const dialog = useDialog();
  const [reason, setReason] = useState('');
  const { run, busy, error, setError } = useComplaintStep();
  const needsReason = action !== 'tell_resident';
  const confirm = () =>
    run(
      action,
      (dp) => dp.stepSuggestion({ id: c.id, version: c.version, action: action.toUpperCase() as ApiSuggestionAction, reason: needsReason ? reason.trim() : undefined }),
      dialog.hide,
    );
  return (
    <>
      <Button label={label(action)} onClick={() => { setError(null); setReason(''); dialog.show(); }} size="small" color={action === 'decline' ? 'error' : 'primary'} />
      <ActionDialog title={label(action)} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label(action)}
        canConfirm={!needsReason || reason.trim() !== ''} busy={busy} error={error}>
        <DialogContentText>{translate(`resources.complaints.stepHint.${action}`, { reason: c.decisionReason ?? '' })}</DialogContentText>
        {needsReason && (
          <TextField label={translate('resources.complaints.dialog.decisionReason')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={2} autoFocus fullWidth />
        )}
      </ActionDialog>
    </>
  );
};

export const SuggestionStepButtons = () => {
  const c = useComplaint();
  const viewer = useViewerRoles();
  const canHandle = useHasPermission('complaint.handle');
  if (!c || !viewer || !canHandle) return null;
  return (
    <>
      {offeredSuggestionSteps(c, viewer).map((action) => (
        <SuggestionStep key={action} action={action} />
      ))}
    </>
  );
};
