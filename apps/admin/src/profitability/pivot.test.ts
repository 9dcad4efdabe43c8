import { describe, expect, it } from 'vitest';
import { categoriesOf, pivot, sortRows, totalStatus, type ItemPnl } from './pivot';
import { lastTwelveMonths, monthsOf, previousMonth, rangeProblem } from './months';

const row = (over: Partial<ItemPnl>): ItemPnl => ({
  projectId: 'p1',
  itemId: 'i1',
  itemName: '疏通下水',
  category: '水电',
  charge: 'paid',
  month: '2026-01',
  orders: 1,
  revenueFen: 3000,
  labourFen: 1000,
  materialsFen: 0,
  overheadFen: 100,
  riskFen: 50,
  refundsFen: 0,
  costFen: 1150,
  marginFen: 1850,
  marginBasisPoints: 6167,
  costPerOrderFen: 1150,
  goodwillCostFen: 0,
  status: 'OVER_MARGIN',
  ...over,
});

const data = [
  row({}),
  row({ month: '2026-02', revenueFen: 3000, costFen: 3500, marginFen: -500, status: 'LOSS' }),
  row({ itemId: 'i2', itemName: '换锁', category: '门窗', month: '2026-01', revenueFen: 10000, costFen: 9700, marginFen: 300, status: 'THIN' }),
  row({ itemId: 'i3', itemName: '代订牛奶', category: '便民', charge: 'free', revenueFen: 0, costFen: 600, marginFen: -600, goodwillCostFen: 600, status: 'GOODWILL' }),
];

describe('the item × month table', () => {
  it('puts each item on one row with its months and range totals', () => {
    const rows = pivot(data);
    expect(rows.map((r) => r.itemName)).toEqual(['疏通下水', '换锁', '代订牛奶']);
    const drain = rows[0]!;
    expect(Object.keys(drain.cells)).toEqual(['2026-01', '2026-02']);
    expect(drain).toMatchObject({ orders: 2, revenueFen: 6000, costFen: 4650, marginFen: 1350, marginBasisPoints: 2250, status: 'OVER_MARGIN' });
    expect(rows[2]).toMatchObject({ status: 'GOODWILL', marginBasisPoints: null, goodwillCostFen: 600 });
  });

  it('classifies a total like a month', () => {
    expect(totalStatus('paid', 1000, 1200, -200)).toBe('LOSS');
    expect(totalStatus('paid', 10000, 9800, 200)).toBe('THIN');
    expect(totalStatus('paid', 10000, 9000, 1000)).toBe('HEALTHY');
    expect(totalStatus('paid', 10000, 5000, 5000)).toBe('OVER_MARGIN');
    expect(totalStatus('paid', 0, 0, 0)).toBe('IDLE');
    expect(totalStatus('free', 0, 500, -500)).toBe('GOODWILL');
  });

  it('sorts by any column, empty cells last either way', () => {
    const rows = pivot(data);
    expect(sortRows(rows, { field: 'marginFen', order: 'asc' }).map((r) => r.itemId)).toEqual(['i3', 'i2', 'i1']);
    expect(sortRows(rows, { field: 'marginFen', order: 'desc' }).map((r) => r.itemId)).toEqual(['i1', 'i2', 'i3']);
    expect(sortRows(rows, { field: 'status', order: 'asc' }).map((r) => r.status)).toEqual(['THIN', 'OVER_MARGIN', 'GOODWILL']);
    expect(sortRows(rows, { field: 'month:2026-02', order: 'desc' }).map((r) => r.itemId)).toEqual(['i1', 'i2', 'i3']);
    expect(sortRows(rows, { field: 'month:2026-01', order: 'asc' }).map((r) => r.itemId)).toEqual(['i3', 'i2', 'i1']);
    expect(sortRows(rows, { field: 'itemName', order: 'asc' }).map((r) => r.itemName)).toEqual(['代订牛奶', '换锁', '疏通下水']);
  });

  it('lists categories in the order they come', () => {
    expect(categoriesOf(data)).toEqual(['水电', '门窗', '便民']);
  });
});

describe('month ranges', () => {
  const now = new Date('2026-10-31T16:30:00Z'); // already 1 November in Shanghai

  it('defaults to the last 12 months in China time, this one included', () => {
    expect(lastTwelveMonths(now)).toEqual({ from: '2025-12', to: '2026-11' });
    expect(previousMonth(now)).toBe('2026-10');
    expect(monthsOf('2025-12', '2026-11')).toHaveLength(12);
  });

  it('refuses reversed, incomplete and over-long ranges as the API does', () => {
    expect(rangeProblem('2026-01', '2026-12')).toBeNull();
    expect(rangeProblem('2026-05', '2026-04')).toBe('resources.profitability.range.reversed');
    expect(rangeProblem('2024-01', '2026-01')).toBe('resources.profitability.range.tooLong');
    expect(rangeProblem('2024-02', '2026-01')).toBeNull();
    expect(rangeProblem('', '2026-01')).toBe('resources.profitability.range.incomplete');
    expect(monthsOf('2026-05', '2026-04')).toEqual([]);
  });
});
