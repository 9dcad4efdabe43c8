import { Box, Link, Table, TableBody, TableCell, TableHead, TableRow, TableSortLabel, Tooltip } from '@mui/material';
import { basisPointsOf, fen } from '@wuye/domain';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatFen } from '../common/money';
import { formatRate } from './format';
import { shortMonth } from './months';
import { sortRows, type ItemPnl, type PivotRow, type Sort, type SortField } from './pivot';
import { statusTone } from './status';
import { StatusChip } from './StatusChip';

export type Metric = 'marginFen' | 'revenueFen' | 'marginBasisPoints';

const show = (metric: Metric, v: { revenueFen: number; marginFen: number; marginBasisPoints: number | null }) =>
  metric === 'marginBasisPoints' ? formatRate(v.marginBasisPoints) : formatFen(v[metric]);

type Props = {
  rows: readonly PivotRow[];
  months: readonly string[];
  metric: Metric;
  showProject: boolean;
  projectName: (id: string) => string;
  onCell: (cell: ItemPnl) => void;
  onItem: (row: PivotRow) => void;
};

/**
 * The order of a column's first click: names and categories A→Z, margins and statuses worst first
 * (what the screen is for), counts and amounts largest first.
 */
const firstOrder = (field: SortField): 'asc' | 'desc' =>
  field === 'itemName' || field === 'category' || field === 'status' || field === 'marginFen' || field === 'marginBasisPoints' || field.startsWith('month:') ? 'asc' : 'desc';

const TOTAL_COLUMNS = ['orders', 'revenueFen', 'costFen', 'marginFen', 'marginBasisPoints', 'status'] as const;

/**
 * 损益表: one row per service item, one column per month, each cell coloured by its status and
 * opening the orders behind it; totals of the range on the right, every column sortable.
 */
export const PnlTable = ({ rows, months, metric, showProject, projectName, onCell, onItem }: Props) => {
  const translate = useTranslate();
  const [sort, setSort] = useState<Sort>({ field: 'category', order: 'asc' });
  const col = (f: string) => translate(`resources.profitability.columns.${f}`);
  const sorted = sort.field === 'category' && sort.order === 'asc' ? rows : sortRows(rows, sort);

  const header = (field: SortField, label: string, align: 'left' | 'right' = 'left') => {
    const first = firstOrder(field);
    return (
      <TableCell align={align} sortDirection={sort.field === field ? sort.order : false} sx={{ whiteSpace: 'nowrap' }}>
        <TableSortLabel
          active={sort.field === field}
          direction={sort.field === field ? sort.order : first}
          onClick={() => setSort((s) => ({ field, order: s.field === field ? (s.order === 'asc' ? 'desc' : 'asc') : first }))}
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  // The footer sums what is shown, month by month.
  const monthTotals = months.map((m) => {
    const cells = rows.map((r) => r.cells[m]).filter((c): c is ItemPnl => !!c);
    const revenueFen = cells.reduce((s, c) => s + c.revenueFen, 0);
    const marginFen = cells.reduce((s, c) => s + c.marginFen, 0);
    return { month: m, any: cells.length > 0, revenueFen, marginFen, marginBasisPoints: basisPointsOf(fen(marginFen), fen(revenueFen)) };
  });
  const sum = (f: 'orders' | 'revenueFen' | 'costFen' | 'marginFen') => rows.reduce((s, r) => s + r[f], 0);

  return (
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <Table size="small" stickyHeader data-testid="pnl-table" aria-label={translate('resources.profitability.title')}>
        <TableHead>
          <TableRow>
            {showProject && <TableCell>{col('project')}</TableCell>}
            {header('category', col('category'))}
            {header('itemName', col('itemName'))}
            {months.map((m) => (
              <Tooltip key={m} title={m}>
                {header(`month:${m}`, shortMonth(m), 'right')}
              </Tooltip>
            ))}
            {TOTAL_COLUMNS.map((f) => (f === 'status' ? header('status', col('status')) : header(f, col(f), 'right')))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((row) => (
            <TableRow key={row.key} hover data-testid="pnl-row" data-item={row.itemName}>
              {showProject && <TableCell sx={{ whiteSpace: 'nowrap' }}>{projectName(row.projectId)}</TableCell>}
              <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{row.category}</TableCell>
              <TableCell sx={{ minWidth: 140 }}>
                <Link
                  component="button"
                  variant="body2"
                  onClick={() => onItem(row)}
                  aria-label={translate('resources.profitability.trend.open', { item: row.itemName })}
                  sx={{ textAlign: 'left' }}
                >
                  {row.itemName}
                </Link>
              </TableCell>
              {months.map((m) => {
                const cell = row.cells[m];
                if (!cell) {
                  return (
                    <TableCell key={m} align="right" sx={{ color: 'text.disabled' }} data-testid="pnl-cell-empty">
                      —
                    </TableCell>
                  );
                }
                const tone = statusTone(cell.status);
                return (
                  <TableCell
                    key={m}
                    align="right"
                    data-testid="pnl-cell"
                    data-status={cell.status}
                    data-month={m}
                    role="button"
                    tabIndex={0}
                    title={translate('resources.profitability.cellTitle', {
                      item: row.itemName,
                      month: m,
                      status: translate(`enums.PnlStatus.${cell.status}`),
                      orders: cell.orders,
                      revenue: formatFen(cell.revenueFen),
                      cost: formatFen(cell.costFen),
                      margin: formatFen(cell.marginFen),
                    })}
                    onClick={() => onCell(cell)}
                    onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onCell(cell)}
                    sx={{
                      bgcolor: tone.background,
                      color: tone.text,
                      cursor: 'pointer',
                      whiteSpace: 'nowrap',
                      fontVariantNumeric: 'tabular-nums',
                      borderLeft: `3px solid ${tone.accent}`,
                      '&:hover': { outline: `2px solid ${tone.accent}`, outlineOffset: -2 },
                    }}
                  >
                    {show(metric, cell)}
                  </TableCell>
                );
              })}
              <TableCell align="right">{row.orders}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatFen(row.revenueFen)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatFen(row.costFen)}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 600, color: row.marginFen < 0 ? 'error.main' : undefined }}>
                {formatFen(row.marginFen)}
              </TableCell>
              <TableCell align="right">{formatRate(row.marginBasisPoints)}</TableCell>
              <TableCell>
                <StatusChip status={row.status} />
              </TableCell>
            </TableRow>
          ))}
          <TableRow data-testid="pnl-total-row" sx={{ '& td': { fontWeight: 600, borderTop: 2, borderColor: 'divider' } }}>
            {showProject && <TableCell />}
            <TableCell colSpan={2}>{col('total')}</TableCell>
            {monthTotals.map((t) => (
              <TableCell key={t.month} align="right" sx={{ whiteSpace: 'nowrap', color: t.marginFen < 0 ? 'error.main' : undefined }}>
                {t.any ? show(metric, t) : '—'}
              </TableCell>
            ))}
            <TableCell align="right">{sum('orders')}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatFen(sum('revenueFen'))}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatFen(sum('costFen'))}
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatFen(sum('marginFen'))}
            </TableCell>
            <TableCell align="right">{formatRate(basisPointsOf(fen(sum('marginFen')), fen(sum('revenueFen'))))}</TableCell>
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
    </Box>
  );
};
