import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedPricing, freePricing, priceWithin, rangePricing, unsetPricing, workloadPricing, type Pricing } from '../catalog/pricing.js';
import { fen, sumFen, type Fen } from '../money/fen.js';
import { formatQuantity, lineAmount, quoteTotal, validateQuote, type QuoteLine } from './quote.js';

const drain: QuoteLine = { kind: 'catalog', name: '疏通下水', pricing: fixedPricing(fen(3000)), quantityMilli: 1000, unitPrice: fen(3000) };
const lock: QuoteLine = { kind: 'catalog', name: '换锁', pricing: rangePricing(fen(1000), fen(5000)), quantityMilli: 2000, unitPrice: fen(3500) };
const pipes: QuoteLine = { kind: 'catalog', name: '换管', pricing: workloadPricing(fen(1000), fen(100_000)), quantityMilli: 1000, unitPrice: fen(42_000) };
const parcels: QuoteLine = { kind: 'catalog', name: '邮件收递', pricing: freePricing(), quantityMilli: 1000, unitPrice: fen(0) };
const cleaning: QuoteLine = { kind: 'catalog', name: '家政保洁', pricing: fixedPricing(fen(3333)), quantityMilli: 1500, unitPrice: fen(3333) };
const pvc: QuoteLine = { kind: 'material', name: 'PVC 管 DN50', quantityMilli: 2350, unitPrice: fen(1200) };
const rice: QuoteLine = { kind: 'goods', name: '大米 10kg', amount: fen(6500) };
const errandFee: QuoteLine = { kind: 'catalog', name: '代购服务费', pricing: fixedPricing(fen(1000)), quantityMilli: 1000, unitPrice: fen(1000) };

describe('lineAmount: unit price × quantity, to the fen', () => {
  it.each([
    { rule: 'one drain at the fixed ¥30', line: drain, amount: 3000 },
    { rule: 'two locks at ¥35 each', line: lock, amount: 7000 },
    { rule: 'a free service is 0', line: parcels, amount: 0 },
    { rule: '1.5 hours at ¥33.33: ¥49.995 rounds half up to ¥50.00', line: cleaning, amount: 5000 },
    { rule: '2.35 m of pipe at ¥12.00 = ¥28.20', line: pvc, amount: 2820 },
    { rule: 'goods are their amount', line: rice, amount: 6500 },
    { rule: '0.001 of ¥4.99 is 0.499 fen → 0', line: { ...pvc, quantityMilli: 1, unitPrice: fen(499) }, amount: 0 },
    { rule: '0.001 of ¥5.00 is 0.5 fen → 1', line: { ...pvc, quantityMilli: 1, unitPrice: fen(500) }, amount: 1 },
  ])('$rule', ({ line, amount }) => {
    expect(lineAmount(line)).toBe(amount);
  });

  it('throws on a fractional number of thousandths', () => {
    expect(() => lineAmount({ ...pvc, quantityMilli: 1.5 })).toThrow(RangeError);
  });
});

describe('quoteTotal: subtotals per kind and an exact total', () => {
  it('a repair with materials, and an errand with goods', () => {
    expect(quoteTotal([pipes, pvc, drain])).toEqual({ service: 45_000, materials: 2820, goods: 0, total: 47_820, lineAmounts: [42_000, 2820, 3000] });
    expect(quoteTotal([errandFee, rice])).toEqual({ service: 1000, materials: 0, goods: 6500, total: 7500, lineAmounts: [1000, 6500] });
    expect(quoteTotal([])).toEqual({ service: 0, materials: 0, goods: 0, total: 0, lineAmounts: [] });
  });
});

describe('validateQuote: only published prices are quoted', () => {
  it.each([
    { rule: 'fixed, range, by-workload and free items at valid prices', lines: [drain, lock, pipes, parcels], serviceType: 'repair' },
    { rule: 'the range ends are inside', lines: [{ ...lock, unitPrice: fen(1000) }, { ...lock, unitPrice: fen(5000) }], serviceType: 'repair' },
    { rule: 'materials at cost, even 0', lines: [pipes, pvc, { ...pvc, unitPrice: fen(0) }], serviceType: 'repair' },
    { rule: 'an errand: service fee plus goods', lines: [errandFee, rice], serviceType: 'errand' },
    { rule: 'a fractional quantity of hours', lines: [cleaning], serviceType: 'housekeeping' },
  ] as const)('accepts $rule', ({ lines, serviceType }) => {
    expect(validateQuote({ lines, serviceType })).toEqual({ ok: true, totals: quoteTotal(lines) });
  });

  it.each([
    { rule: 'no lines', lines: [], field: 'lines', messageKey: 'order.quote.empty', params: {} },
    { rule: 'a fixed item at another price', lines: [{ ...drain, unitPrice: fen(2500) }], field: 'lines.0.unitPrice', messageKey: 'catalog.quote.mustEqualPrice', params: { price: '¥30.00', priceFen: 3000, line: 1, item: '疏通下水' } },
    {
      rule: 'a range item above the range, on the third line',
      lines: [drain, pipes, { ...lock, unitPrice: fen(6000) }],
      field: 'lines.2.unitPrice',
      messageKey: 'catalog.quote.outOfRange',
      params: { quoted: '¥60.00', min: '¥10.00', max: '¥50.00', quotedFen: 6000, minFen: 1000, maxFen: 5000, line: 3, item: '换锁' },
    },
    { rule: 'a by-workload item below the range', lines: [{ ...pipes, unitPrice: fen(999) }], field: 'lines.0.unitPrice', messageKey: 'catalog.quote.outOfRange', params: { quoted: '¥9.99', min: '¥10.00', max: '¥1,000.00', quotedFen: 999, minFen: 1000, maxFen: 100_000, line: 1, item: '换管' } },
    { rule: 'a free item charged', lines: [{ ...parcels, unitPrice: fen(500) }], field: 'lines.0.unitPrice', messageKey: 'catalog.quote.mustBeFree', params: { line: 1, item: '邮件收递' } },
    { rule: 'an unpriced item', lines: [{ ...drain, pricing: unsetPricing() }], field: 'lines.0.unitPrice', messageKey: 'catalog.quote.unpriced', params: { line: 1, item: '疏通下水' } },
    { rule: 'a price in fractions of a fen', lines: [{ ...lock, unitPrice: 1234.5 as Fen }], field: 'lines.0.unitPrice', messageKey: 'catalog.price.notWholeFen', params: { line: 1, item: '换锁' } },
    { rule: 'quantity 0', lines: [{ ...drain, quantityMilli: 0 }], field: 'lines.0.quantityMilli', messageKey: 'order.quote.quantityNotPositive', params: { line: 1, item: '疏通下水' } },
    { rule: 'a negative quantity', lines: [{ ...pvc, quantityMilli: -1000 }], field: 'lines.0.quantityMilli', messageKey: 'order.quote.quantityNotPositive', params: { line: 1, item: 'PVC 管 DN50' } },
    { rule: 'a quantity finer than a thousandth', lines: [{ ...pvc, quantityMilli: 1000.5 }], field: 'lines.0.quantityMilli', messageKey: 'order.quote.quantityNotWhole', params: { line: 1, item: 'PVC 管 DN50' } },
    { rule: 'a negative material price', lines: [{ ...pvc, unitPrice: fen(-100) }], field: 'lines.0.unitPrice', messageKey: 'catalog.price.negative', params: { amount: '-¥1.00', amountFen: -100, line: 1, item: 'PVC 管 DN50' } },
    { rule: 'a material without a name', lines: [{ ...pvc, name: ' ' }], field: 'lines.0.name', messageKey: 'order.quote.nameRequired', params: { line: 1, item: ' ' } },
    { rule: 'goods on a repair', lines: [drain, rice], field: 'lines.1.kind', messageKey: 'order.quote.goodsOnlyForErrands', params: { line: 2, item: '大米 10kg' } },
    { rule: 'an unknown kind of line', lines: [{ kind: 'discount', name: '优惠', amount: fen(-500) } as unknown as QuoteLine], field: 'lines.0.kind', messageKey: 'order.quote.lineKindUnknown', params: { kind: 'discount', line: 1, item: '优惠' } },
  ] as const)('refuses $rule', ({ lines, field, messageKey, params }) => {
    expect(validateQuote({ lines, serviceType: 'repair' })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey, params });
  });

  it.each([
    { rule: 'goods of ¥0', line: { ...rice, amount: fen(0) }, field: 'lines.0.amount', messageKey: 'order.quote.goodsAmountNotPositive' },
    { rule: 'goods of a negative amount', line: { ...rice, amount: fen(-100) }, field: 'lines.0.amount', messageKey: 'order.quote.goodsAmountNotPositive' },
  ] as const)('refuses on an errand: $rule', ({ line, field, messageKey }) => {
    expect(validateQuote({ lines: [line], serviceType: 'errand' })).toMatchObject({ ok: false, field, messageKey });
  });

  it('lists every issue, the first repeated as the failure', () => {
    const result = validateQuote({ lines: [{ ...drain, unitPrice: fen(1) }, { ...lock, quantityMilli: 0, unitPrice: fen(1) }], serviceType: 'repair' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe('lines.0.unitPrice');
    expect(result.issues?.map((issue) => issue.field)).toEqual(['lines.0.unitPrice', 'lines.1.quantityMilli', 'lines.1.unitPrice']);
  });
});

describe('formatQuantity', () => {
  it.each([
    { milli: 1000, text: '1' },
    { milli: 1500, text: '1.5' },
    { milli: 2350, text: '2.35' },
    { milli: 1, text: '0.001' },
    { milli: 12_000, text: '12' },
  ])('$milli → $text', ({ milli, text }) => {
    expect(formatQuantity(milli)).toBe(text);
  });
});

describe('properties', () => {
  const amount = (max: number) => fc.integer({ min: 0, max }).map((n) => fen(n));
  const pricing: fc.Arbitrary<Pricing> = fc.oneof(
    amount(200_000).map((price) => fixedPricing(price)),
    fc.tuple(amount(200_000), amount(200_000)).map(([a, b]) => rangePricing(fen(Math.min(a, b)), fen(Math.max(a, b)))),
    fc.tuple(amount(200_000), amount(200_000)).map(([a, b]) => workloadPricing(fen(Math.min(a, b)), fen(Math.max(a, b)))),
    fc.constant(freePricing()),
  );
  const line: fc.Arbitrary<QuoteLine> = fc.oneof(
    fc.record({ kind: fc.constant('catalog' as const), name: fc.constant('服务'), pricing, quantityMilli: fc.integer({ min: -10, max: 20_000 }), unitPrice: amount(250_000) }),
    fc.record({ kind: fc.constant('material' as const), name: fc.constant('材料'), quantityMilli: fc.integer({ min: 1, max: 20_000 }), unitPrice: amount(50_000) }),
    fc.record({ kind: fc.constant('goods' as const), name: fc.constant('商品'), amount: fc.integer({ min: -10, max: 100_000 }).map((n) => fen(n)) }),
  );

  it('an accepted quote’s catalog lines are always inside the published pricing', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.constantFrom('repair', 'errand'), (lines, serviceType) => {
        const result = validateQuote({ lines, serviceType });
        if (!result.ok) return;
        for (const l of lines) if (l.kind === 'catalog') expect(priceWithin(l.pricing, l.unitPrice)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a quote is accepted exactly when every line is (lines do not interact)', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const whole = validateQuote({ lines, serviceType: 'errand' }).ok;
        expect(whole).toBe(lines.every((l) => validateQuote({ lines: [l], serviceType: 'errand' }).ok));
      }),
    );
  });

  it('total = sum of the lines = service + materials + goods', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), (lines) => {
        const totals = quoteTotal(lines);
        expect(totals.total).toBe(sumFen(lines.map(lineAmount)));
        expect(totals.total).toBe(totals.service + totals.materials + totals.goods);
        expect(totals.lineAmounts).toHaveLength(lines.length);
      }),
    );
  });

  it('a line amount is within half a fen of the exact product', () => {
    fc.assert(
      fc.property(amount(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (unitPrice, quantityMilli) => {
        const error = BigInt(lineAmount({ kind: 'material', name: 'x', unitPrice, quantityMilli })) * 1000n - BigInt(unitPrice) * BigInt(quantityMilli);
        expect(error >= -500n && error <= 500n).toBe(true);
      }),
    );
  });
});
