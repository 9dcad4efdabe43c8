import { Button, Stack, TextField, Typography } from '@mui/material';
import type { FindingAction } from '@wuye/domain';
import type { InspectionFindingFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { toChinaInput } from '../common/china-time';
import { StaffSelect } from '../common/StaffSelect';
import { useApiStep } from '../common/use-api-step';
import { useViewerRoles } from '../common/viewer-actor';
import { offeredFindingSteps } from './finding-steps';

type Finding = InspectionFindingFieldsFragment;

const today = () => toChinaInput(new Date()).slice(0, 10);

/** One step in a dialog with what it asks for: the plan (action, owner, deadline), what was done, why it fails. */
const StepDialog = ({ finding, action, onClose, onDone }: { finding: Finding; action: FindingAction; onClose: () => void; onDone?: () => void }) => {
  const translate = useTranslate();
  const { run, busy, error } = useApiStep();
  const [correctiveAction, setCorrectiveAction] = useState(finding.correctiveAction ?? '');
  const [ownerId, setOwnerId] = useState(finding.actionOwnerId ?? finding.responsibleUserId ?? '');
  const [deadline, setDeadline] = useState(finding.actionDeadline ?? '');
  const [text, setText] = useState('');
  const t = (key: string) => translate(`resources.inspectionFindings.${key}`);
  const canConfirm =
    action === 'plan_action' ? correctiveAction.trim() !== '' && ownerId !== '' && deadline !== '' : action === 'complete_action' || action === 'fail_verification' ? text.trim() !== '' : true;
  const submit = () =>
    run(
      (dp) =>
        dp.stepInspectionFinding({
          id: finding.id,
          version: finding.version,
          action: action.toUpperCase() as never,
          ...(action === 'plan_action' ? { correctiveAction: correctiveAction.trim(), ownerId, deadline } : {}),
          ...(action === 'complete_action' ? { note: text.trim() } : {}),
          ...(action === 'fail_verification' ? { reason: text.trim() } : {}),
        }),
      { done: 'resources.inspectionFindings.done', doneArgs: { action: translate(`enums.FindingStep.${action}`) }, onDone: () => (onClose(), onDone?.()) },
    );
  return (
    <ActionDialog open title={`resources.inspectionFindings.dialogs.${action}`} onClose={onClose} onConfirm={submit} confirmLabel={`enums.FindingStep.${action}`} canConfirm={canConfirm} busy={busy} error={error}>
      <Typography variant="body2">
        <strong>{finding.itemTitle}</strong> · {finding.description}
      </Typography>
      {finding.correctiveAction && action !== 'plan_action' && (
        <Typography variant="body2" color="text.secondary">
          {t('fields.correctiveAction')}：{finding.correctiveAction}
        </Typography>
      )}
      {finding.completionNote && action !== 'complete_action' && (
        <Typography variant="body2" color="text.secondary">
          {t('fields.completionNote')}：{finding.completionNote}
        </Typography>
      )}
      {action === 'plan_action' && (
        <>
          <TextField label={t('fields.correctiveAction')} value={correctiveAction} onChange={(e) => setCorrectiveAction(e.target.value)} required multiline minRows={2} helperText={t('correctiveHint')} error={error?.field === 'correctiveAction'} />
          <StaffSelect projectId={finding.projectId} value={ownerId} onChange={setOwnerId} label={t('fields.actionOwner')} required error={error?.field === 'ownerId'} testId="action-owner" />
          <TextField type="date" label={t('fields.actionDeadline')} value={deadline} onChange={(e) => setDeadline(e.target.value)} required error={error?.field === 'deadline'} slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today() } }} />
        </>
      )}
      {(action === 'complete_action' || action === 'fail_verification') && (
        <TextField
          label={t(action === 'complete_action' ? 'fields.completionNote' : 'failReason')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          multiline
          minRows={2}
          error={error?.field === 'note' || error?.field === 'reason'}
        />
      )}
      {(action === 'acknowledge' || action === 'verify') && <Typography variant="body2">{t(`hints.${action}`)}</Typography>}
    </ActionDialog>
  );
};

/** The steps the viewer may take on a nonconformity, each a button opening its dialog. */
export const FindingStepButtons = ({ finding, onDone }: { finding: Finding; onDone?: () => void }) => {
  const translate = useTranslate();
  const viewer = useViewerRoles();
  const [open, setOpen] = useState<FindingAction | null>(null);
  if (!viewer) return null;
  const steps = offeredFindingSteps(finding, viewer);
  if (!steps.length) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap" onClick={(e) => e.stopPropagation()}>
      {steps.map((action) => (
        <Button key={action} size="small" variant="outlined" color={action === 'fail_verification' ? 'error' : 'primary'} onClick={() => setOpen(action)} data-testid={`finding-${action}`}>
          {translate(`enums.FindingStep.${action}`)}
        </Button>
      ))}
      {open && <StepDialog finding={finding} action={open} onClose={() => setOpen(null)} onDone={onDone} />}
    </Stack>
  );
};
