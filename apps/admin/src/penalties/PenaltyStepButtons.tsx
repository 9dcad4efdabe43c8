import { Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import type { PenaltyAction } from '@wuye/domain';
import type { DelayCause, PenaltyEntryFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';
import { useViewerRoles } from '../common/viewer-actor';
import { offeredPenaltySteps } from './penalty-steps';

type Entry = PenaltyEntryFieldsFragment;

const NEGATIVE: readonly PenaltyAction[] = ['confirm', 'uphold'];

/**
 * One review step in a dialog. A delay (needsDelayJudgement) is the supervisor's judgement: a
 * subjective cause confirms it, an objective one dismisses it with the reason (README §7).
 */
const StepDialog = ({ entry, action, onClose, onDone }: { entry: Entry; action: PenaltyAction; onClose: () => void; onDone?: () => void }) => {
  const translate = useTranslate();
  const { run, busy, error } = useApiStep();
  const [reason, setReason] = useState('');
  const [cause, setCause] = useState<DelayCause | ''>(action === 'dismiss' && entry.needsDelayJudgement ? 'OBJECTIVE' : '');
  const t = (key: string, args?: object) => translate(`resources.penaltyEntries.${key}`, args);
  const judging = entry.needsDelayJudgement && (action === 'confirm' || action === 'dismiss');
  const effective: PenaltyAction = judging ? (cause === 'OBJECTIVE' ? 'dismiss' : 'confirm') : action;
  const needsReason = effective !== 'confirm';
  const canConfirm = (!judging || cause !== '') && (!needsReason || reason.trim() !== '');
  const submit = () =>
    run(
      (dp) =>
        dp.stepPenaltyEntry({
          id: entry.id,
          version: entry.version,
          action: effective.toUpperCase() as never,
          reason: reason.trim() || undefined,
          delayCause: judging ? (cause as DelayCause) : undefined,
        }),
      { done: 'resources.penaltyEntries.done', doneArgs: { action: translate(`enums.PenaltyStep.${effective}`) }, onDone: () => (onClose(), onDone?.()) },
    );
  return (
    <ActionDialog
      open
      title={`resources.penaltyEntries.dialogs.${judging ? 'judgeDelay' : action}`}
      titleArgs={{ name: entry.user?.name ?? '', points: entry.points }}
      onClose={onClose}
      onConfirm={submit}
      confirmLabel={`enums.PenaltyStep.${effective}`}
      canConfirm={canConfirm}
      busy={busy}
      error={error}
    >
      <Typography variant="body2">
        {translate(`enums.PenaltyRule.${entry.rule}`)} · −{entry.points} · {entry.summary}
      </Typography>
      {judging && (
        <FormControl>
          <FormLabel id="delay-cause-label">{t('delayCause')}</FormLabel>
          <RadioGroup aria-labelledby="delay-cause-label" value={cause} onChange={(e) => setCause(e.target.value as DelayCause)}>
            <FormControlLabel value="SUBJECTIVE" control={<Radio />} label={t('delayCauses.SUBJECTIVE')} />
            <FormControlLabel value="OBJECTIVE" control={<Radio />} label={t('delayCauses.OBJECTIVE')} />
          </RadioGroup>
        </FormControl>
      )}
      {(needsReason || !judging) && (
        <TextField
          label={t(needsReason ? 'reason' : 'note')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required={needsReason}
          multiline
          minRows={2}
          error={error?.field === 'reason'}
          helperText={t(`hints.${effective}`)}
          slotProps={{ htmlInput: { 'data-testid': 'penalty-reason' } }}
        />
      )}
    </ActionDialog>
  );
};

/** The review steps the viewer may take on an entry, each a button opening its dialog. */
export const PenaltyStepButtons = ({ entry, onDone }: { entry: Entry; onDone?: () => void }) => {
  const translate = useTranslate();
  const viewer = useViewerRoles();
  const [open, setOpen] = useState<PenaltyAction | null>(null);
  if (!viewer) return null;
  const steps = offeredPenaltySteps(entry, viewer);
  if (!steps.length) return null;
  return (
    <Stack direction="row" spacing={0.5} onClick={(e) => e.stopPropagation()}>
      {steps.map((action) => (
        <Button key={action} size="small" variant="outlined" color={NEGATIVE.includes(action) ? 'error' : 'primary'} onClick={() => setOpen(action)} data-testid={`penalty-${action}`}>
          {translate(`resources.penaltyEntries.actions.${action}`)}
        </Button>
      ))}
      {open && <StepDialog entry={entry} action={open} onClose={() => setOpen(null)} onDone={onDone} />}
    </Stack>
  );
};
