import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, type Fen } from '../money/fen.js';
import {
  canonicalPricing,
  fixedPricing,
  freePricing,
  priceWithin,
  pricingBounds,
  rangePricing,
  unsetPricing,
  validatePricing,
  validateQuotedPrice,
  workloadPricing,
  type Pricing,
  type PricingMode,
} from './pricing.js';

const f = fen;
const loose = (p: { mode: string; price?: number | null; min?: number | null; max?: number | null }): Pricing =>
  p as unknown as Pricing;

describe('validatePricing: draft-time rules for one item', () => {
  it.each([
    { rule: 'fixed with a price', pricing: fixedPricing(f(3000)), unit: '次' },
    { rule: 'fixed at 0 (allowed; free is the clearer mode)', pricing: fixedPricing(f(0)), unit: '次' },
    { rule: 'range with min < max', pricing: rangePricing(f(1000), f(5000)), unit: '把' },
    { rule: 'range with min = max', pricing: rangePricing(f(1000), f(1000)), unit: '把' },
    { rule: 'workload range', pricing: workloadPricing(f(1000), f(100_000)), unit: '次' },
    { rule: 'free at 0', pricing: freePricing(), unit: '次' },
    { rule: 'free without a price (read as 0)', pricing: { mode: 'free' } as Pricing, unit: '次' },
    { rule: 'unset in a draft', pricing: unsetPricing(), unit: '小时' },
    { rule: 'null amounts count as absent', pricing: { mode: 'fixed', price: f(3000), min: null, max: null } as Pricing, unit: '次' },
  ])('accepts $rule', ({ pricing, unit }) => {
    expect(validatePricing({ pricing, unit })).toEqual([]);
  });

  it.each([
    {
      rule: 'min above max',
      pricing: rangePricing(f(5000), f(1000)),
      issues: [{ field: 'min', messageKey: 'catalog.price.minAboveMax', params: { min: '¥50.00', max: '¥10.00', minFen: 5000, maxFen: 1000 } }],
    },
    {
      rule: 'negative price',
      pricing: fixedPricing(f(-100)),
      issues: [{ field: 'price', messageKey: 'catalog.price.negative', params: { amount: '-¥1.00', amountFen: -100 } }],
    },
    {
      rule: 'negative min (and no min-above-max noise)',
      pricing: rangePricing(f(-100), f(-500)),
      issues: [
        { field: 'min', messageKey: 'catalog.price.negative', params: { amount: '-¥1.00', amountFen: -100 } },
        { field: 'max', messageKey: 'catalog.price.negative', params: { amount: '-¥5.00', amountFen: -500 } },
      ],
    },
    { rule: 'fixed without a price', pricing: loose({ mode: 'fixed' }), issues: [{ field: 'price', messageKey: 'catalog.price.required', params: {} }] },
    {
      rule: 'fixed with a range',
      pricing: loose({ mode: 'fixed', price: 3000, min: 1000, max: 5000 }),
      issues: [
        { field: 'min', messageKey: 'catalog.price.rangeNotAllowed', params: { mode: 'fixed' } },
        { field: 'max', messageKey: 'catalog.price.rangeNotAllowed', params: { mode: 'fixed' } },
      ],
    },
    {
      rule: 'free with a range',
      pricing: loose({ mode: 'free', price: 0, max: 5000 }),
      issues: [{ field: 'max', messageKey: 'catalog.price.rangeNotAllowed', params: { mode: 'free' } }],
    },
    { rule: 'free with a price', pricing: loose({ mode: 'free', price: 500 }), issues: [{ field: 'price', messageKey: 'catalog.price.freeMustBeZero', params: {} }] },
    {
      rule: 'range with a single price',
      pricing: loose({ mode: 'range', price: 3000, min: 1000, max: 5000 }),
      issues: [{ field: 'price', messageKey: 'catalog.price.priceNotAllowed', params: { mode: 'range' } }],
    },
    {
      rule: 'range without bounds',
      pricing: loose({ mode: 'range' }),
      issues: [
        { field: 'min', messageKey: 'catalog.price.minRequired', params: {} },
        { field: 'max', messageKey: 'catalog.price.maxRequired', params: {} },
      ],
    },
    { rule: 'workload without max', pricing: loose({ mode: 'workload', min: 1000 }), issues: [{ field: 'max', messageKey: 'catalog.price.maxRequired', params: {} }] },
    {
      rule: 'unset carrying amounts',
      pricing: loose({ mode: 'unset', price: 3000, min: 1000 }),
      issues: [
        { field: 'price', messageKey: 'catalog.price.priceNotAllowed', params: { mode: 'unset' } },
        { field: 'min', messageKey: 'catalog.price.rangeNotAllowed', params: { mode: 'unset' } },
      ],
    },
    { rule: 'a fraction of a fen at run time', pricing: loose({ mode: 'fixed', price: 30.5 }), issues: [{ field: 'price', messageKey: 'catalog.price.notWholeFen', params: {} }] },
    { rule: 'an unknown mode', pricing: loose({ mode: 'negotiable' }), issues: [{ field: 'mode', messageKey: 'catalog.pricing.modeUnknown', params: { mode: 'negotiable' } }] },
  ])('rejects $rule', ({ pricing, issues }) => {
    expect(validatePricing({ pricing, unit: '次' })).toEqual(issues.map((i) => ({ code: 'VALIDATION_FAILED', ...i })));
  });

  it.each([
    { unit: '', extra: [], issue: { field: 'unit', messageKey: 'catalog.unit.required', params: {} } },
    { unit: '米', extra: [], issue: { field: 'unit', messageKey: 'catalog.unit.unknown', params: { unit: '米' } } },
    { unit: '米', extra: ['米'], issue: undefined },
  ])('unit "$unit" with company units $extra', ({ unit, extra, issue }) => {
    const issues = validatePricing({ pricing: fixedPricing(f(3000)), unit, companyExtraUnits: extra });
    expect(issues).toEqual(issue === undefined ? [] : [{ code: 'VALIDATION_FAILED', ...issue }]);
  });
});

describe('priceWithin: a quote respects the published price', () => {
  it.each([
    { rule: 'fixed: equal to the price', pricing: fixedPricing(f(3000)), quoted: 3000, ok: true },
    { rule: 'fixed: below the price', pricing: fixedPricing(f(3000)), quoted: 2999, ok: false },
    { rule: 'fixed: above the price', pricing: fixedPricing(f(3000)), quoted: 3001, ok: false },
    { rule: 'range: at min (inclusive)', pricing: rangePricing(f(1000), f(5000)), quoted: 1000, ok: true },
    { rule: 'range: at max (inclusive)', pricing: rangePricing(f(1000), f(5000)), quoted: 5000, ok: true },
    { rule: 'range: inside', pricing: rangePricing(f(1000), f(5000)), quoted: 3550, ok: true },
    { rule: 'range: one fen below min', pricing: rangePricing(f(1000), f(5000)), quoted: 999, ok: false },
    { rule: 'range: one fen above max', pricing: rangePricing(f(1000), f(5000)), quoted: 5001, ok: false },
    { rule: 'workload: inside', pricing: workloadPricing(f(1000), f(100_000)), quoted: 45_000, ok: true },
    { rule: 'workload: above max', pricing: workloadPricing(f(1000), f(100_000)), quoted: 100_001, ok: false },
    { rule: 'free: 0', pricing: freePricing(), quoted: 0, ok: true },
    { rule: 'free: anything else', pricing: freePricing(), quoted: 1, ok: false },
    { rule: 'unset: nothing can be quoted', pricing: unsetPricing(), quoted: 0, ok: false },
    { rule: 'incomplete range: nothing can be quoted', pricing: loose({ mode: 'range', min: 1000 }), quoted: 1000, ok: false },
  ])('$rule → $ok', ({ pricing, quoted, ok }) => {
    expect(priceWithin(pricing, f(quoted))).toBe(ok);
    expect(validateQuotedPrice({ pricing, quoted: f(quoted) }).length === 0).toBe(ok);
  });

  it.each([
    { pricing: fixedPricing(f(3000)), quoted: 2000, messageKey: 'catalog.quote.mustEqualPrice', params: { price: '¥30.00', priceFen: 3000 } },
    {
      pricing: rangePricing(f(1000), f(5000)),
      quoted: 6000,
      messageKey: 'catalog.quote.outOfRange',
      params: { quoted: '¥60.00', min: '¥10.00', max: '¥50.00', quotedFen: 6000, minFen: 1000, maxFen: 5000 },
    },
    { pricing: freePricing(), quoted: 500, messageKey: 'catalog.quote.mustBeFree', params: {} },
    { pricing: unsetPricing(), quoted: 500, messageKey: 'catalog.quote.unpriced', params: {} },
  ])('explains a refused quote of $quoted for $pricing.mode with $messageKey', ({ pricing, quoted, messageKey, params }) => {
    expect(validateQuotedPrice({ pricing, quoted: f(quoted) })).toEqual([
      { code: 'VALIDATION_FAILED', field: 'price', messageKey, params },
    ]);
  });
});

describe('pricingBounds and canonicalPricing', () => {
  it.each([
    { pricing: fixedPricing(f(3000)), bounds: { min: 3000, max: 3000 } },
    { pricing: rangePricing(f(1000), f(5000)), bounds: { min: 1000, max: 5000 } },
    { pricing: freePricing(), bounds: { min: 0, max: 0 } },
    { pricing: unsetPricing(), bounds: null },
  ])('$pricing.mode → $bounds', ({ pricing, bounds }) => {
    expect(pricingBounds(pricing)).toEqual(bounds);
  });

  it.each([
    { pricing: loose({ mode: 'free' }), canonical: { mode: 'free', price: 0, min: null, max: null } },
    { pricing: loose({ mode: 'fixed', price: 3000, min: 1 }), canonical: { mode: 'fixed', price: 3000, min: null, max: null } },
    { pricing: loose({ mode: 'workload', price: 1, min: 10, max: 20 }), canonical: { mode: 'workload', price: null, min: 10, max: 20 } },
    { pricing: loose({ mode: 'unset', price: 1 }), canonical: { mode: 'unset', price: null, min: null, max: null } },
  ])('canonical $pricing.mode keeps only its amounts', ({ pricing, canonical }) => {
    expect(canonicalPricing(pricing)).toEqual(canonical);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 10_000_000 }).map((n) => f(n));
  const orderedPair = fc.tuple(amount, amount).map(([a, b]): [Fen, Fen] => (a <= b ? [a, b] : [b, a]));
  const validPricing: fc.Arbitrary<Pricing> = fc.oneof(
    amount.map(fixedPricing),
    orderedPair.map(([min, max]) => rangePricing(min, max)),
    orderedPair.map(([min, max]) => workloadPricing(min, max)),
    fc.constant(freePricing()),
    fc.constant(unsetPricing()),
  );
  const concrete = fc.oneof(amount, fc.integer({ min: -1000, max: 0 }).map(f));

  it('every generated pricing is valid', () => {
    fc.assert(
      fc.property(validPricing, (pricing) => {
        expect(validatePricing({ pricing, unit: '次' })).toEqual([]);
      }),
    );
  });

  it('any accepted concrete price is inside the published range', () => {
    fc.assert(
      fc.property(validPricing, concrete, (pricing, price) => {
        fc.pre(priceWithin(pricing, price));
        const bounds = pricingBounds(pricing);
        expect(bounds).not.toBeNull();
        expect(price).toBeGreaterThanOrEqual(bounds?.min ?? Number.NaN);
        expect(price).toBeLessThanOrEqual(bounds?.max ?? Number.NaN);
        if (pricing.mode === 'fixed') expect(price).toBe(pricing.price);
        if (pricing.mode === 'free') expect(price).toBe(0);
      }),
    );
  });

  it('every price inside a range or workload range is accepted', () => {
    fc.assert(
      fc.property(orderedPair, fc.constantFrom<PricingMode>('range', 'workload'), fc.double({ min: 0, max: 1, noNaN: true }), ([min, max], mode, t) => {
        const inside = f(min + Math.floor((max - min) * t));
        expect(priceWithin({ mode, min, max }, inside)).toBe(true);
      }),
    );
  });
});
