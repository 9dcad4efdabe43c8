import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Table, TableBody, TableCell, TableHead, TableRow, useTheme } from '@mui/material';
import { addMonths, trailingMonths } from '@wuye/domain';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { csvFileName } from './csv';
import { itemPnlColumns } from './csv-columns';
import { ExportButton } from './ExportButton';
import { MoneyChart } from './MoneyChart';
import { shortMonth } from './months';
import { StatusChip } from './StatusChip';
import { useLoad } from './use-load';

export type TrendItem = { projectId: string; itemId: string; itemName: string };

/** 12 months of an item up to `toMonth`: revenue as bars, margin as a line (below zero is a loss). */
export const TrendDialog = ({ item, toMonth, projectName, onClose }: { item: TrendItem | null; toMonth: string; projectName: string; onClose: () => void }) => {
  const translate = useTranslate();
  const theme = useTheme();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.profitability.trend.${key}`, args);
  const months = trailingMonths(toMonth, 12);
  const loaded = useLoad(item ? `${item.projectId}|${item.itemId}|${toMonth}` : '', (dp) =>
    item ? dp.itemPnl({ projectId: item.projectId, itemId: item.itemId, fromMonth: addMonths(toMonth, -11), toMonth }) : undefined,
  );
  if (!item) return null;
  const byMonth = new Map((loaded.data ?? []).map((r) => [r.month, r]));
  const values = (pick: (r: { revenueFen: number; marginFen: number; costFen: number }) => number) => months.map((m) => (byMonth.has(m) ? pick(byMonth.get(m)!) : null));
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="pnl-trend-title">
      <DialogTitle id="pnl-trend-title">{t('title', { project: projectName, item: item.itemName })}</DialogTitle>
      <DialogContent dividers>
        {loaded.loading && <CircularProgress size={24} />}
        {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
        {loaded.data && loaded.data.length === 0 && <Alert severity="info">{t('noData')}</Alert>}
        {loaded.data && loaded.data.length > 0 && (
          <>
            <MoneyChart
              title={t('chart')}
              testId="item-trend-chart"
              labels={months.map(shortMonth)}
              bars={[{ key: 'revenue', label: t('revenue'), color: theme.palette.info.light, values: values((r) => r.revenueFen) }]}
              lines={[{ key: 'margin', label: t('margin'), color: theme.palette.success.main, values: values((r) => r.marginFen) }]}
            />
            <Table size="small" sx={{ mt: 2 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.profitability.columns.month')}</TableCell>
                  <TableCell align="right">{translate('resources.profitability.columns.orders')}</TableCell>
                  <TableCell align="right">{translate('resources.profitability.columns.revenueFen')}</TableCell>
                  <TableCell align="right">{translate('resources.profitability.columns.costFen')}</TableCell>
                  <TableCell align="right">{translate('resources.profitability.columns.marginFen')}</TableCell>
                  <TableCell>{translate('resources.profitability.columns.status')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {months
                  .filter((m) => byMonth.has(m))
                  .map((m) => {
                    const r = byMonth.get(m)!;
                    return (
                      <TableRow key={m}>
                        <TableCell>{m}</TableCell>
                        <TableCell align="right">{r.orders}</TableCell>
                        <TableCell align="right">{formatFen(r.revenueFen)}</TableCell>
                        <TableCell align="right">{formatFen(r.costFen)}</TableCell>
                        <TableCell align="right">{formatFen(r.marginFen)}</TableCell>
                        <TableCell>
                          <StatusChip status={r.status} />
                        </TableCell>
                      </TableRow>
                    );
                  })}
              </TableBody>
            </Table>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <ExportButton
          rows={loaded.data ?? []}
          columns={itemPnlColumns(translate, () => projectName)}
          fileName={csvFileName(translate('resources.profitability.fileName'), projectName, item.itemName, addMonths(toMonth, -11), toMonth)}
          testId="export-trend"
        />
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
