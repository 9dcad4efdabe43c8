import { Autocomplete, Box, Button, FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, TextField, useMediaQuery, type Theme } from '@mui/material';
import { SATISFACTION_LEVELS } from '@wuye/domain';
import type { UnitFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';

type Item = { code: string; zh: string; en: string };

const unitLabel = (u: UnitFieldsFragment) => `${u.building.name} ${u.number}`;

/** A unit of the project, found by its number. */
const UnitPicker = ({ projectId, value, onChange, error }: { projectId: string; value: UnitFieldsFragment | null; onChange: (u: UnitFieldsFragment | null) => void; error?: boolean }) => {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data = [], isPending } = useGetList<UnitFieldsFragment>('units', { filter: { projectId, q: search }, pagination: { page: 1, perPage: 20 }, sort: { field: 'number', order: 'ASC' } });
  return (
    <Autocomplete
      options={data}
      value={value}
      loading={isPending}
      onChange={(_, u) => onChange(u)}
      onInputChange={(_, text, reason) => reason === 'input' && setSearch(text)}
      getOptionLabel={unitLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      renderInput={(params) => <TextField {...params} label={translate('resources.satisfactionSurveys.unit')} required error={error} />}
    />
  );
};

/**
 * 录入问卷: one unit's questionnaire as collected on paper or at the door — the survey's items, each
 * on the five-level scale (or skipped), and the resident's comment. One per unit (the API refuses a
 * second).
 */
export const ResponseForm = ({ surveyId, projectId, items, onClose, onDone }: { surveyId: string; projectId: string; items: readonly Item[]; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const { run, busy, error } = useApiStep();
  const [unit, setUnit] = useState<UnitFieldsFragment | null>(null);
  const [levels, setLevels] = useState<Record<string, number | null>>({});
  const [comment, setComment] = useState('');
  const t = (key: string) => translate(`resources.satisfactionSurveys.${key}`);
  const answered = Object.values(levels).filter((v) => v != null).length;
  const submit = () =>
    run(
      (dp) =>
        dp.submitSurveyResponse({
          surveyId,
          unitId: unit!.id,
          answers: items.map((i) => ({ item: i.code, level: levels[i.code] ?? null })),
          comment: comment.trim() || undefined,
        }),
      { done: 'resources.satisfactionSurveys.responseSaved', onDone: () => (onClose(), onDone()) },
    );
  return (
    <ActionDialog open title="resources.satisfactionSurveys.enterResponse" onClose={onClose} onConfirm={submit} confirmLabel="ra.action.save" canConfirm={!!unit && answered > 0} busy={busy} error={error} maxWidth="md" fullScreen={phone}>
      <UnitPicker projectId={projectId} value={unit} onChange={setUnit} error={error?.field === 'unitId'} />
      {items.map((item) => (
        <FormControl key={item.code} error={error?.field === `answers.${item.code}`} data-testid="survey-question" data-item={item.code}>
          <FormLabel id={`q-${item.code}`}>{locale === 'en' ? item.en : item.zh}</FormLabel>
          <RadioGroup row aria-labelledby={`q-${item.code}`} value={levels[item.code] ?? ''} onChange={(e) => setLevels((l) => ({ ...l, [item.code]: Number(e.target.value) }))}>
            {SATISFACTION_LEVELS.map((level) => (
              <FormControlLabel key={level} value={level} control={<Radio size="small" />} label={translate(`enums.SatisfactionLevel.${level}`)} />
            ))}
          </RadioGroup>
          {levels[item.code] != null && (
            <Box>
              <Button size="small" onClick={() => setLevels((l) => ({ ...l, [item.code]: null }))}>
                {t('skip')}
              </Button>
            </Box>
          )}
        </FormControl>
      ))}
      <TextField label={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} />
    </ActionDialog>
  );
};
