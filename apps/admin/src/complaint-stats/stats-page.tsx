import { Alert, Box, Card, CardContent, Chip, CircularProgress, Grid, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import type { ComplaintMonthStatsFieldsFragment, ComplaintTrendQuery } from '@wuye/schema';
import { useEffect, useState, type ReactNode } from 'react';
import { Title, useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { chinaYearMonth, parseMonthInput, toMonthInput } from '../common/china-time';
import type { WuyeDataProvider } from '../dataProvider';
import { BarChart, LineChart } from './charts';
import { TARGET_RATE_BASIS_POINTS, categoryCounts, formatRate, milestoneRate, overallMetRate } from './stats-math';

type Stats = ComplaintMonthStatsFieldsFragment;
type Trend = ComplaintTrendQuery['complaintTrend'];
type Loaded = { total: Stats; projects: Stats[]; trend: Trend };

const MILESTONES = ['on_site', 'first_feedback', 'resolution', 'developer_response'];

/** The month's statistics and the twelve months up to it, loaded again when the month or project changes. */
function useStatistics(period: { year: number; month: number } | undefined, projectId: string) {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const [state, setState] = useState<{ data?: Loaded; error?: string; loading: boolean }>({ loading: true });
  useEffect(() => {
    if (!period) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    Promise.all([
      dataProvider.complaintStatistics(period.year, period.month, projectId || null),
      dataProvider.complaintTrend(period.year, period.month, 12, projectId || null),
    ]).then(
      ([stats, trend]) => live && setState({ data: { ...stats, trend }, loading: false }),
      (e: Error) => live && setState({ error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [dataProvider, period?.year, period?.month, projectId]); // eslint-disable-line react-hooks/exhaustive-deps
  return state;
}

const Figure = ({ label, value, hint, caption, testId }: { label: string; value: ReactNode; hint?: ReactNode; caption?: string; testId?: string }) => (
  <Grid size={{ xs: 6, sm: 4, md: 2 }}>
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="caption" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h5" data-testid={testId}>
          {value}
        </Typography>
        {hint}
        {caption && (
          <Typography variant="caption" component="div" color="text.secondary">
            {caption}
          </Typography>
        )}
      </CardContent>
    </Card>
  </Grid>
);

const CountTable = ({ title, rows, label, testId }: { title: string; rows: Array<{ key: string; count: number }>; label: (key: string) => string; testId: string }) => {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="subtitle1" gutterBottom>
        {title}
      </Typography>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.complaintStats.noData')}
        </Typography>
      ) : (
        <Table size="small">
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell>{label(r.key)}</TableCell>
                <TableCell align="right">{r.count}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};

const StatsBody = ({ data }: { data: Loaded }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: identity } = useGetIdentity();
  const projects = (identity as Identity | undefined)?.viewer.projects ?? [];
  const t = (key: string, args?: object) => translate(`resources.complaintStats.${key}`, args);
  const s = data.total;
  const monthName = (m: { year: number; month: number }) =>
    new Intl.DateTimeFormat(locale === 'en' ? 'en' : 'zh-CN', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(m.year, m.month - 1, 1)));
  const projectName = (id: string | null | undefined) => projects.find((p) => p.id === id)?.name ?? '';
  const percent = (bp: number) => formatRate(Math.round(bp)).replace('.00%', '%');
  const targetLabel = t('targetLine', { rate: percent(TARGET_RATE_BASIS_POINTS) });
  return (
    <>
      <Grid container spacing={2}>
        <Figure label={t('complaints')} value={s.complaints} testId="stat-complaints" />
        <Figure label={t('valid')} value={s.valid} hint={<Typography variant="caption">{t('validRate', { rate: formatRate(s.validRateBasisPoints) })}</Typography>} />
        <Figure label={t('households')} value={s.households} />
        <Figure
          label={t('rate')}
          value={formatRate(s.ratePer100HouseholdsBasisPoints)}
          testId="stat-rate"
          hint={
            <Chip
              size="small"
              sx={{ mt: 0.5 }}
              color={s.withinTarget ? 'success' : 'error'}
              label={s.withinTarget ? t('withinTarget') : t('aboveTarget')}
              data-testid="target-status"
            />
          }
          caption={t('targetHint', { target: percent(TARGET_RATE_BASIS_POINTS) })}
        />
        <Figure label={t('suggestions')} value={s.suggestions} hint={<Typography variant="caption">{t('adopted', { count: s.suggestionsAdopted })}</Typography>} />
        <Figure label={t('repeats')} value={s.repeats} />
      </Grid>

      <Grid container spacing={4} sx={{ mt: 2 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <BarChart
            title={t('byCategory')}
            testId="category-chart"
            integer
            data={categoryCounts(s.byCategory).map((c) => ({ label: translate(`enums.ComplaintCategoryShort.${c.key}`), value: c.count }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <BarChart
            title={t('rateByProject')}
            testId="rate-chart"
            format={percent}
            target={{ value: TARGET_RATE_BASIS_POINTS, label: targetLabel }}
            data={(data.projects.length ? data.projects : [s]).map((p) => ({ label: projectName(p.projectId) || t('allProjects'), value: p.ratePer100HouseholdsBasisPoints }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <LineChart
            title={t('slaTrend')}
            testId="sla-trend"
            max={10_000}
            format={percent}
            data={data.trend.map((m) => ({ label: monthName(m), value: overallMetRate(m.milestones) }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <LineChart
            title={t('rateTrend')}
            testId="rate-trend"
            format={percent}
            target={{ value: TARGET_RATE_BASIS_POINTS, label: targetLabel }}
            data={data.trend.map((m) => ({ label: monthName(m), value: m.ratePer100HouseholdsBasisPoints }))}
          />
        </Grid>
      </Grid>

      <Grid container spacing={4} sx={{ mt: 2 }}>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title={t('byDepartment')} testId="by-department" rows={s.byDepartment} label={(k) => translate(`enums.Department.${k.toUpperCase()}`, { _: k })} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title={t('bySeverity')} testId="by-severity" rows={s.bySeverity} label={(k) => translate(`enums.ComplaintSeverity.${k.toUpperCase()}`, { _: k })} />
        </Grid>
        <Grid size={{ xs: 12, md: 4 }}>
          <CountTable title={t('byCause')} testId="by-cause" rows={s.byCause} label={(k) => k} />
        </Grid>
      </Grid>

      <Grid container spacing={4} sx={{ mt: 2 }}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('milestones')}
          </Typography>
          <Table size="small" data-testid="milestones">
            <TableHead>
              <TableRow>
                <TableCell>{t('milestone')}</TableCell>
                <TableCell align="right">{t('decided')}</TableCell>
                <TableCell align="right">{t('met')}</TableCell>
                <TableCell align="right">{t('metRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {MILESTONES.map((milestone) => {
                const m = s.milestones.find((x) => x.milestone === milestone);
                return (
                  <TableRow key={milestone}>
                    <TableCell>{translate(`enums.ComplaintMilestone.${milestone}`)}</TableCell>
                    <TableCell align="right">{m?.decided ?? 0}</TableCell>
                    <TableCell align="right">{m?.met ?? 0}</TableCell>
                    <TableCell align="right">{formatRate(milestoneRate(s.milestones, milestone))}</TableCell>
                  </TableRow>
                );
              })}
              <TableRow>
                <TableCell>
                  <strong>{t('allMilestones')}</strong>
                </TableCell>
                <TableCell align="right">{s.milestones.reduce((n, m) => n + m.decided, 0)}</TableCell>
                <TableCell align="right">{s.milestones.reduce((n, m) => n + m.met, 0)}</TableCell>
                <TableCell align="right">
                  <strong>{formatRate(overallMetRate(s.milestones))}</strong>
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('followUps')}
          </Typography>
          <Table size="small" data-testid="follow-up-stats">
            <TableBody>
              <TableRow>
                <TableCell>{t('followUpCandidates')}</TableCell>
                <TableCell align="right">{s.followUpCandidates}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpSampleRate')}</TableCell>
                <TableCell align="right">{formatRate(s.followUpSampleRateBasisPoints)}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpsDue')}</TableCell>
                <TableCell align="right">{s.followUpsDue}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpsSampled')}</TableCell>
                <TableCell align="right">{s.followUpsSampled}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpsDone')}</TableCell>
                <TableCell align="right">{s.followUpsDone}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpCompletion')}</TableCell>
                <TableCell align="right">{formatRate(s.followUpCompletionBasisPoints)}</TableCell>
              </TableRow>
              <TableRow>
                <TableCell>{t('followUpSatisfaction')}</TableCell>
                <TableCell align="right">{formatRate(s.followUpSatisfactionBasisPoints)}</TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </Grid>
      </Grid>

      {data.projects.length > 1 && (
        <Box sx={{ mt: 3 }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('perProject')}
          </Typography>
          <Table size="small" data-testid="per-project">
            <TableHead>
              <TableRow>
                <TableCell>{t('project')}</TableCell>
                <TableCell align="right">{t('complaints')}</TableCell>
                <TableCell align="right">{t('valid')}</TableCell>
                <TableCell align="right">{t('households')}</TableCell>
                <TableCell align="right">{t('rate')}</TableCell>
                <TableCell align="right">{t('metRate')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.projects.map((p) => (
                <TableRow key={p.projectId ?? 'all'}>
                  <TableCell>{projectName(p.projectId)}</TableCell>
                  <TableCell align="right">{p.complaints}</TableCell>
                  <TableCell align="right">{p.valid}</TableCell>
                  <TableCell align="right">{p.households}</TableCell>
                  <TableCell align="right">
                    <Typography component="span" variant="body2" color={p.withinTarget ? 'success.main' : 'error.main'}>
                      {formatRate(p.ratePer100HouseholdsBasisPoints)}
                    </Typography>
                  </TableCell>
                  <TableCell align="right">{formatRate(overallMetRate(p.milestones))}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </>
  );
};

/** 投诉情况月度汇总 (README §4): by category, department and cause; the rate against the 1 % target; deadlines met; follow-ups. */
const StatsPage = () => {
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const projects = (identity as Identity | undefined)?.viewer.projects ?? [];
  const [monthText, setMonthText] = useState(() => toMonthInput(chinaYearMonth(new Date())));
  const [projectId, setProjectId] = useState('');
  const period = parseMonthInput(monthText);
  const { data, error, loading } = useStatistics(period, projectId);
  const t = (key: string) => translate(`resources.complaintStats.${key}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.complaintStats.title" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }} useFlexGap flexWrap="wrap">
          <TextField type="month" label={t('month')} value={monthText} onChange={(e) => setMonthText(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} size="small" />
          <TextField select label={t('project')} value={projectId} onChange={(e) => setProjectId(e.target.value)} size="small" sx={{ minWidth: 200 }}>
            <MenuItem value="">{t('allProjects')}</MenuItem>
            {projects.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          {loading && <CircularProgress size={20} />}
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && <StatsBody data={data} />}
      </CardContent>
    </Card>
  );
};

export default StatsPage;
