import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Grid, Stack, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import { Title, useGetIdentity, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { Identity } from '../authProvider';
import { useLoad } from '../profitability/use-load';
import { dashboardRows, formatKpiTarget, formatKpiValue, kpiLabelKey, KPI_ORDER, strictByKpi } from './kpi-format';
import { kpiTone } from './kpi-status';
import { KpiStatusLegend } from './KpiStatusLegend';
import { TrendChart } from './TrendChart';
import { useMonthParam } from './use-month-param';

const TREND_MONTHS = 12;

/**
 * One project's KPIs of a month (项目绩效): the value against the company target, its colour, the
 * amber band and twelve months of trend. Figures and colours are the API's (projectKpis for the
 * month, kpiDashboard's series for the trend).
 */
const ProjectKpisPage = () => {
  const { id: projectId = '' } = useParams();
  const translate = useTranslate();
  const [month, setMonth] = useMonthParam();
  const { data: identity } = useGetIdentity();
  const t = (key: string, args?: object) => translate(`resources.projectKpis.${key}`, args);
  const { data, error, loading } = useLoad(`project-kpis:${projectId}:${month}`, (dp) =>
    Promise.all([dp.projectKpis(projectId, month), dp.kpiDashboard(month, TREND_MONTHS), dp.kpiSettings()]).then(([kpis, dashboard, settings]) => ({
      kpis,
      row: dashboardRows(dashboard).find((r) => r.projectId === projectId),
      strict: strictByKpi(settings.targets),
    })),
  );
  const projectName = data?.row?.projectName ?? (identity as Identity | undefined)?.viewer.projects.find((p) => p.id === projectId)?.name ?? '';
  const kpis = data ? [...data.kpis].sort((a, b) => KPI_ORDER.indexOf(a.kpi) - KPI_ORDER.indexOf(b.kpi)) : [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={t('projectTitle', { project: projectName })} />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
          <Button component={RouterLink} to={`/?month=${month}`} startIcon={<ArrowBackIcon />} size="small">
            {t('backToDashboard')}
          </Button>
          <Typography variant="h5" component="h1" data-testid="project-kpis-title">
            {t('projectTitle', { project: projectName })}
          </Typography>
          <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          {loading && <CircularProgress size={20} />}
          <Box sx={{ flex: 1 }} />
          <KpiStatusLegend />
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        <Grid container spacing={2} data-testid="project-kpis">
          {kpis.map((k) => {
            const tone = kpiTone(k.status);
            const target = formatKpiTarget({ ...k, strict: data?.strict.get(k.kpi) ?? false });
            const trend = data?.row?.cells.find((c) => c.kpi === k.kpi)?.trend ?? [];
            const name = translate(kpiLabelKey(k.kpi));
            return (
              <Grid key={k.kpi} size={{ xs: 12, sm: 6, lg: 4 }}>
                <Card variant="outlined" sx={{ height: '100%', borderLeft: `4px solid ${tone.accent}` }} data-testid="project-kpi" data-kpi={k.kpi} data-status={k.status}>
                  <CardContent>
                    <Stack direction="row" spacing={1} alignItems="baseline" justifyContent="space-between">
                      <Typography variant="subtitle2" component="h2">
                        {name}
                      </Typography>
                      <Chip size="small" label={translate(`enums.KpiStatus.${k.status}`)} sx={{ bgcolor: tone.background, color: tone.text, border: `1px solid ${tone.accent}` }} />
                    </Stack>
                    <Typography variant="h4" sx={{ color: tone.text, my: 0.5 }} data-testid="project-kpi-value">
                      {formatKpiValue(k.value, k.unit)}
                    </Typography>
                    <Typography variant="caption" color="text.secondary" component="div">
                      {target ? t('targetWithBand', { target, band: formatKpiValue(k.amberBand, k.unit) }) : t('noTarget')}
                    </Typography>
                    <Box sx={{ mt: 1 }}>
                      <TrendChart trend={trend} target={k.target} unit={k.unit} title={name} targetLabel={target ? t('target', { target }) : ''} />
                    </Box>
                  </CardContent>
                </Card>
              </Grid>
            );
          })}
        </Grid>
      </CardContent>
    </Card>
  );
};

export default ProjectKpisPage;
