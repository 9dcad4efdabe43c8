import AddCircleOutlineIcon from '@mui/icons-material/AddCircleOutline';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { CommendationKind, PenaltyRule, type EvidenceType } from '@wuye/schema';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { StaffSelect } from '../common/StaffSelect';
import { useApiStep } from '../common/use-api-step';
import { useViewerRoles } from '../common/viewer-actor';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';

type Kind = 'penalty' | 'commendation';

export type EntryPrefill = { projectId?: string; userId?: string; note?: string; evidenceType?: EvidenceType; evidenceId?: string };

/**
 * 录入扣分 / 录入嘉奖: a manual penalty (an observation, an inspection finding) proposed for
 * the person's supervisor to confirm, or a commendation that adds to the month's score. Never about
 * oneself; the API checks who may judge whom.
 */
export const RecordEntryDialog = ({ kind, prefill = {}, onClose, onDone }: { kind: Kind; prefill?: EntryPrefill; onClose: () => void; onDone?: () => void }) => {
  const translate = useTranslate();
  const viewer = useViewerRoles();
  const projects = useViewerProjects();
  const { run, busy, error } = useApiStep();
  const [projectId, setProjectId] = useState(prefill.projectId ?? projects[0]?.id ?? '');
  const [userId, setUserId] = useState(prefill.userId ?? '');
  const [choice, setChoice] = useState<string>(kind === 'penalty' ? PenaltyRule.ProcedureViolation : CommendationKind.ResidentPraise);
  const [occurredAt, setOccurredAt] = useState(() => toChinaInput(new Date()));
  const [note, setNote] = useState(prefill.note ?? '');
  const t = (key: string) => translate(`resources.penaltyEntries.record.${key}`);
  const at = fromChinaInput(occurredAt);
  const canConfirm = !!projectId && !!userId && !!at && note.trim() !== '';
  const submit = () => {
    const base = { projectId, userId, occurredAt: at!.toISOString(), note: note.trim() };
    return run(
      (dp): Promise<unknown> =>
        kind === 'penalty'
          ? dp.recordPenalty({ ...base, rule: choice as PenaltyRule, evidenceType: prefill.evidenceType, evidenceId: prefill.evidenceId })
          : dp.recordCommendation({ ...base, kind: choice as CommendationKind }),
      { done: `resources.penaltyEntries.record.${kind}Done`, onDone: () => (onClose(), onDone?.()) },
    );
  };
  return (
    <ActionDialog open title={`resources.penaltyEntries.record.${kind}Title`} onClose={onClose} onConfirm={submit} confirmLabel="ra.action.save" canConfirm={canConfirm} busy={busy} error={error}>
      <ViewerProjectSelect label={t('project')} value={projectId} onChange={(id) => (setProjectId(id), setUserId(''))} required minWidth={240} />
      <StaffSelect projectId={projectId} value={userId} onChange={setUserId} label={t('person')} required exclude={viewer ? [viewer.userId] : []} error={error?.field === 'userId'} testId="entry-person" />
      <TextField select label={t(kind === 'penalty' ? 'rule' : 'kind')} value={choice} onChange={(e) => setChoice(e.target.value)} required>
        {(kind === 'penalty' ? enumChoices('PenaltyRule', PenaltyRule) : enumChoices('CommendationKind', CommendationKind)).map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {translate(c.name)}
          </MenuItem>
        ))}
      </TextField>
      <TextField type="datetime-local" label={t('occurredAt')} value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} error={error?.field === 'occurredAt'} />
      <TextField label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} required multiline minRows={2} helperText={t(`${kind}NoteHint`)} error={error?.field === 'note'} />
    </ActionDialog>
  );
};

/** The two buttons above the review list. */
export const RecordEntryButtons = ({ onDone }: { onDone?: () => void }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState<Kind | null>(null);
  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" startIcon={<RemoveCircleOutlineIcon />} onClick={() => setOpen('penalty')} data-testid="record-penalty">
        {translate('resources.penaltyEntries.record.penalty')}
      </Button>
      <Button size="small" startIcon={<AddCircleOutlineIcon />} onClick={() => setOpen('commendation')} data-testid="record-commendation">
        {translate('resources.penaltyEntries.record.commendation')}
      </Button>
      {open && <RecordEntryDialog kind={open} onClose={() => setOpen(null)} onDone={onDone} />}
    </Stack>
  );
};
