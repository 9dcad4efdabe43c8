import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen } from '../money/fen.js';
import {
  assessMargin,
  costBreakdown,
  marginAt,
  unitCost,
  validateCostModel,
  type CostModel,
} from './cost-model.js';
import { fixedPricing, freePricing, rangePricing, unsetPricing, workloadPricing } from './pricing.js';

const model = (m: {
  minutes: number;
  ratePerHour: number;
  materials: number;
  overheadBp: number;
  riskBp: number;
}): CostModel => ({
  labourMinutes: m.minutes,
  labourRatePerHour: fen(m.ratePerHour),
  materials: fen(m.materials),
  overheadBasisPoints: m.overheadBp,
  riskBasisPoints: m.riskBp,
});

// 疏通下水: 45 min at ¥30.00/h, ¥5.00 materials, overhead 10%, risk 3%.
//   labour 45 × 3000 / 60 = 2250; base 2250 + 500 = 2750;
//   overhead 10% × 2750 = 275; risk 3% × 2750 = 82.5 → 83; total 3108 (¥31.08).
const drain = model({ minutes: 45, ratePerHour: 3000, materials: 500, overheadBp: 1000, riskBp: 300 });
// 换锁: 20 min at ¥25.00/h, lock billed to the resident so no materials.
//   labour 20 × 2500 / 60 = 833.33 → 833; overhead 83.3 → 83; risk 24.99 → 25; total 941.
const lock = model({ minutes: 20, ratePerHour: 2500, materials: 0, overheadBp: 1000, riskBp: 300 });
// 换管: 90 min at ¥30.00/h, ¥20.00 fittings: labour 4500; base 6500; overhead 650; risk 195; total 7345.
const pipes = model({ minutes: 90, ratePerHour: 3000, materials: 2000, overheadBp: 1000, riskBp: 300 });
// 邮件收递 (free): 10 min at ¥30.00/h: labour 500; overhead 50; total 550.
const parcels = model({ minutes: 10, ratePerHour: 3000, materials: 0, overheadBp: 1000, riskBp: 0 });

describe('costBreakdown: labour (minutes × rate ÷ 60) + materials, overhead and risk each a share of labour + materials', () => {
  it.each([
    { item: '疏通下水', m: drain, cost: { labour: 2250, materials: 500, overhead: 275, risk: 83, total: 3108 } },
    { item: '换锁', m: lock, cost: { labour: 833, materials: 0, overhead: 83, risk: 25, total: 941 } },
    { item: '换管', m: pipes, cost: { labour: 4500, materials: 2000, overhead: 650, risk: 195, total: 7345 } },
    { item: '邮件收递', m: parcels, cost: { labour: 500, materials: 0, overhead: 50, risk: 0, total: 550 } },
    {
      item: '1 min at ¥30.30/h = 50.5 fen → 51 (half up)',
      m: model({ minutes: 1, ratePerHour: 3030, materials: 0, overheadBp: 0, riskBp: 0 }),
      cost: { labour: 51, materials: 0, overhead: 0, risk: 0, total: 51 },
    },
    {
      item: 'overhead and risk do not compound: 20% + 5% of ¥100.00',
      m: model({ minutes: 0, ratePerHour: 0, materials: 10_000, overheadBp: 2000, riskBp: 500 }),
      cost: { labour: 0, materials: 10_000, overhead: 2000, risk: 500, total: 12_500 },
    },
    {
      item: 'nothing',
      m: model({ minutes: 0, ratePerHour: 3000, materials: 0, overheadBp: 1000, riskBp: 300 }),
      cost: { labour: 0, materials: 0, overhead: 0, risk: 0, total: 0 },
    },
  ])('$item', ({ m, cost }) => {
    expect(costBreakdown(m)).toEqual(cost);
    expect(unitCost(m)).toBe(cost.total);
  });
});

describe('validateCostModel', () => {
  it.each([
    { field: 'labourMinutes', patch: { labourMinutes: -1 }, messageKey: 'catalog.cost.negative' },
    { field: 'labourMinutes', patch: { labourMinutes: 7.5 }, messageKey: 'catalog.cost.notWholeNumber' },
    { field: 'labourRatePerHour', patch: { labourRatePerHour: -3000 }, messageKey: 'catalog.cost.negative' },
    { field: 'materials', patch: { materials: 0.5 }, messageKey: 'catalog.cost.notWholeNumber' },
    { field: 'overheadBasisPoints', patch: { overheadBasisPoints: -100 }, messageKey: 'catalog.cost.negative' },
    { field: 'riskBasisPoints', patch: { riskBasisPoints: 2.5 }, messageKey: 'catalog.cost.notWholeNumber' },
    { field: 'riskBasisPoints', patch: { riskBasisPoints: Number.NaN }, messageKey: 'catalog.cost.notWholeNumber' },
  ])('$field: $patch → $messageKey', ({ field, patch, messageKey }) => {
    const m = { ...drain, ...patch } as CostModel;
    expect(validateCostModel(m)).toEqual([{ code: 'VALIDATION_FAILED', field, messageKey, params: {} }]);
    expect(() => costBreakdown(m)).toThrow(RangeError);
  });

  it('accepts a sound model', () => {
    expect(validateCostModel(drain)).toEqual([]);
  });
});

describe('marginAt: price − cost, and as basis points of the price', () => {
  it.each([
    { cost: 3108, price: 3000, margin: -108, bp: -360 },
    { cost: 3108, price: 3500, margin: 392, bp: 1120 },
    { cost: 3108, price: 3885, margin: 777, bp: 2000 },
    { cost: 3108, price: 3886, margin: 778, bp: 2002 },
    { cost: 7345, price: 100_000, margin: 92_655, bp: 9266, note: '9265.5 bp rounds up' },
    { cost: 3108, price: 3108, margin: 0, bp: 0 },
    { cost: 550, price: 0, margin: -550, bp: null },
  ])('cost $cost at price $price → margin $margin, $bp bp', ({ cost, price, margin, bp }) => {
    expect(marginAt({ cost: fen(cost), price: fen(price) })).toEqual({ cost, price, margin, basisPoints: bp });
  });
});

describe('assessMargin: 保本微利 warnings, never blockers', () => {
  it.each([
    { rule: 'fixed below cost → loss', pricing: fixedPricing(fen(3000)), m: drain, warnings: [{ code: 'loss', at: 'price', margin: -108, basisPoints: -360 }] },
    { rule: 'fixed with a small profit → nothing', pricing: fixedPricing(fen(3500)), m: drain, warnings: [] },
    { rule: 'fixed exactly at cost (保本) → nothing', pricing: fixedPricing(fen(3108)), m: drain, warnings: [] },
    { rule: 'fixed exactly at the 20% ceiling → nothing', pricing: fixedPricing(fen(3885)), m: drain, warnings: [] },
    { rule: 'fixed above the ceiling → over_margin', pricing: fixedPricing(fen(3886)), m: drain, warnings: [{ code: 'over_margin', at: 'price', margin: 778, basisPoints: 2002 }] },
    { rule: 'fixed at 0 with a cost → loss', pricing: fixedPricing(fen(0)), m: parcels, warnings: [{ code: 'loss', at: 'price', margin: -550, basisPoints: null }] },
    {
      rule: 'range: fine at min, over the ceiling at max',
      pricing: rangePricing(fen(1000), fen(5000)),
      m: lock,
      warnings: [{ code: 'over_margin', at: 'max', margin: 4059, basisPoints: 8118 }],
    },
    {
      rule: 'workload: loss at min, over the ceiling at max',
      pricing: workloadPricing(fen(1000), fen(100_000)),
      m: pipes,
      warnings: [
        { code: 'loss', at: 'min', margin: -6345, basisPoints: -63_450 },
        { code: 'over_margin', at: 'max', margin: 92_655, basisPoints: 9266 },
      ],
    },
    {
      rule: 'range entirely below cost → loss at both ends',
      pricing: rangePricing(fen(2000), fen(3000)),
      m: drain,
      warnings: [
        { code: 'loss', at: 'min', margin: -1108, basisPoints: -5540 },
        { code: 'loss', at: 'max', margin: -108, basisPoints: -360 },
      ],
    },
  ])('$rule', ({ pricing, m, warnings }) => {
    const assessment = assessMargin({ pricing, costModel: m });
    expect(assessment.treatment).toBe('priced');
    expect(assessment.warnings.map(({ code, at, margin, basisPoints }) => ({ code, at, margin, basisPoints }))).toEqual(warnings);
  });

  it('reports both ends of a range', () => {
    expect(assessMargin({ pricing: rangePricing(fen(1000), fen(5000)), costModel: lock }).points).toEqual([
      { at: 'min', price: 1000, cost: 941, margin: 59, basisPoints: 590 },
      { at: 'max', price: 5000, cost: 941, margin: 4059, basisPoints: 8118 },
    ]);
  });

  it('gives the texts their figures', () => {
    const [loss] = assessMargin({ pricing: fixedPricing(fen(3000)), costModel: drain }).warnings;
    expect(loss?.messageKey).toBe('catalog.margin.loss');
    expect(loss?.params).toEqual({ price: '¥30.00', cost: '¥31.08', loss: '¥1.08', priceFen: 3000, costFen: 3108 });
    const [over] = assessMargin({ pricing: fixedPricing(fen(3886)), costModel: drain }).warnings;
    expect(over?.messageKey).toBe('catalog.margin.overCeiling');
    expect(over?.params).toEqual({
      price: '¥38.86',
      rate: '20.02%',
      ceiling: '20.00%',
      priceFen: 3886,
      basisPoints: 2002,
      ceilingBasisPoints: 2000,
    });
  });

  it.each([
    { ceiling: 1000, price: 3500, warned: true, note: '11.20% > 10%' },
    { ceiling: 1120, price: 3500, warned: false, note: '11.20% = 11.20%' },
    { ceiling: 3000, price: 3886, warned: false, note: '20.02% < 30%' },
  ])('the ceiling is a setting: $note', ({ ceiling, price, warned }) => {
    const { warnings } = assessMargin({ pricing: fixedPricing(fen(price)), costModel: drain, marginCeilingBasisPoints: ceiling });
    expect(warnings.some((w) => w.code === 'over_margin')).toBe(warned);
  });

  it.each([
    { rule: 'free is goodwill: cost shown, no warning', pricing: freePricing(), treatment: 'goodwill' },
    { rule: 'unset has nothing to compare', pricing: unsetPricing(), treatment: 'unpriced' },
  ])('$rule', ({ pricing, treatment }) => {
    expect(assessMargin({ pricing, costModel: parcels })).toEqual({
      treatment,
      cost: { labour: 500, materials: 0, overhead: 50, risk: 0, total: 550 },
      points: [],
      warnings: [],
    });
  });

  it('rejects a fractional or negative ceiling', () => {
    expect(() => assessMargin({ pricing: freePricing(), costModel: drain, marginCeilingBasisPoints: 20.5 })).toThrow(RangeError);
    expect(() => assessMargin({ pricing: freePricing(), costModel: drain, marginCeilingBasisPoints: -1 })).toThrow(RangeError);
  });
});

describe('properties', () => {
  const costModel = fc.record({
    labourMinutes: fc.integer({ min: 0, max: 600 }),
    labourRatePerHour: fc.integer({ min: 0, max: 50_000 }).map(fen),
    materials: fc.integer({ min: 0, max: 1_000_000 }).map(fen),
    overheadBasisPoints: fc.integer({ min: 0, max: 5000 }),
    riskBasisPoints: fc.integer({ min: 0, max: 5000 }),
  });

  it('the parts add up to the total exactly', () => {
    fc.assert(
      fc.property(costModel, (m) => {
        const c = costBreakdown(m);
        expect(c.labour + c.materials + c.overhead + c.risk).toBe(c.total);
      }),
    );
  });

  it('a price at or above cost never warns loss; below cost always does', () => {
    fc.assert(
      fc.property(costModel, fc.integer({ min: 0, max: 2_000_000 }), (m, price) => {
        const { warnings } = assessMargin({ pricing: fixedPricing(fen(price)), costModel: m });
        expect(warnings.some((w) => w.code === 'loss')).toBe(price < unitCost(m));
      }),
    );
  });

  it('free items never warn', () => {
    fc.assert(
      fc.property(costModel, (m) => {
        expect(assessMargin({ pricing: freePricing(), costModel: m }).warnings).toEqual([]);
      }),
    );
  });
});
