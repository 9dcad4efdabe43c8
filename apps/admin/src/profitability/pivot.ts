import { basisPointsOf, classifyMargin, fen } from '@wuye/domain';
import type { ItemPnlFieldsFragment, PnlStatus } from '@wuye/schema';
import { statusRank } from './status';

export type ItemPnl = ItemPnlFieldsFragment;

/** One service item of one project across the months of the range. */
export type PivotRow = {
  key: string;
  projectId: string;
  itemId: string;
  itemName: string;
  category: string;
  charge: string;
  /** The item's month figures by "YYYY-MM"; months without orders are missing. */
  cells: Record<string, ItemPnl>;
  orders: number;
  revenueFen: number;
  costFen: number;
  marginFen: number;
  goodwillCostFen: number;
  marginBasisPoints: number | null;
  status: PnlStatus;
};

/** The status of a sum of months: the same rule as a month (a free service is goodwill). */
export function totalStatus(charge: string, revenueFen: number, costFen: number, marginFen: number): PnlStatus {
  if (charge === 'free') return 'GOODWILL';
  if (revenueFen === 0 && costFen === 0) return 'IDLE';
  return classifyMargin({ margin: fen(marginFen), revenue: fen(revenueFen) }).toUpperCase() as PnlStatus;
}

/** Rows per project and item, in the API's order (category, then item). */
export function pivot(rows: readonly ItemPnl[]): PivotRow[] {
  const byKey = new Map<string, PivotRow>();
  for (const p of rows) {
    const key = `${p.projectId}:${p.itemId}`;
    let row = byKey.get(key);
    if (!row) {
      row = {
        key,
        projectId: p.projectId,
        itemId: p.itemId,
        itemName: p.itemName,
        category: p.category,
        charge: p.charge,
        cells: {},
        orders: 0,
        revenueFen: 0,
        costFen: 0,
        marginFen: 0,
        goodwillCostFen: 0,
        marginBasisPoints: null,
        status: 'IDLE',
      };
      byKey.set(key, row);
    }
    row.cells[p.month] = p;
    row.orders += p.orders;
    row.revenueFen += p.revenueFen;
    row.costFen += p.costFen;
    row.marginFen += p.marginFen;
    row.goodwillCostFen += p.goodwillCostFen;
  }
  for (const row of byKey.values()) {
    row.marginBasisPoints = row.charge === 'free' ? null : basisPointsOf(fen(row.marginFen), fen(row.revenueFen));
    row.status = totalStatus(row.charge, row.revenueFen, row.costFen, row.marginFen);
  }
  return [...byKey.values()];
}

export type SortField = 'itemName' | 'category' | 'status' | 'orders' | 'revenueFen' | 'costFen' | 'marginFen' | 'marginBasisPoints' | `month:${string}`;
export type Sort = { field: SortField; order: 'asc' | 'desc' };

const collator = new Intl.Collator('zh-CN');

/** A sortable value of a row: text, a number, or null (always last, whatever the order). */
function valueOf(row: PivotRow, field: SortField): string | number | null {
  if (field.startsWith('month:')) return row.cells[field.slice(6)]?.marginFen ?? null;
  switch (field) {
    case 'itemName':
    case 'category':
      return row[field];
    case 'status':
      return statusRank(row.status);
    default:
      return row[field as Exclude<SortField, `month:${string}` | 'itemName' | 'category' | 'status'>];
  }
}

/** Rows sorted by a column; ties keep their order. Empty cells go last either way. */
export function sortRows(rows: readonly PivotRow[], { field, order }: Sort): PivotRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: valueOf(row, field) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const diff = typeof a.value === 'string' ? collator.compare(a.value, b.value as string) : a.value - (b.value as number);
      return diff === 0 ? a.index - b.index : sign * diff;
    })
    .map(({ row }) => row);
}

/** Categories in the order they first appear. */
export const categoriesOf = (rows: readonly ItemPnl[]) => [...new Set(rows.map((r) => r.category))];
