import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Button,
  Tab,
  Tabs,
  Card,
  CardContent,
  Checkbox,
  CircularProgress,
  FormControlLabel,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { ResolutionBase } from '@wuye/schema';
import { useEffect, useState, type ReactNode } from 'react';
import { Title, useDataProvider, useTranslate } from 'react-admin';
import { enumChoices } from '../common/enum-choices';
import type { WuyeDataProvider } from '../dataProvider';
import { useHasPermission } from '../common/use-has-permission';
import { KpiSettingsSection } from './KpiSettingsSection';
import { useDraftSave } from './use-draft-save';
import { fromDraft, isTime, nextHolidayYear, toDraft, type Settings, type SettingsDraft } from './settings-form';

type Window = { start: string; end: string };

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

/** Office-hours windows of one day (several: morning and afternoon, a night shift …). */
const WindowsEditor = ({ windows, onChange, label }: { windows: Window[]; onChange: (w: Window[]) => void; label: string }) => {
  const translate = useTranslate();
  const set = (i: number, patch: Partial<Window>) => onChange(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" alignItems="center">
      {windows.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.companySettings.dayOff')}
        </Typography>
      )}
      {windows.map((w, i) => (
        <Stack key={i} direction="row" spacing={0.5} alignItems="center" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1, py: 0.5 }}>
          <TextField size="small" value={w.start} onChange={(e) => set(i, { start: e.target.value })} error={!isTime(w.start)} sx={{ width: 80 }}
            slotProps={{ htmlInput: { 'aria-label': `${label} ${translate('resources.companySettings.windowStart')} ${i + 1}` } }} />
          <span>–</span>
          <TextField size="small" value={w.end} onChange={(e) => set(i, { end: e.target.value })} error={!isTime(w.end)} sx={{ width: 80 }}
            slotProps={{ htmlInput: { 'aria-label': `${label} ${translate('resources.companySettings.windowEnd')} ${i + 1}` } }} />
          <IconButton size="small" aria-label={translate('resources.companySettings.removeWindow')} onClick={() => onChange(windows.filter((_, j) => j !== i))}>
            <DeleteIcon fontSize="small" />
          </IconButton>
        </Stack>
      ))}
      <Button size="small" startIcon={<AddIcon />} onClick={() => onChange([...windows, { start: '08:30', end: '17:30' }])}>
        {translate('resources.companySettings.addWindow')}
      </Button>
    </Stack>
  );
};

const SettingsForm = ({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) => {
  const translate = useTranslate();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const { issues, error, busy, save } = useDraftSave({
    check: () => fromDraft(draft, settings),
    send: (dp, input) => dp.updateCompanySettings(input),
    saved: 'resources.companySettings.saved',
    onSaved,
  });
  const t = (key: string) => translate(`resources.companySettings.${key}`);
  const issue = (path: string) => issues.find((i) => i.path === path);
  const helper = (path: string) => {
    const found = issue(path);
    return found ? translate(found.messageKey) : undefined;
  };
  const update = (fn: (d: SettingsDraft) => void) =>
    setDraft((d) => {
      const next = structuredClone(d);
      fn(next);
      return next;
    });
  const numberField = (path: string, label: string, value: string, onChange: (v: string) => void, width = 140, ariaLabel?: string) => (
    <TextField size="small" label={label || undefined} hiddenLabel={!label} value={value} onChange={(e) => onChange(e.target.value)} error={!!issue(path)} helperText={helper(path)}
      slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': ariaLabel ?? label } }} sx={{ width }} />
  );

  return (
    <>
      <Section title="resources.companySettings.sections.sla" hint="resources.companySettings.hints.sla">
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          {numberField('sla.onSiteClockHours', t('sla.onSiteClockHours'), draft.sla.onSiteClockHours, (v) => update((d) => void (d.sla.onSiteClockHours = v)))}
          {numberField('sla.firstFeedbackClockHours', t('sla.firstFeedbackClockHours'), draft.sla.firstFeedbackClockHours, (v) => update((d) => void (d.sla.firstFeedbackClockHours = v)))}
          {numberField('sla.generalResolutionHours', t('sla.generalResolutionHours'), draft.sla.generalResolutionHours, (v) => update((d) => void (d.sla.generalResolutionHours = v)))}
          <TextField select size="small" label={t('sla.generalResolutionBase')} value={draft.sla.generalResolutionBase} sx={{ width: 180 }}
            onChange={(e) => update((d) => void (d.sla.generalResolutionBase = e.target.value as ResolutionBase))}>
            {enumChoices('ResolutionBase', ResolutionBase).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          {numberField('sla.seriousResolutionWorkingDays', t('sla.seriousResolutionWorkingDays'), draft.sla.seriousResolutionWorkingDays, (v) => update((d) => void (d.sla.seriousResolutionWorkingDays = v)), 180)}
          {numberField('sla.majorResolutionWorkingDays', t('sla.majorResolutionWorkingDays'), draft.sla.majorResolutionWorkingDays, (v) => update((d) => void (d.sla.majorResolutionWorkingDays = v)), 180)}
        </Stack>
      </Section>

      <Section title="resources.companySettings.sections.followUps" hint="resources.companySettings.hints.followUps">
        <Table size="small" data-testid="follow-up-rules">
          <TableHead>
            <TableRow>
              <TableCell>{t('followUp.subject')}</TableCell>
              <TableCell>{t('followUp.rate')}</TableCell>
              <TableCell>{t('followUp.opensAfterDays')}</TableCell>
              <TableCell>{t('followUp.opensAfterMonths')}</TableCell>
              <TableCell>{t('followUp.dueWithinDays')}</TableCell>
              <TableCell>{t('followUp.dueWithinMonths')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {draft.followUpRules.map((r, i) => {
              const cell = (key: 'rate' | 'opensAfterDays' | 'opensAfterMonths' | 'dueWithinDays' | 'dueWithinMonths') => (
                <TableCell>
                  {numberField(`followUpRules.${i}.${key}`, '', r[key], (v) => update((d) => void (d.followUpRules[i]![key] = v)), 90,
                    `${translate(`enums.FollowUpSubject.${r.subject}`)} ${t(`followUp.${key}`)}`)}
                </TableCell>
              );
              return (
                <TableRow key={r.subject}>
                  <TableCell>{translate(`enums.FollowUpSubject.${r.subject}`)}</TableCell>
                  {cell('rate')}
                  {cell('opensAfterDays')}
                  {cell('opensAfterMonths')}
                  {cell('dueWithinDays')}
                  {cell('dueWithinMonths')}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Section>

      <Section title="resources.companySettings.sections.repeat" hint="resources.companySettings.hints.repeat">
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          {(['complaintThreshold', 'complaintWindowDays', 'repairThreshold', 'repairWindowDays'] as const).map((key) =>
            <Box key={key}>{numberField(`repeat.${key}`, t(`repeat.${key}`), draft.repeat[key], (v) => update((d) => void (d.repeat[key] = v)), 180)}</Box>,
          )}
        </Stack>
      </Section>

      <Section title="resources.companySettings.sections.hours" hint="resources.companySettings.hints.hours">
        <Table size="small" data-testid="weekly-hours">
          <TableBody>
            {draft.weeklyHours.map((day, i) => (
              <TableRow key={day.weekday}>
                <TableCell sx={{ width: 100 }}>{translate(`enums.Weekday.${day.weekday}`)}</TableCell>
                <TableCell>
                  <WindowsEditor label={translate(`enums.Weekday.${day.weekday}`)} windows={day.windows} onChange={(w) => update((d) => void (d.weeklyHours[i]!.windows = w))} />
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell>{t('makeUpDay')}</TableCell>
              <TableCell>
                <FormControlLabel
                  control={<Checkbox checked={draft.makeUpDayHours === null} onChange={(e) => update((d) => void (d.makeUpDayHours = e.target.checked ? null : structuredClone(d.weeklyHours[0]!.windows)))} />}
                  label={t('makeUpDaySameAsMonday')}
                />
                {draft.makeUpDayHours && <WindowsEditor label={t('makeUpDay')} windows={draft.makeUpDayHours} onChange={(w) => update((d) => void (d.makeUpDayHours = w))} />}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </Section>

      <Section title="resources.companySettings.sections.holidays" hint="resources.companySettings.hints.holidays">
        {draft.holidayYears.map((y, yi) => (
          <Box key={y.year} sx={{ mb: 2 }} data-testid={`holiday-year-${y.year}`}>
            <Stack direction="row" spacing={2} alignItems="center">
              <Typography variant="subtitle1">{translate('resources.companySettings.year', { year: y.year })}</Typography>
              <TextField size="small" label={t('source')} value={y.source} onChange={(e) => update((d) => void (d.holidayYears[yi]!.source = e.target.value))} sx={{ flex: 1 }}
                required error={!!issue(`holidayYears.${y.year}.source`)} helperText={helper(`holidayYears.${y.year}.source`)} />
            </Stack>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('period.nameZh')}</TableCell>
                  <TableCell>{t('period.nameEn')}</TableCell>
                  <TableCell>{t('period.from')}</TableCell>
                  <TableCell>{t('period.to')}</TableCell>
                  <TableCell>{t('period.makeUpWorkdays')}</TableCell>
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {y.periods.map((p, pi) => {
                  const path = `holidayYears.${y.year}.${pi}`;
                  const cell = (key: 'nameZh' | 'nameEn' | 'from' | 'to' | 'makeUpWorkdays', width: number, placeholder?: string) => (
                    <TableCell>
                      <TextField size="small" value={p[key]} placeholder={placeholder} error={!!issue(`${path}.${key}`)} helperText={helper(`${path}.${key}`)} sx={{ width }}
                        onChange={(e) => update((d) => void (d.holidayYears[yi]!.periods[pi]![key] = e.target.value))}
                        slotProps={{ htmlInput: { 'aria-label': `${y.year} ${t(`period.${key}`)} ${pi + 1}` } }} />
                    </TableCell>
                  );
                  return (
                    <TableRow key={pi}>
                      {cell('nameZh', 140)}
                      {cell('nameEn', 160)}
                      {cell('from', 130, 'YYYY-MM-DD')}
                      {cell('to', 130, 'YYYY-MM-DD')}
                      {cell('makeUpWorkdays', 240, 'YYYY-MM-DD, …')}
                      <TableCell>
                        <IconButton size="small" aria-label={t('removePeriod')} onClick={() => update((d) => void d.holidayYears[yi]!.periods.splice(pi, 1))}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
            <Button size="small" startIcon={<AddIcon />}
              onClick={() => update((d) => void d.holidayYears[yi]!.periods.push({ key: '', nameZh: '', nameEn: '', from: `${y.year}-`, to: `${y.year}-`, makeUpWorkdays: '' }))}>
              {t('addPeriod')}
            </Button>
          </Box>
        ))}
        <Button variant="outlined" startIcon={<AddIcon />} onClick={() => update((d) => void d.holidayYears.push(nextHolidayYear(d)))}>
          {t('addYear')}
        </Button>
      </Section>

      <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 3 }}>
        <Button variant="contained" onClick={save} disabled={busy}>
          {translate('ra.action.save')}
        </Button>
        {issues.length > 0 && <Alert severity="error">{t('fixFields')}</Alert>}
        {error && (
          <Alert severity="error" role="alert">
            {translate(error.message, { _: error.message })}
          </Alert>
        )}
      </Stack>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
        {translate('resources.companySettings.seed', { seed: settings.followUpSeed })}
      </Typography>
    </>
  );
};

/** The deadlines, calendar and follow-up rates (the general manager's). */
const CompanySection = () => {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const translate = useTranslate();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    dataProvider.companySettings().then(
      (s) => live && setSettings(s),
      (e: Error) => live && setFailed(e.message),
    );
    return () => {
      live = false;
    };
  }, [dataProvider]);
  return (
    <>
      {failed && <Alert severity="error">{translate(failed, { _: failed })}</Alert>}
      {!settings && !failed && <CircularProgress size={24} />}
      {/* A fresh form after each save: the draft starts again from what the API stored. */}
      {settings && <SettingsForm key={settings.version} settings={settings} onSaved={setSettings} />}
    </>
  );
};

/**
 * 公司设置: deadlines, calendar and follow-up rates (the general manager's), and 考核与品质 — the
 * KPI numbers, which the GM edits and those who review performance read. The API checks every
 * section against the procedures.
 */
const SettingsPage = () => {
  const translate = useTranslate();
  const isGm = useHasPermission('settings.manage');
  const [tab, setTab] = useState<'company' | 'kpi'>('company');
  const shown = isGm ? tab : 'kpi';
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.companySettings.title" />
      <CardContent>
        <Tabs value={shown} onChange={(_, v) => setTab(v)}>
          {isGm && <Tab value="company" label={translate('resources.companySettings.tabs.company')} />}
          <Tab value="kpi" label={translate('resources.companySettings.tabs.kpi')} />
        </Tabs>
        {shown === 'company' ? <CompanySection /> : <KpiSettingsSection canEdit={isGm} />}
      </CardContent>
    </Card>
  );
};

export default SettingsPage;
