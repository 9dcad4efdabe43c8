import { Alert, Box, Button, Card, CardContent, CircularProgress, LinearProgress, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { LossDecisionFieldsFragment, PnlReviewQuery } from '@wuye/schema';
import { useMemo, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';
import { formatFen } from '../common/money';
import { useHasPermission } from '../common/use-has-permission';
import { useQueryParams } from '../common/use-query-params';
import { csvFileName } from '../profitability/csv';
import { DrillDownDialog } from '../profitability/DrillDownDialog';
import { ExportButton } from '../profitability/ExportButton';
import { MonthField, ProjectSelect, projectName, useViewerProjects } from '../profitability/filters';
import { formatRate } from '../profitability/format';
import { previousMonth } from '../profitability/months';
import type { ItemPnl } from '../profitability/pivot';
import { statusTone } from '../profitability/status';
import { StatusChip } from '../profitability/StatusChip';
import { TrendDialog, type TrendItem } from '../profitability/TrendDialog';
import { useLoad } from '../profitability/use-load';
import { DecisionDialog } from './DecisionDialog';
import { DecisionStateChip, DecisionSummary, DraftPriceListLink } from './DecisionSummary';

type Review = PnlReviewQuery['pnlReview'][number];

const isMonth = (m: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m);

/** 服务量进度: this month's orders against a grow-volume target. */
const VolumeProgress = ({ progress }: { progress: NonNullable<Review['volumeProgress']> }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ minWidth: 110 }} data-testid="volume-progress">
      <Typography variant="caption">{translate('resources.lossDecisions.progress', { orders: progress.orders, target: progress.targetOrdersPerMonth })}</Typography>
      <LinearProgress variant="determinate" value={Math.min(100, progress.basisPoints / 100)} color={progress.met ? 'success' : 'warning'} sx={{ height: 6, borderRadius: 1 }} />
    </Box>
  );
};

/** 处理记录: every decision of the project, newest first. */
const History = ({ projectId, round, project }: { projectId: string; round: number; project: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string) => translate(`resources.lossDecisions.historyColumns.${key}`);
  const loaded = useLoad(`${projectId}|${round}`, (dp) =>
    projectId ? Promise.all([dp.lossDecisions({ projectId }), dp.catalogItemNames()]).then(([page, names]) => ({ page, names })) : undefined,
  );
  const items = loaded.data?.page.items ?? [];
  const name = (d: LossDecisionFieldsFragment) => loaded.data?.names.get(d.catalogItemId)?.name ?? '';
  const when = (at: string | null | undefined) => (at ? formatChinaTime(at, locale) : '');
  return (
    <Box sx={{ mt: 4 }}>
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h6">{translate('resources.lossDecisions.history')}</Typography>
        <ExportButton
          rows={items}
          fileName={csvFileName(translate('resources.lossDecisions.historyFile'), project)}
          testId="export-history"
          columns={[
            { header: t('month'), value: (d) => d.month },
            { header: t('itemName'), value: name },
            { header: t('kind'), value: (d) => translate(`enums.LossDecisionKind.${d.kind}`) },
            { header: t('state'), value: (d) => translate(`enums.LossDecisionState.${d.state}`) },
            { header: t('reason'), value: (d) => d.reason },
            { header: t('targetOrdersPerMonth'), value: (d) => d.targetOrdersPerMonth, kind: 'number' },
            { header: t('reviewOn'), value: (d) => d.reviewOn },
            { header: t('createdAt'), value: (d) => when(d.createdAt) },
            { header: t('decidedAt'), value: (d) => when(d.decidedAt) },
            { header: t('decisionNote'), value: (d) => d.decisionNote },
          ]}
        />
      </Stack>
      {loaded.loading && <CircularProgress size={24} />}
      {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
      {!loaded.loading && items.length === 0 && !loaded.error && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.lossDecisions.historyEmpty')}
        </Typography>
      )}
      {items.length > 0 && (
        <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
          <Table size="small" data-testid="decision-history">
            <TableHead>
              <TableRow>
                {['month', 'itemName', 'kind', 'state', 'reason', 'details', 'createdAt', 'decidedAt'].map((k) => (
                  <TableCell key={k}>{t(k)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {items.map((d) => (
                <TableRow key={d.id}>
                  <TableCell>{d.month}</TableCell>
                  <TableCell>{name(d)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.LossDecisionKind.${d.kind}`)}</TableCell>
                  <TableCell>
                    <DecisionStateChip state={d.state} />
                  </TableCell>
                  <TableCell sx={{ maxWidth: 320 }}>{d.reason}</TableCell>
                  <TableCell>
                    {d.kind === 'GROW_VOLUME' && translate('resources.lossDecisions.targetAndReview', { target: d.targetOrdersPerMonth ?? '', date: d.reviewOn ?? '' })}
                    {d.kind === 'RAISE_PRICE' && d.priceListId && <DraftPriceListLink priceListId={d.priceListId} label="resources.lossDecisions.priceList" />}
                    {d.decisionNote && (
                      <Typography variant="caption" display="block">
                        {translate('resources.lossDecisions.decisionNote', { note: d.decisionNote })}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(d.createdAt)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(d.decidedAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};

/**
 * 亏损处理: the project manager's review list — the loss and thin items of a month, worst first,
 * with how long each has been losing, what was last decided and how a grow-volume target is
 * going — and the decision on each.
 */
const ReviewPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const canDecide = useHasPermission('profitability.decide');
  const [params, set] = useQueryParams();
  const projectId = params.get('projectId') ?? projects?.[0]?.id ?? '';
  const month = params.get('month') ?? previousMonth();
  const [round, setRound] = useState(0);
  const [deciding, setDeciding] = useState<ItemPnl | null>(null);
  const [cell, setCell] = useState<ItemPnl | null>(null);
  const [trend, setTrend] = useState<TrendItem | null>(null);
  const [recorded, setRecorded] = useState<LossDecisionFieldsFragment | null>(null);
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.lossDecisions.${key}`, args);
  const col = (f: string) => translate(`resources.profitability.columns.${f}`);

  const loaded = useLoad(`${projectId}|${month}|${round}`, (dp) => (projectId && isMonth(month) ? dp.pnlReview(projectId, month) : undefined));
  const items = useMemo(() => loaded.data ?? [], [loaded.data]);
  const project = projectName(projects, projectId);

  return (
    <Card sx={{ mt: 1 }}>
      <Title title="resources.lossDecisions.title" />
      <CardContent>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ mb: 2 }}>
          <ProjectSelect value={projectId} onChange={(id) => set('projectId', id)} />
          <MonthField label="resources.lossDecisions.month" value={month} onChange={(m) => set('month', m)} error={!isMonth(month)} />
          <Box sx={{ flex: 1 }} />
          <ExportButton
            rows={items}
            fileName={csvFileName(t('fileName'), project, month)}
            testId="export-review"
            columns={[
              { header: col('category'), value: (r) => r.pnl.category },
              { header: col('itemName'), value: (r) => r.pnl.itemName },
              { header: col('status'), value: (r) => translate(`enums.PnlStatus.${r.pnl.status}`) },
              { header: col('orders'), value: (r) => r.pnl.orders, kind: 'number' },
              { header: col('revenueFen'), value: (r) => r.pnl.revenueFen, kind: 'fen' },
              { header: col('costFen'), value: (r) => r.pnl.costFen, kind: 'fen' },
              { header: col('marginFen'), value: (r) => r.pnl.marginFen, kind: 'fen' },
              { header: col('marginBasisPoints'), value: (r) => (r.pnl.marginBasisPoints == null ? '' : formatRate(r.pnl.marginBasisPoints)), kind: 'number' },
              { header: col('costPerOrderFen'), value: (r) => r.pnl.costPerOrderFen, kind: 'fen' },
              { header: t('columns.lossStreak'), value: (r) => r.lossStreak, kind: 'number' },
              { header: t('columns.latestDecision'), value: (r) => (r.latestDecision ? `${translate(`enums.LossDecisionKind.${r.latestDecision.kind}`)} ${translate(`enums.LossDecisionState.${r.latestDecision.state}`)}` : '') },
              { header: t('columns.volumeProgress'), value: (r) => (r.volumeProgress ? `${r.volumeProgress.orders}/${r.volumeProgress.targetOrdersPerMonth}` : '') },
            ]}
          />
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('hint')}
        </Typography>
        {recorded && (
          <Alert severity="success" onClose={() => setRecorded(null)} sx={{ mb: 2 }} data-testid="decision-recorded">
            <span>{t('recorded', { kind: translate(`enums.LossDecisionKind.${recorded.kind}`) })}</span>
            {recorded.kind === 'RAISE_PRICE' && recorded.priceListId && (
              <>
                <span> {t('priceRaised')} </span>
                <DraftPriceListLink priceListId={recorded.priceListId} />
              </>
            )}
            {recorded.kind === 'DISCONTINUE' && <span> {t('awaitingGm')}</span>}
          </Alert>
        )}
        {loaded.loading && <CircularProgress size={28} sx={{ m: 2 }} />}
        {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
        {!loaded.loading && !loaded.error && loaded.data && items.length === 0 && <Alert severity="success">{t('empty')}</Alert>}
        {items.length > 0 && !loaded.loading && (
          <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
            <Table size="small" data-testid="review-table">
              <TableHead>
                <TableRow>
                  <TableCell>{col('itemName')}</TableCell>
                  <TableCell>{col('status')}</TableCell>
                  <TableCell align="right">{col('orders')}</TableCell>
                  <TableCell align="right">{col('revenueFen')}</TableCell>
                  <TableCell align="right">{col('costFen')}</TableCell>
                  <TableCell align="right">{col('marginFen')}</TableCell>
                  <TableCell align="right">{col('marginBasisPoints')}</TableCell>
                  <TableCell align="right">{t('columns.lossStreak')}</TableCell>
                  <TableCell>{t('columns.latestDecision')}</TableCell>
                  <TableCell>{t('columns.volumeProgress')}</TableCell>
                  {canDecide && <TableCell />}
                </TableRow>
              </TableHead>
              <TableBody>
                {items.map((r) => {
                  const tone = statusTone(r.pnl.status);
                  return (
                    <TableRow key={r.pnl.itemId} data-testid="review-row" data-item={r.pnl.itemName} sx={{ '& > td:first-of-type': { borderLeft: `4px solid ${tone.accent}` } }}>
                      <TableCell>
                        <Link component="button" variant="body2" onClick={() => setTrend(r.pnl)} sx={{ textAlign: 'left' }}>
                          {r.pnl.itemName}
                        </Link>
                        <Typography variant="caption" color="text.secondary" display="block">
                          {r.pnl.category}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <StatusChip status={r.pnl.status} />
                      </TableCell>
                      <TableCell align="right">{r.pnl.orders}</TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {formatFen(r.pnl.revenueFen)}
                      </TableCell>
                      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                        {formatFen(r.pnl.costFen)}
                      </TableCell>
                      <TableCell
                        align="right"
                        sx={{ whiteSpace: 'nowrap', bgcolor: tone.background, color: tone.text, cursor: 'pointer', fontWeight: 600 }}
                        onClick={() => setCell(r.pnl)}
                        title={t('openOrders')}
                      >
                        {formatFen(r.pnl.marginFen)}
                      </TableCell>
                      <TableCell align="right">{formatRate(r.pnl.marginBasisPoints)}</TableCell>
                      <TableCell align="right" sx={{ color: r.lossStreak >= 3 ? 'error.main' : undefined, fontWeight: r.lossStreak >= 3 ? 600 : undefined }}>
                        {r.lossStreak > 0 ? t('streak', { smart_count: r.lossStreak }) : '—'}
                      </TableCell>
                      <TableCell>{r.latestDecision ? <DecisionSummary decision={r.latestDecision} /> : <Typography variant="body2" color="text.secondary">{t('noDecision')}</Typography>}</TableCell>
                      <TableCell>{r.volumeProgress ? <VolumeProgress progress={r.volumeProgress} /> : '—'}</TableCell>
                      {canDecide && (
                        <TableCell>
                          <Button size="small" variant="outlined" onClick={() => setDeciding(r.pnl)} aria-label={t('decideAria', { item: r.pnl.itemName })}>
                            {t('decide')}
                          </Button>
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </Box>
        )}
        {projectId && <History projectId={projectId} round={round} project={project} />}
      </CardContent>
      <DecisionDialog
        pnl={deciding}
        onClose={() => setDeciding(null)}
        onRecorded={(d) => {
          setRecorded(d);
          setRound((n) => n + 1);
        }}
      />
      <DrillDownDialog cell={cell} projectName={project} onClose={() => setCell(null)} />
      <TrendDialog item={trend} toMonth={isMonth(month) ? month : previousMonth()} projectName={project} onClose={() => setTrend(null)} />
    </Card>
  );
};

export default ReviewPage;
