import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { PnlOrdersQuery } from '@wuye/schema';
import { useCanAccess, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatChinaTime } from '../common/DateTimeField';
import { formatFen } from '../common/money';
import { milliToText } from '../common/quantity';
import { csvFileName } from './csv';
import { ExportButton } from './ExportButton';
import { formatRate } from './format';
import type { ItemPnl } from './pivot';
import { StatusChip } from './StatusChip';
import { useLoad } from './use-load';

type Order = PnlOrdersQuery['pnlOrders']['items'][number];

const COST_LINES = ['revenueFen', 'labourFen', 'materialsFen', 'overheadFen', 'riskFen', 'refundsFen', 'costFen', 'marginFen'] as const;

/** Revenue, each cost line and the margin of one item and month. */
const CostLines = ({ cell }: { cell: ItemPnl }) => {
  const translate = useTranslate();
  const col = (f: string) => translate(`resources.profitability.columns.${f}`);
  return (
    <Table size="small" data-testid="drill-cost-lines" sx={{ maxWidth: 420 }}>
      <TableBody>
        <TableRow>
          <TableCell>{col('orders')}</TableCell>
          <TableCell align="right">{cell.orders}</TableCell>
        </TableRow>
        {COST_LINES.map((f) => (
          <TableRow key={f} sx={f === 'costFen' || f === 'marginFen' ? { '& td': { fontWeight: 600 } } : undefined}>
            <TableCell>{col(f)}</TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums', color: f === 'marginFen' && cell.marginFen < 0 ? 'error.main' : undefined }}>
              {f !== 'revenueFen' && f !== 'costFen' && f !== 'marginFen' ? '−' : ''}
              {formatFen(cell[f])}
            </TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{col('marginBasisPoints')}</TableCell>
          <TableCell align="right">{formatRate(cell.marginBasisPoints)}</TableCell>
        </TableRow>
        <TableRow>
          <TableCell>{col('costPerOrderFen')}</TableCell>
          <TableCell align="right">{formatFen(cell.costPerOrderFen) || '—'}</TableCell>
        </TableRow>
        {cell.goodwillCostFen > 0 && (
          <TableRow>
            <TableCell>{col('goodwillCostFen')}</TableCell>
            <TableCell align="right">{formatFen(cell.goodwillCostFen)}</TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
};

const quoteText = (o: Order) => o.quoteLines.map((l) => `${l.name} ${milliToText(l.quantityMilli)}${l.unit ?? ''} × ${formatFen(l.unitPriceFen)}`).join('；');
const requisitionText = (o: Order) =>
  o.requisitions.flatMap((r) => r.lines.map((l) => `${l.name} ${milliToText(l.quantityMilli)}${l.unit} × ${formatFen(l.unitCostFen)}`)).join('；');

const OrderNumber = ({ order }: { order: Order }) => {
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'serviceOrders', action: 'show' });
  if (!canAccess) return <span>{order.number}</span>;
  return (
    <Link component={RouterLink} to={createPath({ resource: 'serviceOrders', id: order.id, type: 'show' })} variant="body2">
      {order.number}
    </Link>
  );
};

/** The orders and cost lines behind one P&L cell (pnlOrders). */
export const DrillDownDialog = ({ cell, projectName, onClose }: { cell: ItemPnl | null; projectName: string; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.profitability.drill.${key}`, args);
  const orders = useLoad(cell ? `${cell.projectId}|${cell.itemId}|${cell.month}` : '', (dp) =>
    cell ? dp.pnlOrders({ projectId: cell.projectId, itemId: cell.itemId, month: cell.month }) : undefined,
  );
  if (!cell) return null;
  const items = orders.data?.items ?? [];
  const when = (at: string | null | undefined) => (at ? formatChinaTime(at, locale) : '');
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="pnl-drill-title">
      <DialogTitle id="pnl-drill-title">
        <Stack direction="row" spacing={1} alignItems="center">
          <span>{t('title', { project: projectName, item: cell.itemName, month: cell.month })}</span>
          <StatusChip status={cell.status} />
        </Stack>
      </DialogTitle>
      <DialogContent dividers>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} alignItems="flex-start">
          <Box>
            <Typography variant="subtitle2" gutterBottom>
              {t('costLines')}
            </Typography>
            <CostLines cell={cell} />
            <Typography variant="caption" color="text.secondary" display="block" sx={{ mt: 1, maxWidth: 420 }}>
              {t('costNote')}
            </Typography>
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Stack direction="row" alignItems="center" justifyContent="space-between">
              <Typography variant="subtitle2">{t('orders', { count: orders.data?.totalCount ?? '…' })}</Typography>
              <ExportButton
                rows={items}
                fileName={csvFileName(t('fileName'), projectName, cell.itemName, cell.month)}
                testId="export-orders"
                columns={[
                  { header: t('number'), value: (o) => o.number },
                  { header: t('completedAt'), value: (o) => when(o.completedAt) },
                  { header: t('worker'), value: (o) => o.worker?.name ?? '' },
                  { header: t('minutesSpent'), value: (o) => o.minutesSpent, kind: 'number' },
                  { header: t('quoteTotalFen'), value: (o) => o.quoteTotalFen, kind: 'fen' },
                  { header: t('paidFen'), value: (o) => o.paidFen, kind: 'fen' },
                  { header: t('materialsCostFen'), value: (o) => o.materialsCostFen, kind: 'fen' },
                  { header: t('quote'), value: quoteText },
                  { header: t('requisitions'), value: requisitionText },
                ]}
              />
            </Stack>
            {orders.loading && <CircularProgress size={24} sx={{ m: 2 }} />}
            {orders.error && <Alert severity="error">{translate(orders.error, { _: orders.error })}</Alert>}
            {!orders.loading && !orders.error && items.length === 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
                {t('noOrders')}
              </Typography>
            )}
            {items.length > 0 && (
              <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
                <Table size="small" data-testid="drill-orders">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('number')}</TableCell>
                      <TableCell>{t('completedAt')}</TableCell>
                      <TableCell>{t('worker')}</TableCell>
                      <TableCell align="right">{t('minutesSpent')}</TableCell>
                      <TableCell align="right">{t('paidFen')}</TableCell>
                      <TableCell align="right">{t('materialsCostFen')}</TableCell>
                      <TableCell>{t('quote')}</TableCell>
                      <TableCell>{t('requisitions')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {items.map((o) => (
                      <TableRow key={o.id}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <OrderNumber order={o} />
                        </TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{when(o.completedAt)}</TableCell>
                        <TableCell>{o.worker?.name ?? ''}</TableCell>
                        <TableCell align="right">{o.minutesSpent ?? '—'}</TableCell>
                        <TableCell align="right">{formatFen(o.paidFen)}</TableCell>
                        <TableCell align="right">{formatFen(o.materialsCostFen)}</TableCell>
                        <TableCell>{quoteText(o) || '—'}</TableCell>
                        <TableCell>{requisitionText(o) || '—'}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {orders.data && orders.data.totalCount > items.length && (
                  <Typography variant="caption" color="text.secondary">
                    {t('more', { shown: items.length, total: orders.data.totalCount })}
                  </Typography>
                )}
              </Box>
            )}
          </Box>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
