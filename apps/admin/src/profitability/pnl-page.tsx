import { Alert, Box, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { csvFileName } from './csv';
import { itemPnlColumns } from './csv-columns';
import { DrillDownDialog } from './DrillDownDialog';
import { ExportButton } from './ExportButton';
import { MonthField, ProjectSelect, projectName, useViewerProjects } from './filters';
import { lastTwelveMonths, monthsOf, rangeProblem } from './months';
import { PnlTable, type Metric } from './PnlTable';
import { categoriesOf, pivot, type ItemPnl, type PivotRow } from './pivot';
import { StatusLegend } from './StatusChip';
import { TrendDialog, type TrendItem } from './TrendDialog';
import { useLoad } from './use-load';
import { useQueryParams } from '../common/use-query-params';

/**
 * 损益分析: the P&L of each service item by month for a project (or all the viewer's projects),
 * coloured by status; a cell opens the orders and cost lines behind it, an item its 12-month
 * trend. The filters live in the address (?projectId=&from=&to=&category=), so a view can be
 * linked to.
 */
const PnlPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const [params, set] = useQueryParams();
  const defaults = lastTwelveMonths();
  const projectId = params.get('projectId') ?? (projects?.length === 1 ? projects[0]!.id : '');
  const from = params.get('from') ?? defaults.from;
  const to = params.get('to') ?? defaults.to;
  const category = params.get('category') ?? '';

  const [metric, setMetric] = useState<Metric>('marginFen');
  const [cell, setCell] = useState<ItemPnl | null>(null);
  const [trend, setTrend] = useState<TrendItem | null>(null);

  const problem = rangeProblem(from, to);
  const months = monthsOf(from, to);
  // Wait for the viewer's projects: the default project depends on them.
  const loaded = useLoad(`${projectId}|${from}|${to}|${!!problem}|${!!projects}`, (dp) =>
    problem || !projects ? undefined : dp.itemPnl({ projectId: projectId || null, fromMonth: from, toMonth: to }),
  );
  const all = useMemo(() => loaded.data ?? [], [loaded.data]);
  const categories = useMemo(() => categoriesOf(all), [all]);
  const visible = useMemo(() => (category ? all.filter((r) => r.category === category) : all), [all, category]);
  const rows: PivotRow[] = useMemo(() => pivot(visible), [visible]);
  const name = (id: string | null | undefined) => projectName(projects, id);
  const showProject = !projectId && (projects?.length ?? 0) > 1;
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.profitability.${key}`, args);

  return (
    <Card sx={{ mt: 1 }}>
      <Title title="resources.profitability.title" />
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ mb: 2 }}>
          <ProjectSelect value={projectId} onChange={(id) => set('projectId', id)} allowAll />
          <TextField
            select
            fullWidth={false}
            size="small"
            label={t('filters.category')}
            value={categories.includes(category) ? category : ''}
            onChange={(e) => set('category', e.target.value)}
            sx={{ minWidth: 160 }}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">{t('filters.allCategories')}</MenuItem>
            {categories.map((c) => (
              <MenuItem key={c} value={c}>
                {c}
              </MenuItem>
            ))}
          </TextField>
          <MonthField label="resources.profitability.filters.from" value={from} onChange={(m) => set('from', m)} error={!!problem} />
          <MonthField
            label="resources.profitability.filters.to"
            value={to}
            onChange={(m) => set('to', m)}
            error={!!problem}
            helperText={problem ? translate(problem) : undefined}
          />
          <ToggleButtonGroup size="small" exclusive value={metric} onChange={(_e, v: Metric | null) => v && setMetric(v)} aria-label={t('filters.show')}>
            {(['marginFen', 'revenueFen', 'marginBasisPoints'] as const).map((m) => (
              <ToggleButton key={m} value={m}>
                {t(`metric.${m}`)}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
          <Box sx={{ flex: 1 }} />
          <ExportButton
            rows={visible}
            columns={itemPnlColumns(translate, name)}
            fileName={csvFileName(t('fileName'), name(projectId) || t('filters.allProjects'), category, from, to)}
            testId="export-pnl"
          />
        </Stack>
        <Stack spacing={1} sx={{ mb: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {t('hint')}
          </Typography>
          <StatusLegend />
        </Stack>
        {loaded.loading && <CircularProgress size={28} sx={{ m: 2 }} />}
        {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
        {!loaded.loading && !loaded.error && !problem && loaded.data && rows.length === 0 && <Alert severity="info">{t('empty')}</Alert>}
        {!loaded.loading && rows.length > 0 && (
          <PnlTable rows={rows} months={months} metric={metric} showProject={showProject} projectName={name} onCell={setCell} onItem={(r) => setTrend(r)} />
        )}
      </CardContent>
      <DrillDownDialog cell={cell} projectName={name(cell?.projectId)} onClose={() => setCell(null)} />
      <TrendDialog item={trend} toMonth={problem ? defaults.to : to} projectName={name(trend?.projectId)} onClose={() => setTrend(null)} />
    </Card>
  );
};

export default PnlPage;
