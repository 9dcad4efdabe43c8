import { Button, TextField, Typography } from '@mui/material';
import type { PenaltyEntryFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useChinaTime } from '../common/DateTimeField';
import { useApiStep } from '../common/use-api-step';

/** 申诉: the person's own confirmed entry, with their grounds, while the API says the window is open. */
export const AppealButton = ({ entry, onDone }: { entry: PenaltyEntryFieldsFragment; onDone: () => void }) => {
  const translate = useTranslate();
  const time = useChinaTime();
  const [open, setOpen] = useState(false);
  const [grounds, setGrounds] = useState('');
  const { run, busy, error } = useApiStep();
  if (!entry.appealable) return null;
  const t = (key: string, args?: object) => translate(`resources.myScorecard.${key}`, args);
  const submit = () =>
    run((dp) => dp.stepPenaltyEntry({ id: entry.id, version: entry.version, action: 'APPEAL', reason: grounds.trim() }), {
      done: 'resources.myScorecard.appealed',
      onDone: () => {
        setOpen(false);
        onDone();
      },
    });
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="appeal">
        {t('appeal')}
      </Button>
      <ActionDialog open={open} title="resources.myScorecard.appealTitle" onClose={() => setOpen(false)} onConfirm={submit} confirmLabel="resources.myScorecard.sendAppeal" canConfirm={grounds.trim() !== ''} busy={busy} error={error}>
        <Typography variant="body2">
          {translate(`enums.PenaltyRule.${entry.rule}`)} · −{entry.points} · {entry.summary}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('appealUntil', { time: time(entry.appealClosesAt) })}
        </Typography>
        <TextField label={t('grounds')} value={grounds} onChange={(e) => setGrounds(e.target.value)} required multiline minRows={3} helperText={t('groundsHint')} error={error?.field === 'reason'} slotProps={{ htmlInput: { 'data-testid': 'appeal-grounds' } }} />
      </ActionDialog>
    </>
  );
};
