import { Checkbox, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { FollowUpRating, type FollowUpRowFragment } from '@wuye/schema';
import { useState } from 'react';
import { Button, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';

const RATINGS = ['quality', 'effect', 'satisfaction'] as const;
type RatingName = (typeof RATINGS)[number];

const Rating = ({ name, value, onChange }: { name: RatingName; value: FollowUpRating | ''; onChange: (v: FollowUpRating) => void }) => {
  const translate = useTranslate();
  const id = `follow-up-${name}`;
  return (
    <FormControl>
      <FormLabel id={id} required>
        {translate(`resources.followUps.fields.${name}`)}
      </FormLabel>
      <RadioGroup row aria-labelledby={id} value={value} onChange={(e) => onChange(e.target.value as FollowUpRating)}>
        {enumChoices('FollowUpRating', FollowUpRating).map((c) => (
          <FormControlLabel key={c.id} value={c.id} control={<Radio size="small" />} label={translate(c.name)} />
        ))}
      </RadioGroup>
    </FormControl>
  );
};

/**
 * 记录回访: quality, effect and satisfaction, shortcomings, opinions and the resident's
 * confirmation. An unsatisfactory visit opens a complaint (the API's rule): the desk is taken to it.
 */
export const RecordFollowUpButton = () => {
  const fu = useRecordContext<FollowUpRowFragment>();
  const canRecord = useHasPermission('followUp.record');
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const dialog = useDialog();
  const { run, busy, error, setError } = useApiStep();
  const [ratings, setRatings] = useState<Record<RatingName, FollowUpRating | ''>>({ quality: '', effect: '', satisfaction: '' });
  const [visitedAt, setVisitedAt] = useState('');
  const [shortcomings, setShortcomings] = useState('');
  const [opinions, setOpinions] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  if (!fu || !canRecord || fu.state !== 'PLANNED') return null;
  const at = fromChinaInput(visitedAt);
  const open = () => {
    setError(null);
    setRatings({ quality: '', effect: '', satisfaction: '' });
    setVisitedAt(toChinaInput(new Date()));
    setShortcomings('');
    setOpinions('');
    setConfirmed(false);
    dialog.show();
  };
  const complete = RATINGS.every((r) => ratings[r] !== '') && !!at;
  const confirm = () =>
    run(
      (dp) =>
        dp.recordFollowUp({
          id: fu.id,
          version: fu.version,
          visitedAt: at!.toISOString(),
          quality: ratings.quality as FollowUpRating,
          effect: ratings.effect as FollowUpRating,
          satisfaction: ratings.satisfaction as FollowUpRating,
          shortcomings: shortcomings.trim() || undefined,
          opinions: opinions.trim() || undefined,
          residentConfirmed: confirmed,
        }),
      {
        done: 'resources.followUps.recorded',
        doneArgs: (result) => ({ label: result.subjectLabel }),
        conflict: 'resources.followUps.conflict',
        onDone: (result) => {
          dialog.hide();
          if (result.openedComplaintId) navigate(createPath({ resource: 'complaints', id: result.openedComplaintId, type: 'show' }));
        },
      },
    );
  return (
    <>
      <Button label="resources.followUps.record" onClick={(e) => { e.stopPropagation(); open(); }} size="small" variant="outlined" />
      <ActionDialog title="resources.followUps.recordTitle" titleArgs={{ label: fu.subjectLabel }} open={dialog.open} onClose={dialog.hide} onConfirm={confirm}
        confirmLabel="resources.followUps.record" canConfirm={complete} busy={busy} error={error}>
        <TextField type="datetime-local" label={translate('resources.followUps.fields.visitedAt')} value={visitedAt} onChange={(e) => setVisitedAt(e.target.value)}
          required slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 60 } }} />
        {RATINGS.map((name) => (
          <Rating key={name} name={name} value={ratings[name]} onChange={(v) => setRatings((r) => ({ ...r, [name]: v }))} />
        ))}
        <TextField label={translate('resources.followUps.fields.shortcomings')} value={shortcomings} onChange={(e) => setShortcomings(e.target.value)} multiline fullWidth />
        <TextField label={translate('resources.followUps.fields.opinions')} value={opinions} onChange={(e) => setOpinions(e.target.value)} multiline fullWidth />
        <FormControlLabel control={<Checkbox checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />} label={translate('resources.followUps.fields.residentConfirmed')} />
      </ActionDialog>
    </>
  );
};
