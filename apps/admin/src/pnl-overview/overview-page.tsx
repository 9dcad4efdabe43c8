import { Alert, Box, Card, CardContent, CircularProgress, Grid, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import type { PnlTotalFieldsFragment } from '@wuye/schema';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatFen } from '../common/money';
import { useHasPermission } from '../common/use-has-permission';
import { useQueryParams } from '../common/use-query-params';
import { csvFileName } from '../profitability/csv';
import { itemPnlColumns, totalColumns } from '../profitability/csv-columns';
import { ExportButton } from '../profitability/ExportButton';
import { MonthField, projectName, useViewerProjects } from '../profitability/filters';
import { formatRate } from '../profitability/format';
import { MoneyChart } from '../profitability/MoneyChart';
import { lastTwelveMonths, monthsOf, rangeProblem, shortMonth } from '../profitability/months';
import { statusTone } from '../profitability/status';
import { StatusChip, StatusLegend } from '../profitability/StatusChip';
import { useLoad } from '../profitability/use-load';
import { PendingDecisions } from './PendingDecisions';

const Figure = ({ label, value, testId, negative }: { label: string; value: ReactNode; testId: string; negative?: boolean }) => (
  <Grid size={{ xs: 6, sm: 4, md: 2 }}>
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="caption" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h6" data-testid={testId} sx={{ color: negative ? 'error.main' : undefined, whiteSpace: 'nowrap' }}>
          {value}
        </Typography>
      </CardContent>
    </Card>
  </Grid>
);

const Section = ({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) => (
  <Box sx={{ mt: 4 }}>
    <Stack direction="row" alignItems="center" justifyContent="space-between" sx={{ mb: 1 }}>
      <Typography variant="h6">{title}</Typography>
      {action}
    </Stack>
    {children}
  </Box>
);

/** A link to 损益分析 for a project and range. */
const pnlLink = (projectId: string | null | undefined, from: string, to: string) =>
  `/profitability?${new URLSearchParams({ projectId: projectId ?? '', from, to }).toString()}`;

/**
 * 损益总览 (general manager): revenue, cost and margin per project and month across the company,
 * the biggest loss-makers, and the discontinuations waiting for approval.
 */
const OverviewPage = () => {
  const translate = useTranslate();
  const theme = useTheme();
  const projects = useViewerProjects();
  const canApprove = useHasPermission('profitability.approve');
  const [params, set] = useQueryParams();
  const defaults = lastTwelveMonths();
  const from = params.get('from') ?? defaults.from;
  const to = params.get('to') ?? defaults.to;
  const problem = rangeProblem(from, to);
  const months = monthsOf(from, to);
  const loaded = useLoad(`${from}|${to}|${!!problem}`, (dp) => (problem ? undefined : dp.pnlOverview({ fromMonth: from, toMonth: to })));
  const data = loaded.data;
  const name = (id: string | null | undefined) => projectName(projects, id);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.pnlOverview.${key}`, args);
  const col = (f: string) => translate(`resources.profitability.columns.${f}`);
  const byMonth = new Map((data?.byMonth ?? []).map((m) => [m.month, m]));
  const cellOf = new Map((data?.byProjectMonth ?? []).map((c) => [`${c.projectId}|${c.month}`, c]));
  const monthValues = (pick: (m: PnlTotalFieldsFragment) => number) => months.map((m) => (byMonth.has(m) ? pick(byMonth.get(m)!) : null));

  return (
    <Card sx={{ mt: 1 }}>
      <Title title="resources.pnlOverview.title" />
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ mb: 2 }}>
          <MonthField label="resources.profitability.filters.from" value={from} onChange={(m) => set('from', m)} error={!!problem} />
          <MonthField label="resources.profitability.filters.to" value={to} onChange={(m) => set('to', m)} error={!!problem} helperText={problem ? translate(problem) : undefined} />
          <Box sx={{ flex: 1 }} />
          <StatusLegend />
        </Stack>
        {loaded.loading && <CircularProgress size={28} sx={{ m: 2 }} />}
        {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
        {data && !loaded.loading && (
          <>
            <Grid container spacing={2}>
              <Figure label={col('revenueFen')} value={formatFen(data.total.revenueFen)} testId="total-revenue" />
              <Figure label={col('costFen')} value={formatFen(data.total.costFen)} testId="total-cost" />
              <Figure label={col('marginFen')} value={formatFen(data.total.marginFen)} testId="total-margin" negative={data.total.marginFen < 0} />
              <Figure label={col('marginBasisPoints')} value={formatRate(data.total.marginBasisPoints)} testId="total-rate" />
              <Figure label={col('paidMarginFen')} value={formatFen(data.total.paidMarginFen)} testId="total-paid-margin" negative={data.total.paidMarginFen < 0} />
              <Figure label={col('goodwillCostFen')} value={formatFen(data.total.goodwillCostFen)} testId="total-goodwill" />
            </Grid>

            <Section title={t('chart')}>
              <MoneyChart
                title={t('chartTitle', { from, to })}
                testId="overview-chart"
                width={820}
                labels={months.map(shortMonth)}
                bars={[
                  { key: 'revenue', label: col('revenueFen'), color: theme.palette.info.light, values: monthValues((m) => m.revenueFen) },
                  { key: 'cost', label: col('costFen'), color: theme.palette.grey[400], values: monthValues((m) => m.costFen) },
                ]}
                lines={[{ key: 'margin', label: col('marginFen'), color: theme.palette.success.main, values: monthValues((m) => m.marginFen) }]}
              />
            </Section>

            <Section
              title={t('byProject')}
              action={<ExportButton rows={data.byProject} columns={totalColumns(translate, name, { withMonth: false })} fileName={csvFileName(t('byProjectFile'), from, to)} testId="export-by-project" />}
            >
              <Table size="small" data-testid="by-project">
                <TableHead>
                  <TableRow>
                    {['project', 'orders', 'revenueFen', 'costFen', 'marginFen', 'marginBasisPoints', 'paidMarginFen', 'goodwillCostFen', 'status'].map((f) => (
                      <TableCell key={f} align={f === 'project' || f === 'status' ? 'left' : 'right'}>
                        {col(f)}
                      </TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.byProject.map((p) => (
                    <TableRow key={p.projectId}>
                      <TableCell>
                        <Link component={RouterLink} to={pnlLink(p.projectId, from, to)}>
                          {name(p.projectId)}
                        </Link>
                      </TableCell>
                      <TableCell align="right">{p.orders}</TableCell>
                      <TableCell align="right">{formatFen(p.revenueFen)}</TableCell>
                      <TableCell align="right">{formatFen(p.costFen)}</TableCell>
                      <TableCell align="right" sx={{ fontWeight: 600, color: p.marginFen < 0 ? 'error.main' : undefined }}>
                        {formatFen(p.marginFen)}
                      </TableCell>
                      <TableCell align="right">{formatRate(p.marginBasisPoints)}</TableCell>
                      <TableCell align="right">{formatFen(p.paidMarginFen)}</TableCell>
                      <TableCell align="right">{formatFen(p.goodwillCostFen)}</TableCell>
                      <TableCell>
                        <StatusChip status={p.status} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </Section>

            <Section
              title={t('byProjectMonth')}
              action={
                <ExportButton rows={data.byProjectMonth} columns={totalColumns(translate, name)} fileName={csvFileName(t('byProjectMonthFile'), from, to)} testId="export-by-project-month" />
              }
            >
              <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
                <Table size="small" data-testid="by-project-month">
                  <TableHead>
                    <TableRow>
                      <TableCell>{col('project')}</TableCell>
                      {months.map((m) => (
                        <TableCell key={m} align="right" title={m}>
                          {shortMonth(m)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.byProject.map((p) => (
                      <TableRow key={p.projectId}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{name(p.projectId)}</TableCell>
                        {months.map((m) => {
                          const c = cellOf.get(`${p.projectId}|${m}`);
                          if (!c) return <TableCell key={m} align="right" sx={{ color: 'text.disabled' }}>—</TableCell>;
                          const tone = statusTone(c.status);
                          return (
                            <TableCell
                              key={m}
                              align="right"
                              data-testid="overview-cell"
                              data-status={c.status}
                              title={t('cellTitle', { revenue: formatFen(c.revenueFen), cost: formatFen(c.costFen), margin: formatFen(c.marginFen), status: translate(`enums.PnlStatus.${c.status}`) })}
                              sx={{ bgcolor: tone.background, color: tone.text, whiteSpace: 'nowrap', borderLeft: `3px solid ${tone.accent}` }}
                            >
                              <Link component={RouterLink} to={pnlLink(p.projectId, m, m)} color="inherit" underline="hover">
                                {formatFen(c.marginFen)}
                              </Link>
                            </TableCell>
                          );
                        })}
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </Box>
            </Section>

            <Section
              title={t('worstItems')}
              action={<ExportButton rows={data.worstItems} columns={itemPnlColumns(translate, name)} fileName={csvFileName(t('worstFile'), from, to)} testId="export-worst" />}
            >
              {data.worstItems.length === 0 ? (
                <Typography variant="body2" color="text.secondary">
                  {t('worstEmpty')}
                </Typography>
              ) : (
                <Table size="small" data-testid="worst-items">
                  <TableHead>
                    <TableRow>
                      {['project', 'category', 'itemName', 'orders', 'revenueFen', 'costFen', 'marginFen', 'marginBasisPoints', 'status'].map((f) => (
                        <TableCell key={f} align={['orders', 'revenueFen', 'costFen', 'marginFen', 'marginBasisPoints'].includes(f) ? 'right' : 'left'}>
                          {col(f)}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.worstItems.map((w) => (
                      <TableRow key={`${w.projectId}:${w.itemId}`}>
                        <TableCell>{name(w.projectId)}</TableCell>
                        <TableCell>{w.category}</TableCell>
                        <TableCell>
                          <Link component={RouterLink} to={`${pnlLink(w.projectId, from, to)}&category=${encodeURIComponent(w.category)}`}>
                            {w.itemName}
                          </Link>
                        </TableCell>
                        <TableCell align="right">{w.orders}</TableCell>
                        <TableCell align="right">{formatFen(w.revenueFen)}</TableCell>
                        <TableCell align="right">{formatFen(w.costFen)}</TableCell>
                        <TableCell align="right" sx={{ color: 'error.main', fontWeight: 600 }}>
                          {formatFen(w.marginFen)}
                        </TableCell>
                        <TableCell align="right">{formatRate(w.marginBasisPoints)}</TableCell>
                        <TableCell>
                          <StatusChip status={w.status} />
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Section>
          </>
        )}
        {canApprove && (
          <Box sx={{ mt: 4 }}>
            <PendingDecisions />
          </Box>
        )}
      </CardContent>
    </Card>
  );
};

export default OverviewPage;
