import { Alert, Box, Card, CardContent, CircularProgress, Link, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import { Title, useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useLoad } from '../profitability/use-load';
import { dashboardColumns, dashboardRows, formatKpiTarget, formatKpiValue, kpiLabelKey, strictByKpi, type KpiCell } from './kpi-format';
import { kpiTone } from './kpi-status';
import { KpiStatusLegend } from './KpiStatusLegend';
import { Sparkline } from './Sparkline';
import { useMonthParam } from './use-month-param';

const TREND_MONTHS = 12;

const Cell = ({ cell, projectName }: { cell: KpiCell; projectName: string }) => {
  const translate = useTranslate();
  const tone = kpiTone(cell.status);
  const name = translate(kpiLabelKey(cell.kpi));
  const value = formatKpiValue(cell.value, cell.unit);
  return (
    <TableCell
      align="center"
      data-testid="kpi-cell"
      data-kpi={cell.kpi}
      data-status={cell.status}
      title={`${projectName} · ${name}: ${value} (${translate(`enums.KpiStatus.${cell.status}`)})`}
      sx={{ bgcolor: tone.background, color: tone.text, borderLeft: `3px solid ${tone.accent}`, px: 1, py: 0.75, minWidth: 104 }}
    >
      <Typography variant="body2" fontWeight={600} data-testid="kpi-value" sx={{ color: 'inherit' }}>
        {value}
      </Typography>
      <Box sx={{ display: 'flex', justifyContent: 'center', mt: 0.25 }}>
        <Sparkline trend={cell.trend} target={cell.target} label={translate('resources.projectKpis.sparkline', { kpi: name, months: cell.trend.length })} />
      </Box>
    </TableCell>
  );
};

/**
 * 绩效看板 (README §7): every project the viewer reviews × the twelve KPIs of a month, coloured by
 * the API against the company targets, with each KPI's last twelve months; a project opens its own
 * KPI page. The GM sees every project; a project manager, supervisor or quality their own (the API
 * decides which).
 */
const KpiDashboardPage = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [month, setMonth] = useMonthParam();
  const { data, error, loading } = useLoad(`dashboard:${month}`, (dp) => dp.kpiDashboard(month, TREND_MONTHS));
  const settings = useLoad('kpi-settings', (dp) => dp.kpiSettings());
  const strict = strictByKpi(settings.data?.targets ?? []);
  const rows = data ? dashboardRows(data) : [];
  const columns = dashboardColumns(rows);
  const t = (key: string, args?: object) => translate(`resources.projectKpis.${key}`, args);
  const header = (kpi: string) => rows.flatMap((r) => r.cells).find((c) => c.kpi === kpi);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.projectKpis.dashboardTitle" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
          <Typography variant="h5" component="h1">
            {t('dashboardTitle')}
          </Typography>
          <TextField
            type="month" sx={{ width: 180 }}
            size="small"
            label={t('month')}
            value={month}
            onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          {loading && <CircularProgress size={20} />}
          <Box sx={{ flex: 1 }} />
          <KpiStatusLegend />
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && rows.length === 0 && <Alert severity="info">{t('noProjects')}</Alert>}
        {rows.length > 0 && (
          <TableContainer sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
            <Table size="small" data-testid="kpi-dashboard" sx={{ borderCollapse: 'separate', borderSpacing: '2px' }}>
              <TableHead>
                <TableRow>
                  <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1 }}>{t('project')}</TableCell>
                  {columns.map((kpi) => {
                    const sample = header(kpi);
                    const target = sample ? formatKpiTarget({ ...sample, strict: strict.get(kpi) ?? false }) : null;
                    return (
                      <TableCell key={kpi} align="center" sx={{ verticalAlign: 'bottom', minWidth: 104 }} data-testid="kpi-column" data-kpi={kpi}>
                        <Typography variant="caption" fontWeight={600} component="div" sx={{ lineHeight: 1.3 }}>
                          {translate(kpiLabelKey(kpi))}
                        </Typography>
                        <Typography variant="caption" color="text.secondary" component="div">
                          {target ? t('target', { target }) : t('noTarget')}
                        </Typography>
                      </TableCell>
                    );
                  })}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.projectId} data-testid="kpi-row" data-project={row.projectName}>
                    <TableCell sx={{ position: 'sticky', left: 0, bgcolor: 'background.paper', zIndex: 1, whiteSpace: 'nowrap' }}>
                      <Link component={RouterLink} to={`${createPath({ resource: 'projectKpis', id: row.projectId, type: 'show' })}?month=${month}`} fontWeight={600}>
                        {row.projectName}
                      </Link>
                    </TableCell>
                    {columns.map((kpi) => {
                      const cell = row.cells.find((c) => c.kpi === kpi);
                      return cell ? <Cell key={kpi} cell={cell} projectName={row.projectName} /> : <TableCell key={kpi} />;
                    })}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {data && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {t('trendHint', { from: data.months[0] ?? '', to: data.months.at(-1) ?? '' })}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

export default KpiDashboardPage;
