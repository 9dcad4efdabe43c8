import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costBreakdown, DEFAULT_MARGIN_CEILING_BASIS_POINTS } from '../catalog/cost-model.js';
import { fen } from '../money/fen.js';
import {
  classifyMargin,
  DEFAULT_MARGIN_TARGET_BAND,
  emptyItemMonthFigures,
  itemMonthPnl,
  itemPnlTrend,
  labourCost,
  perOrder,
  pnlTotalsBy,
  pnlTotalsTrend,
  sumPnl,
  validateItemMonthFigures,
  validateMarginTargetBand,
  type ItemMonthFigures,
  type PaidPnlStatus,
  type PnlItemIdentity,
} from './item-pnl.js';

const item = (itemId: string, itemName: string, category: string, charge: 'paid' | 'free' = 'paid', projectId = 'p-lakeside'): PnlItemIdentity => ({
  projectId,
  itemId,
  itemName,
  category,
  charge,
});

const figures = (
  identity: PnlItemIdentity,
  f: Partial<Omit<ItemMonthFigures, keyof PnlItemIdentity | 'revenue' | 'materials' | 'refunds' | 'labourRatePerHour'>> & { revenue?: number; materials?: number; refunds?: number; ratePerHour?: number },
): ItemMonthFigures => ({
  ...identity,
  month: f.month ?? '2025-10',
  orders: f.orders ?? 0,
  revenue: fen(f.revenue ?? 0),
  labourMinutes: f.labourMinutes ?? 0,
  labourRatePerHour: fen(f.ratePerHour ?? 3000),
  materials: fen(f.materials ?? 0),
  overheadBasisPoints: f.overheadBasisPoints ?? 1000,
  riskBasisPoints: f.riskBasisPoints ?? 300,
  refunds: fen(f.refunds ?? 0),
});

// Items from catalog.sample.json, priced as published; the project's labour rate is ¥30.00/h,
// overhead 10% and risk 3% of labour + materials, as in the catalog's cost-model tests.
const drain = item('i-drain', '疏通下水', '水电类'); // fixed ¥30
const toilet = item('i-toilet', '拆坐便', '水电类'); // fixed ¥50
const heater = item('i-heater', '安装热水器', '安装类'); // fixed ¥50
const rack = item('i-rack', '安装晾衣架', '安装类'); // range ¥50–¥100
const pipes = item('i-pipes', '换管', '水电类'); // by workload ¥10–¥1000
const parcels = item('i-parcels', '邮件收递(快递、邮件收发)', '免费服务', 'free');

const october = {
  // 12 drains at ¥30, 45 min each, ¥5 of materials each:
  //   labour 540 min × 3000 / 60 = 27000; materials 6000; base 33000;
  //   overhead 3300; risk 990; cost 37290; margin −1290; −1290/36000 = −358.33 bp → −358;
  //   cost per order 37290 / 12 = 3107.5 → 3108.
  drain: figures(drain, { orders: 12, revenue: 36_000, labourMinutes: 540, materials: 6000 }),
  // 8 toilets at ¥50, 60 min each, ¥2 of sealant each:
  //   labour 24000; materials 1600; base 25600; overhead 2560; risk 768; cost 28928;
  //   margin 11072; 2768 bp > 20% → over_margin (保本微利).
  toilet: figures(toilet, { orders: 8, revenue: 40_000, labourMinutes: 480, materials: 1600 }),
  // 10 heaters at ¥50, 80 min each, ¥20 of fittings in all, one ¥1.00 refund:
  //   labour 40000; materials 2000; base 42000; overhead 4200; risk 1260; refunds 100;
  //   cost 47560; margin 2440; 488 bp < 5% → thin.
  heater: figures(heater, { orders: 10, revenue: 50_000, labourMinutes: 800, materials: 2000, refunds: 100 }),
  // 6 racks at ¥60 on average (range ¥50–¥100), 90 min each:
  //   labour 27000; overhead 2700; risk 810; cost 30510; margin 5490; 1525 bp → healthy.
  rack: figures(rack, { orders: 6, revenue: 36_000, labourMinutes: 540 }),
  // no orders, a ¥20.00 refund of a September job: cost 2000, no revenue → loss without a rate.
  pipes: figures(pipes, { orders: 0, refunds: 2000 }),
  // 120 parcels, 10 min each, free; risk 0 as in the catalog's cost model:
  //   labour 60000; overhead 6000; cost 66000 = the price of goodwill; 550 per order (= the unit cost).
  parcels: figures(parcels, { orders: 120, labourMinutes: 1200, riskBasisPoints: 0 }),
};

describe('itemMonthPnl: a month of an item, to the fen', () => {
  it.each([
    {
      name: '疏通下水 at ¥30: a loss',
      f: october.drain,
      cost: { labour: 27_000, materials: 6000, overhead: 3300, risk: 990, refunds: 0, total: 37_290 },
      margin: -1290,
      bp: -358,
      costPerOrder: 3108,
      revenuePerOrder: 3000,
      status: 'loss',
    },
    {
      name: '拆坐便 at ¥50: above the 保本微利 ceiling',
      f: october.toilet,
      cost: { labour: 24_000, materials: 1600, overhead: 2560, risk: 768, refunds: 0, total: 28_928 },
      margin: 11_072,
      bp: 2768,
      costPerOrder: 3616,
      revenuePerOrder: 5000,
      status: 'over_margin',
    },
    {
      name: '安装热水器 at ¥50 with a refund: thin',
      f: october.heater,
      cost: { labour: 40_000, materials: 2000, overhead: 4200, risk: 1260, refunds: 100, total: 47_560 },
      margin: 2440,
      bp: 488,
      costPerOrder: 4756,
      revenuePerOrder: 5000,
      status: 'thin',
    },
    {
      name: '安装晾衣架 in its range: healthy',
      f: october.rack,
      cost: { labour: 27_000, materials: 0, overhead: 2700, risk: 810, refunds: 0, total: 30_510 },
      margin: 5490,
      bp: 1525,
      costPerOrder: 5085,
      revenuePerOrder: 6000,
      status: 'healthy',
    },
    {
      name: '换管 with only a refund: a loss with no rate',
      f: october.pipes,
      cost: { labour: 0, materials: 0, overhead: 0, risk: 0, refunds: 2000, total: 2000 },
      margin: -2000,
      bp: null,
      costPerOrder: null,
      revenuePerOrder: null,
      status: 'loss',
    },
    {
      name: '邮件收递 (free): goodwill',
      f: october.parcels,
      cost: { labour: 60_000, materials: 0, overhead: 6000, risk: 0, refunds: 0, total: 66_000 },
      margin: -66_000,
      bp: null,
      costPerOrder: 550,
      revenuePerOrder: 0,
      status: 'goodwill',
    },
    {
      name: 'a paid item with nothing in the month: idle',
      f: emptyItemMonthFigures(drain, '2025-10'),
      cost: { labour: 0, materials: 0, overhead: 0, risk: 0, refunds: 0, total: 0 },
      margin: 0,
      bp: null,
      costPerOrder: null,
      revenuePerOrder: null,
      status: 'idle',
    },
  ])('$name', ({ f, cost, margin, bp, costPerOrder, revenuePerOrder, status }) => {
    const pnl = itemMonthPnl(f);
    expect(pnl.cost).toEqual(cost);
    expect(pnl.margin).toBe(margin);
    expect(pnl.marginBasisPoints).toBe(bp);
    expect(pnl.costPerOrder).toBe(costPerOrder);
    expect(pnl.revenuePerOrder).toBe(revenuePerOrder);
    expect(pnl.status).toBe(status);
    expect(pnl.goodwillCost).toBe(f.charge === 'free' ? cost.total : 0);
  });

  it('agrees with the catalog cost model: labour, materials and base are the same, rounding is done once a month', () => {
    // One drain in the cost model: 2250 + 500 + 275 + 83 (82.5 rounded up) = 3108.
    const unit = costBreakdown({ labourMinutes: 45, labourRatePerHour: fen(3000), materials: fen(500), overheadBasisPoints: 1000, riskBasisPoints: 300 });
    expect(unit.total).toBe(3108);
    const pnl = itemMonthPnl(october.drain);
    expect(pnl.cost.labour).toBe(12 * unit.labour);
    expect(pnl.cost.overhead).toBe(12 * unit.overhead);
    // 3% of 33000 = 990 once, against 12 × 83 = 996 rounded per unit: 6 fen apart, under 12 × ½ fen.
    expect(pnl.cost.risk).toBe(990);
    expect(12 * unit.total - pnl.cost.total).toBe(6);
  });

  it.each([
    { minutes: 1, rate: 3030, labour: 51, note: '50.5 fen rounds up' },
    { minutes: 45, rate: 3000, labour: 2250, note: 'exact' },
    { minutes: 20, rate: 2500, labour: 833, note: '833.33 → 833' },
    { minutes: 0, rate: 3000, labour: 0, note: 'no time' },
  ])('labourCost: $minutes min at $rate fen/h → $labour ($note)', ({ minutes, rate, labour }) => {
    expect(labourCost(minutes, fen(rate))).toBe(labour);
  });

  it.each([
    { amount: 37_290, orders: 12, expected: 3108 },
    { amount: 100, orders: 3, expected: 33 },
    { amount: 5, orders: 2, expected: 3 },
    { amount: -5, orders: 2, expected: -3 },
    { amount: 100, orders: 0, expected: null },
  ])('perOrder($amount, $orders) → $expected', ({ amount, orders, expected }) => {
    expect(perOrder(fen(amount), orders)).toBe(expected);
  });
});

describe('validateItemMonthFigures', () => {
  it.each([
    { patch: { orders: -1 }, field: 'orders', messageKey: 'profitability.figures.negative' },
    { patch: { orders: 1.5 }, field: 'orders', messageKey: 'profitability.figures.notWholeNumber' },
    { patch: { revenue: 30.5 }, field: 'revenue', messageKey: 'profitability.figures.notWholeNumber' },
    { patch: { labourMinutes: Number.NaN }, field: 'labourMinutes', messageKey: 'profitability.figures.notWholeNumber' },
    { patch: { materials: -500 }, field: 'materials', messageKey: 'profitability.figures.negative' },
    { patch: { overheadBasisPoints: 2.5 }, field: 'overheadBasisPoints', messageKey: 'profitability.figures.notWholeNumber' },
    { patch: { riskBasisPoints: -1 }, field: 'riskBasisPoints', messageKey: 'profitability.figures.negative' },
    { patch: { refunds: -1 }, field: 'refunds', messageKey: 'profitability.figures.negative' },
    { patch: { month: '2025-13' }, field: 'month', messageKey: 'profitability.figures.monthInvalid' },
    { patch: { month: '2025-1' }, field: 'month', messageKey: 'profitability.figures.monthInvalid' },
    { patch: { charge: 'gift' }, field: 'charge', messageKey: 'profitability.figures.chargeUnknown' },
  ])('$field: $patch → $messageKey', ({ patch, field, messageKey }) => {
    const f = { ...october.drain, ...patch } as ItemMonthFigures;
    expect(validateItemMonthFigures(f).map((i) => [i.field, i.messageKey])).toEqual([[field, messageKey]]);
    expect(() => itemMonthPnl(f)).toThrow(RangeError);
  });

  it('a free service earns nothing', () => {
    expect(validateItemMonthFigures({ ...october.parcels, revenue: fen(500) })).toEqual([
      { code: 'VALIDATION_FAILED', field: 'revenue', messageKey: 'profitability.figures.freeRevenue', params: { revenue: '¥5.00', revenueFen: 500 } },
    ]);
  });

  it('accepts sound figures', () => {
    for (const f of Object.values(october)) expect(validateItemMonthFigures(f)).toEqual([]);
  });
});

describe('classifyMargin: against the target band, on the rounded rate the reviewer sees', () => {
  it('the band defaults to a 5% floor and the catalog’s 20% ceiling', () => {
    expect(DEFAULT_MARGIN_TARGET_BAND).toEqual({ floorBasisPoints: 500, ceilingBasisPoints: DEFAULT_MARGIN_CEILING_BASIS_POINTS });
    expect(DEFAULT_MARGIN_CEILING_BASIS_POINTS).toBe(2000);
  });

  it.each<{ revenue: number; margin: number; status: PaidPnlStatus; note: string }>([
    { revenue: 10_000, margin: -1, status: 'loss', note: 'one fen below cost' },
    { revenue: 10_000, margin: 0, status: 'thin', note: 'exactly at cost (保本) is not yet a small profit' },
    { revenue: 10_000, margin: 499, status: 'thin', note: '4.99%' },
    { revenue: 10_000, margin: 500, status: 'healthy', note: 'exactly at the floor' },
    { revenue: 1_000_000, margin: 49_995, status: 'healthy', note: '4.9995% shows as 5.00%' },
    { revenue: 1_000_000, margin: 49_949, status: 'thin', note: '4.9949% shows as 4.99%' },
    { revenue: 10_000, margin: 2000, status: 'healthy', note: 'exactly at the ceiling' },
    { revenue: 1_000_000, margin: 200_049, status: 'healthy', note: '20.0049% shows as 20.00%' },
    { revenue: 1_000_000, margin: 200_050, status: 'over_margin', note: '20.005% shows as 20.01%' },
    { revenue: 10_000, margin: 10_000, status: 'over_margin', note: 'no cost at all' },
    { revenue: 0, margin: 0, status: 'idle', note: 'nothing happened' },
    { revenue: 0, margin: -550, status: 'loss', note: 'a cost and no revenue' },
  ])('$note → $status', ({ revenue, margin, status }) => {
    expect(classifyMargin({ margin: fen(margin), revenue: fen(revenue) })).toBe(status);
  });

  it('the band is a company setting', () => {
    const band = { floorBasisPoints: 1000, ceilingBasisPoints: 1500 };
    expect(classifyMargin({ margin: fen(900), revenue: fen(10_000), band })).toBe('thin');
    expect(classifyMargin({ margin: fen(1600), revenue: fen(10_000), band })).toBe('over_margin');
    expect(itemMonthPnl(october.rack, band).status).toBe('over_margin'); // 15.25%
  });

  it.each([
    { band: { floorBasisPoints: 2500, ceilingBasisPoints: 2000 }, field: 'floorBasisPoints', messageKey: 'profitability.band.floorAboveCeiling' },
    { band: { floorBasisPoints: -1, ceilingBasisPoints: 2000 }, field: 'floorBasisPoints', messageKey: 'profitability.band.negative' },
    { band: { floorBasisPoints: 500, ceilingBasisPoints: 20.5 }, field: 'ceilingBasisPoints', messageKey: 'profitability.band.notWholeNumber' },
  ])('rejects the band $band', ({ band, field, messageKey }) => {
    expect(validateMarginTargetBand(band).map((i) => [i.field, i.messageKey])).toEqual([[field, messageKey]]);
    expect(() => classifyMargin({ margin: fen(0), revenue: fen(1), band })).toThrow(RangeError);
  });

  it('gives the floor and ceiling in the text', () => {
    expect(validateMarginTargetBand({ floorBasisPoints: 2500, ceilingBasisPoints: 2000 })[0]?.params).toEqual({ floor: '25.00%', ceiling: '20.00%' });
  });
});

describe('totals: a project and a company are the sums of their items', () => {
  const lakeside = Object.values(october).map((f) => itemMonthPnl(f));
  const hillside = [itemMonthPnl(figures(item('i-drain', '疏通下水', '水电类', 'paid', 'p-hillside'), { orders: 4, revenue: 12_000, labourMinutes: 120, materials: 800 }))];

  it('a project-month, to the fen', () => {
    const totals = sumPnl(lakeside);
    expect(totals).toEqual({
      items: 6,
      orders: 156,
      revenue: 162_000,
      cost: { labour: 178_000, materials: 9600, overhead: 18_760, risk: 3828, refunds: 2100, total: 212_288 },
      margin: -50_288,
      marginBasisPoints: -3104,
      goodwillCost: 66_000,
      paidMargin: 15_712,
      paidMarginBasisPoints: 970,
      status: 'healthy',
    });
  });

  it('per project, ordered by project id, and the company as the sum of projects', () => {
    const all = [...lakeside, ...hillside];
    const byProject = pnlTotalsBy(all, (p) => p.projectId);
    expect(byProject.map((g) => [g.key, g.totals.revenue, g.totals.margin])).toEqual([
      ['p-hillside', 12_000, 4316], // labour 6000 + materials 800 + overhead 680 + risk 204 = 7684
      ['p-lakeside', 162_000, -50_288],
    ]);
    const company = sumPnl(all);
    expect(company.revenue).toBe(byProject.reduce((s, g) => s + g.totals.revenue, 0));
    expect(company.cost.total).toBe(byProject.reduce((s, g) => s + g.totals.cost.total, 0));
  });

  it('nothing sums to zeros', () => {
    expect(sumPnl([])).toMatchObject({ items: 0, orders: 0, revenue: 0, margin: 0, marginBasisPoints: null, status: 'idle' });
  });

  it('refuses a sum beyond the safe integers rather than round it', () => {
    const huge = itemMonthPnl(figures(drain, { orders: 1, revenue: 2 ** 52, materials: 2 ** 52 }));
    expect(() => sumPnl([huge, huge])).toThrow(RangeError);
    expect(sumPnl([huge]).revenue).toBe(2 ** 52);
  });
});

describe('12-month trend', () => {
  it('fills missing months with zeros, oldest first, months in Asia/Shanghai keys', () => {
    const trend = itemPnlTrend({
      item: drain,
      figures: [october.drain, figures(drain, { month: '2025-03', orders: 2, revenue: 6000, labourMinutes: 90, materials: 1000 }), figures(drain, { month: '2024-10', orders: 9, revenue: 27_000 })],
      endMonth: '2025-10',
    });
    expect(trend.map((p) => p.month)).toEqual([
      '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10',
    ]);
    expect(trend.map((p) => p.status)).toEqual(['idle', 'idle', 'idle', 'idle', 'loss', 'idle', 'idle', 'idle', 'idle', 'idle', 'idle', 'loss']);
    expect(trend[4]).toMatchObject({ orders: 2, revenue: 6000, margin: 6000 - 6215 });
    expect(trend[0]).toMatchObject({ orders: 0, revenue: 0, margin: 0, cost: { total: 0 }, costPerOrder: null });
  });

  it('a free item’s empty months are goodwill at no cost', () => {
    const trend = itemPnlTrend({ item: parcels, figures: [], endMonth: '2025-01', months: 3 });
    expect(trend.map((p) => [p.month, p.status, p.goodwillCost])).toEqual([
      ['2024-11', 'goodwill', 0],
      ['2024-12', 'goodwill', 0],
      ['2025-01', 'goodwill', 0],
    ]);
  });

  it('refuses rows of another item or two rows for a month', () => {
    expect(() => itemPnlTrend({ item: drain, figures: [october.toilet], endMonth: '2025-10' })).toThrow(RangeError);
    expect(() => itemPnlTrend({ item: drain, figures: [october.drain, october.drain], endMonth: '2025-10' })).toThrow(RangeError);
  });

  it('totals per month, zero where nothing happened', () => {
    const pnls = [itemMonthPnl(october.drain), itemMonthPnl(october.toilet), itemMonthPnl(figures(drain, { month: '2025-08', orders: 1, revenue: 3000 }))];
    const trend = pnlTotalsTrend({ pnls, endMonth: '2025-10', months: 3 });
    expect(trend.map((t) => [t.month, t.totals.items, t.totals.revenue])).toEqual([
      ['2025-08', 1, 3000],
      ['2025-09', 0, 0],
      ['2025-10', 2, 76_000],
    ]);
  });
});

describe('properties', () => {
  const anyFigures = fc
    .record({
      charge: fc.constantFrom('paid' as const, 'free' as const),
      orders: fc.integer({ min: 0, max: 2000 }),
      revenue: fc.integer({ min: 0, max: 50_000_000 }),
      labourMinutes: fc.integer({ min: 0, max: 100_000 }),
      ratePerHour: fc.integer({ min: 0, max: 20_000 }),
      materials: fc.integer({ min: 0, max: 10_000_000 }),
      overheadBasisPoints: fc.integer({ min: 0, max: 5000 }),
      riskBasisPoints: fc.integer({ min: 0, max: 5000 }),
      refunds: fc.integer({ min: 0, max: 1_000_000 }),
      itemId: fc.constantFrom('a', 'b', 'c', 'd'),
      projectId: fc.constantFrom('p1', 'p2'),
      month: fc.constantFrom('2025-09', '2025-10'),
    })
    .map((r) =>
      figures(item(r.itemId, `item ${r.itemId}`, 'cat', r.charge, r.projectId), {
        ...r,
        revenue: r.charge === 'free' ? 0 : r.revenue,
      }),
    );

  it('margin = revenue − cost, and the cost parts add up exactly', () => {
    fc.assert(
      fc.property(anyFigures, (f) => {
        const p = itemMonthPnl(f);
        expect(p.margin).toBe(p.revenue - p.cost.total);
        expect(p.cost.labour + p.cost.materials + p.cost.overhead + p.cost.risk + p.cost.refunds).toBe(p.cost.total);
      }),
    );
  });

  it('classification is monotonic in the margin: more margin at the same revenue is never worse', () => {
    const rank: Record<PaidPnlStatus, number> = { loss: 0, idle: 1, thin: 1, healthy: 2, over_margin: 3 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (revenue, margin, more, floor, extra) => {
          const band = { floorBasisPoints: floor, ceilingBasisPoints: floor + extra };
          const lower = classifyMargin({ margin: fen(margin), revenue: fen(revenue), band });
          const higher = classifyMargin({ margin: fen(margin + more), revenue: fen(revenue), band });
          expect(rank[higher]).toBeGreaterThanOrEqual(rank[lower]);
        },
      ),
    );
  });

  it('totals equal the sum of the items, per project and overall', () => {
    fc.assert(
      fc.property(fc.array(anyFigures, { maxLength: 30 }), (rows) => {
        const pnls = rows.map((f) => itemMonthPnl(f));
        const totals = sumPnl(pnls);
        const sum = (pick: (p: (typeof pnls)[number]) => number) => pnls.reduce((s, p) => s + pick(p), 0);
        expect(totals.revenue).toBe(sum((p) => p.revenue));
        expect(totals.cost.total).toBe(sum((p) => p.cost.total));
        expect(totals.cost.labour).toBe(sum((p) => p.cost.labour));
        expect(totals.margin).toBe(sum((p) => p.margin));
        expect(totals.goodwillCost).toBe(sum((p) => p.goodwillCost));
        expect(totals.orders).toBe(sum((p) => p.orders));
        const byProject = pnlTotalsBy(pnls, (p) => p.projectId);
        expect(byProject.reduce((s, g) => s + g.totals.margin, 0)).toBe(totals.margin);
        expect(byProject.reduce((s, g) => s + g.totals.items, 0)).toBe(pnls.length);
      }),
    );
  });

  it('a free item is always goodwill, with its whole cost as goodwill', () => {
    fc.assert(
      fc.property(anyFigures, (f) => {
        const p = itemMonthPnl(f);
        expect(p.status === 'goodwill').toBe(f.charge === 'free');
        if (f.charge === 'free') expect(p.goodwillCost).toBe(p.cost.total);
      }),
    );
  });
});
