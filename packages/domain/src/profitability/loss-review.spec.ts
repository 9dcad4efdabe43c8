import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import { itemMonthPnl, type ItemMonthFigures, type ItemMonthPnl, type PnlStatus } from './item-pnl.js';
import { compareReviewOrder, lossEscalation, lossStreak, reviewList, volumeProgress } from './loss-review.js';

const pnl = (itemId: string, itemName: string, f: { revenue: number; cost: number; projectId?: string; month?: string; charge?: 'paid' | 'free' }): ItemMonthPnl => {
  // All cost as materials with no overhead, so the cost is exactly f.cost.
  const figures: ItemMonthFigures = {
    projectId: f.projectId ?? 'p-lakeside',
    itemId,
    itemName,
    category: '水电类',
    charge: f.charge ?? 'paid',
    month: f.month ?? '2025-10',
    orders: 1,
    revenue: fen(f.revenue),
    labourMinutes: 0,
    labourRatePerHour: fen(0),
    materials: fen(f.cost),
    overheadBasisPoints: 0,
    riskBasisPoints: 0,
    refunds: fen(0),
  };
  return itemMonthPnl(figures);
};

describe('reviewList: loss and thin items, worst first', () => {
  const rows = [
    pnl('i-heater', '安装热水器', { revenue: 50_000, cost: 47_560 }), // thin, +2440 (4.88%)
    pnl('i-drain', '疏通下水', { revenue: 36_000, cost: 37_290 }), // loss −1290 (−3.58%)
    pnl('i-pipes', '换管', { revenue: 0, cost: 2000 }), // loss −2000, no rate
    pnl('i-rack', '安装晾衣架', { revenue: 36_000, cost: 30_510 }), // healthy
    pnl('i-toilet', '拆坐便', { revenue: 40_000, cost: 28_928 }), // over margin
    pnl('i-parcels', '邮件收递', { revenue: 0, cost: 66_000, charge: 'free' }), // goodwill
    pnl('i-lock', '换锁', { revenue: 18_000, cost: 19_290 }), // loss −1290 (−7.17%)
    pnl('i-valve', '给水总阀', { revenue: 18_000, cost: 19_290 }), // loss −1290 (−7.17%), same as 换锁
    pnl('i-tap', '换水暖件(水龙头)', { revenue: 10_000, cost: 10_000 }), // thin, 0
    pnl('i-other', '疏通下水', { revenue: 36_000, cost: 37_290, projectId: 'p-hillside' }), // another project
  ];

  it('orders loss before thin, then margin in fen, then margin %, then name', () => {
    expect(reviewList(rows, { projectId: 'p-lakeside' }).map((p) => [p.itemName, p.status, p.margin, p.marginBasisPoints])).toEqual([
      ['换管', 'loss', -2000, null],
      ['换锁', 'loss', -1290, -717],
      ['给水总阀', 'loss', -1290, -717],
      ['疏通下水', 'loss', -1290, -358],
      ['换水暖件(水龙头)', 'thin', 0, 0],
      ['安装热水器', 'thin', 2440, 488],
    ]);
  });

  it('names compare in code-unit order: 换锁 (U+6362 U+9501) before 给水总阀 (U+7ED9)', () => {
    expect('换锁' < '给水总阀').toBe(true);
  });

  it('filters by month and keeps other projects apart', () => {
    expect(reviewList(rows, { projectId: 'p-hillside' }).map((p) => p.itemId)).toEqual(['i-other']);
    expect(reviewList(rows, { month: '2025-09' })).toEqual([]);
    expect(reviewList(rows)).toHaveLength(7);
  });

  it('is a total order: sorting any shuffle gives the same list', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(rows, { minLength: rows.length }), (shuffled) => {
        expect(reviewList(shuffled)).toEqual(reviewList(rows));
      }),
    );
  });

  it('is antisymmetric and consistent with worst-first', () => {
    const anyRow = fc
      .record({ revenue: fc.integer({ min: 0, max: 5000 }), cost: fc.integer({ min: 0, max: 5000 }), name: fc.constantFrom('a', 'b'), id: fc.constantFrom('1', '2') })
      .map((r) => pnl(r.id, r.name, r));
    fc.assert(
      fc.property(anyRow, anyRow, (a, b) => {
        expect(Math.sign(compareReviewOrder(a, b))).toBe(-Math.sign(compareReviewOrder(b, a)));
        if (a.status === 'loss' && b.status === 'loss' && a.margin < b.margin) expect(compareReviewOrder(a, b)).toBeLessThan(0);
      }),
    );
  });
});

describe('lossEscalation: 3 loss months in a row without a decision go to the GM', () => {
  const item = { projectId: 'p-lakeside', itemId: 'i-drain', itemName: '疏通下水' };
  const history = (entries: Array<[string, PnlStatus]>) => entries.map(([month, status]) => ({ month, status }));
  const lossesJunToOct = history([
    ['2025-05', 'healthy'],
    ['2025-06', 'loss'],
    ['2025-07', 'loss'],
    ['2025-08', 'loss'],
    ['2025-09', 'loss'],
    ['2025-10', 'loss'],
  ]);

  it.each([
    { note: 'three losses, no decision', h: lossesJunToOct.slice(3), last: null, through: '2025-10', escalate: true, since: '2025-08' },
    { note: 'two losses only', h: lossesJunToOct.slice(4), last: null, through: '2025-10', escalate: false },
    { note: 'a decision in the streak', h: lossesJunToOct.slice(3), last: '2025-09', through: '2025-10', escalate: false },
    { note: 'a decision before the streak does not count', h: lossesJunToOct.slice(3), last: '2025-07', through: '2025-10', escalate: true, since: '2025-08' },
    { note: 'five losses, decided in month 2: months 3–5 are undecided', h: lossesJunToOct, last: '2025-07', through: '2025-10', escalate: true, since: '2025-08' },
    { note: 'five losses, decided in month 3: only 2 undecided', h: lossesJunToOct, last: '2025-08', through: '2025-10', escalate: false },
    { note: 'the month checked is not a loss', h: lossesJunToOct, last: null, through: '2025-11', escalate: false },
    { note: 'a missing month breaks the run', h: history([['2025-07', 'loss'], ['2025-09', 'loss'], ['2025-10', 'loss']]), last: null, through: '2025-10', escalate: false },
    { note: 'a thin month breaks the run', h: history([['2025-07', 'loss'], ['2025-08', 'thin'], ['2025-09', 'loss'], ['2025-10', 'loss']]), last: null, through: '2025-10', escalate: false },
  ])('$note', ({ h, last, through, escalate, since }) => {
    const result = lossEscalation({ item, history: h, throughMonth: through, lastDecisionMonth: last });
    expect(result.escalate).toBe(escalate);
    if (result.escalate) {
      expect(result.undecidedSince).toBe(since);
      expect(result.key).toBe(`p-lakeside:i-drain:${since}`);
      expect(result.messageKey).toBe('profitability.escalation.lossStreak');
    }
  });

  it('keys one escalation per undecided run, so re-running next month does not notify twice', () => {
    const october = lossEscalation({ item, history: lossesJunToOct, throughMonth: '2025-10', lastDecisionMonth: null });
    const september = lossEscalation({ item, history: lossesJunToOct, throughMonth: '2025-09', lastDecisionMonth: null });
    expect(october.escalate && september.escalate && october.key === september.key).toBe(true);
    expect(october).toMatchObject({ streak: 5, params: { item: '疏通下水', months: 5 } });
  });

  it('counts the streak', () => {
    expect(lossStreak(lossesJunToOct, '2025-10')).toBe(5);
    expect(lossStreak(lossesJunToOct, '2025-05')).toBe(0);
    expect(lossStreak([], '2025-10')).toBe(0);
  });

  it('the number of months is a setting', () => {
    expect(lossEscalation({ item, history: lossesJunToOct.slice(4), throughMonth: '2025-10', lastDecisionMonth: null, months: 2 }).escalate).toBe(true);
    expect(() => lossEscalation({ item, history: [], throughMonth: '2025-10', lastDecisionMonth: null, months: 0 })).toThrow(RangeError);
  });
});

describe('volumeProgress: a grow-volume decision against its target', () => {
  it.each([
    { target: 20, orders: 12, bp: 6000, met: false },
    { target: 20, orders: 20, bp: 10_000, met: true },
    { target: 3, orders: 1, bp: 3333, met: false },
    { target: 3, orders: 4, bp: 13_333, met: true },
    { target: 7, orders: 0, bp: 0, met: false },
  ])('$orders of $target → $bp bp', ({ target, orders, bp, met }) => {
    expect(volumeProgress({ targetOrdersPerMonth: target, orders })).toEqual({ targetOrdersPerMonth: target, orders, basisPoints: bp, met });
  });

  it('refuses a target of 0', () => {
    expect(() => volumeProgress({ targetOrdersPerMonth: 0, orders: 1 })).toThrow(RangeError);
  });
});
