import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, Checkbox, CircularProgress, IconButton, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { SurveyFrequency } from '@wuye/schema';
import { useEffect, useState, type ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { enumChoices } from '../common/enum-choices';
import type { WuyeDataProvider } from '../dataProvider';
import { apiFieldToDraft, fromKpiDraft, toKpiDraft, type KpiSettings, type KpiSettingsDraft } from './kpi-settings-form';
import { useDraftSave } from './use-draft-save';

const Section = ({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="section" aria-label={translate(title)} sx={{ mt: 3 }}>
      <Typography variant="h6">{translate(title)}</Typography>
      {hint && (
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {translate(hint)}
        </Typography>
      )}
      <Box sx={{ mt: 1 }}>{children}</Box>
    </Box>
  );
};

/** The unit a target is typed in: %, a count, points. */
const unitSuffix = (unit: string) => (unit === 'basis_points' ? '%' : '');

const KpiForm = ({ settings, canEdit, onSaved }: { settings: KpiSettings; canEdit: boolean; onSaved: (s: KpiSettings) => void }) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<KpiSettingsDraft>(() => toKpiDraft(settings));
  const { issues, error, busy, save } = useDraftSave({
    check: () => fromKpiDraft(draft, settings),
    send: (dp, input) => dp.updateKpiSettings(input),
    saved: 'resources.companySettings.kpi.saved',
    onSaved,
  });
  const t = (key: string, args?: object) => translate(`resources.companySettings.kpi.${key}`, args);
  const problem = (path: string) => {
    const issue = issues.find((i) => i.path === path);
    if (issue) return translate(issue.messageKey);
    return apiFieldToDraft(error?.field) === path ? translate(error!.message, { _: error!.message }) : undefined;
  };
  const update = (fn: (d: KpiSettingsDraft) => void) =>
    setDraft((d) => {
      const next = structuredClone(d);
      fn(next);
      return next;
    });
  const field = (path: string, label: string, value: string, onChange: (v: string) => void, width = 120, suffix = '') => (
    <TextField
      size="small"
      label={label || undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={!canEdit}
      error={!!problem(path)}
      helperText={problem(path)}
      sx={{ width }}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': label || path }, input: suffix ? { endAdornment: <Typography variant="caption">{suffix}</Typography> } : undefined }}
    />
  );

  return (
    <>
      {!canEdit && <Alert severity="info">{t('readOnly')}</Alert>}
      <Section title="resources.companySettings.kpi.sections.scoring" hint="resources.companySettings.kpi.hints.scoring">
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          {field('baseScore', t('baseScore'), draft.baseScore, (v) => update((d) => void (d.baseScore = v)), 140)}
          {field('appealWindowDays', t('appealWindowDays'), draft.appealWindowDays, (v) => update((d) => void (d.appealWindowDays = v)), 180)}
          {field('dissatisfiedRatingMax', t('dissatisfiedRatingMax'), draft.dissatisfiedRatingMax, (v) => update((d) => void (d.dissatisfiedRatingMax = v)), 200)}
        </Stack>
        <Stack direction="row" spacing={4} useFlexGap flexWrap="wrap" sx={{ mt: 2 }}>
          <Table size="small" sx={{ width: 'auto' }} data-testid="penalty-points">
            <TableHead>
              <TableRow>
                <TableCell>{t('rule')}</TableCell>
                <TableCell>{t('points')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {draft.penaltyPoints.map((p, i) => (
                <TableRow key={p.rule}>
                  <TableCell>{translate(`enums.PenaltyRule.${p.rule}`)}</TableCell>
                  <TableCell>{field(`penaltyPoints.${p.rule}`, '', p.points, (v) => update((d) => void (d.penaltyPoints[i]!.points = v)), 90, '−')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Table size="small" sx={{ width: 'auto' }} data-testid="commendation-points">
            <TableHead>
              <TableRow>
                <TableCell>{t('commendation')}</TableCell>
                <TableCell>{t('points')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {draft.commendationPoints.map((c, i) => (
                <TableRow key={c.kind}>
                  <TableCell>{translate(`enums.CommendationKind.${c.kind}`)}</TableCell>
                  <TableCell>{field(`commendationPoints.${c.kind}`, '', c.points, (v) => update((d) => void (d.commendationPoints[i]!.points = v)), 90, '+')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Stack>
      </Section>

      <Section title="resources.companySettings.kpi.sections.targets" hint="resources.companySettings.kpi.hints.targets">
        <Table size="small" data-testid="kpi-targets">
          <TableHead>
            <TableRow>
              <TableCell>{t('kpi')}</TableCell>
              <TableCell>{t('direction')}</TableCell>
              <TableCell>{t('target')}</TableCell>
              <TableCell>{t('amberBand')}</TableCell>
              <TableCell>{t('strict')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {draft.targets.map((k, i) => (
              <TableRow key={k.kpi}>
                <TableCell>{translate(`enums.KpiName.${k.kpi}`)}</TableCell>
                <TableCell>{translate(`enums.KpiDirection.${k.direction.toUpperCase()}`)}</TableCell>
                <TableCell>{field(`targets.${k.kpi}.target`, '', k.target, (v) => update((d) => void (d.targets[i]!.target = v)), 110, unitSuffix(k.unit))}</TableCell>
                <TableCell>{field(`targets.${k.kpi}.amberBand`, '', k.amberBand, (v) => update((d) => void (d.targets[i]!.amberBand = v)), 110, unitSuffix(k.unit))}</TableCell>
                <TableCell>
                  <Checkbox checked={k.strict} disabled={!canEdit} onChange={(e) => update((d) => void (d.targets[i]!.strict = e.target.checked))} slotProps={{ input: { 'aria-label': `${translate(`enums.KpiName.${k.kpi}`)} ${t('strict')}` } }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>

      <Section title="resources.companySettings.kpi.sections.survey" hint="resources.companySettings.kpi.hints.survey">
        <TextField select size="small" label={t('surveyFrequency')} value={draft.surveyFrequency} disabled={!canEdit} onChange={(e) => update((d) => void (d.surveyFrequency = e.target.value as SurveyFrequency))} sx={{ width: 200, mb: 2 }}>
          {enumChoices('SurveyFrequency', SurveyFrequency).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <Table size="small" data-testid="survey-items">
          <TableHead>
            <TableRow>
              <TableCell>{t('itemCode')}</TableCell>
              <TableCell>{t('itemZh')}</TableCell>
              <TableCell>{t('itemEn')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {draft.surveyItems.map((item, i) => {
              const cell = (key: 'code' | 'zh' | 'en', width: number) => (
                <TableCell>
                  <TextField
                    size="small"
                    value={item[key]}
                    disabled={!canEdit}
                    onChange={(e) => update((d) => void (d.surveyItems[i]![key] = e.target.value))}
                    error={!!problem(`surveyItems.${i}.${key}`)}
                    helperText={problem(`surveyItems.${i}.${key}`)}
                    sx={{ width }}
                    slotProps={{ htmlInput: { 'aria-label': `${t(`item${key === 'code' ? 'Code' : key === 'zh' ? 'Zh' : 'En'}`)} ${i + 1}` } }}
                  />
                </TableCell>
              );
              return (
                <TableRow key={i}>
                  {cell('code', 190)}
                  {cell('zh', 160)}
                  {cell('en', 200)}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {canEdit && (
                      <>
                        <IconButton size="small" aria-label={t('moveUp')} disabled={i === 0} onClick={() => update((d) => void d.surveyItems.splice(i - 1, 0, d.surveyItems.splice(i, 1)[0]!))}>
                          <ArrowUpwardIcon fontSize="small" />
                        </IconButton>
                        <IconButton size="small" aria-label={t('moveDown')} disabled={i === draft.surveyItems.length - 1} onClick={() => update((d) => void d.surveyItems.splice(i + 1, 0, d.surveyItems.splice(i, 1)[0]!))}>
                          <ArrowDownwardIcon fontSize="small" />
                        </IconButton>
                        <IconButton size="small" aria-label={t('removeItem')} onClick={() => update((d) => void d.surveyItems.splice(i, 1))}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
        {canEdit && (
          <Button size="small" startIcon={<AddIcon />} onClick={() => update((d) => void d.surveyItems.push({ code: '', zh: '', en: '' }))}>
            {t('addItem')}
          </Button>
        )}
        {problem('surveyItems') && <Alert severity="error">{problem('surveyItems')}</Alert>}
      </Section>

      <Section title="resources.companySettings.kpi.sections.appraisal" hint="resources.companySettings.kpi.hints.appraisal">
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" data-testid="appraisal-weights">
          {draft.appraisalWeights.map((w, i) => (
            <Box key={w.dimension}>{field(`appraisalWeights.${w.dimension}`, translate(`enums.AppraisalDimension.${w.dimension}`), w.weight, (v) => update((d) => void (d.appraisalWeights[i]!.weight = v)), 200, '%')}</Box>
          ))}
        </Stack>
        {problem('appraisalWeights') && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {problem('appraisalWeights')}
          </Alert>
        )}
      </Section>

      {canEdit && (
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 3 }}>
          <Button variant="contained" onClick={save} disabled={busy} data-testid="save-kpi-settings">
            {translate('ra.action.save')}
          </Button>
          {issues.length > 0 && <Alert severity="error">{translate('resources.companySettings.fixFields')}</Alert>}
          {error && (
            <Alert severity="error" role="alert">
              {translate(error.message, { _: error.message })}
            </Alert>
          )}
        </Stack>
      )}
    </>
  );
};

/** 考核与品质: penalty and commendation points, the score, KPI targets, survey items, appraisal weights (the GM edits; others read). */
export const KpiSettingsSection = ({ canEdit }: { canEdit: boolean }) => {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const translate = useTranslate();
  const [settings, setSettings] = useState<KpiSettings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    dataProvider.kpiSettings().then(
      (s) => live && setSettings(s),
      (e: Error) => live && setFailed(e.message),
    );
    return () => {
      live = false;
    };
  }, [dataProvider]);
  if (failed) return <Alert severity="error">{translate(failed, { _: failed })}</Alert>;
  if (!settings) return <CircularProgress size={24} />;
  // A fresh form after each save: the draft starts again from what the API stored.
  return <KpiForm key={settings.version} settings={settings} canEdit={canEdit} onSaved={setSettings} />;
};
