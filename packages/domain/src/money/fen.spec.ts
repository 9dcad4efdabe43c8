import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addFen, fen, fenFromBigInt, isFen, multiplyFen, subtractFen, sumFen, type Fen } from './fen.js';

const MAX = Number.MAX_SAFE_INTEGER;

describe('fen: money is a whole number of fen', () => {
  it.each([
    { value: 0, expected: 0 },
    { value: 3000, expected: 3000 },
    { value: -500, expected: -500 },
    { value: -0, expected: 0 },
    { value: MAX, expected: MAX },
    { value: -MAX, expected: -MAX },
  ])('accepts $value', ({ value, expected }) => {
    expect(Object.is(fen(value), expected)).toBe(true);
  });

  it.each([
    { value: 30.5, why: 'a fraction of a fen' },
    { value: 0.1 + 0.2, why: 'a float' },
    { value: Number.NaN, why: 'NaN' },
    { value: Number.POSITIVE_INFINITY, why: 'Infinity' },
    { value: MAX + 1, why: 'beyond the safe integer range' },
  ])('rejects $why', ({ value }) => {
    expect(isFen(value)).toBe(false);
    expect(() => fen(value)).toThrow(RangeError);
  });

  it('rejects non-numbers in isFen', () => {
    expect(isFen('3000')).toBe(false);
    expect(isFen(null)).toBe(false);
  });
});

describe('arithmetic is exact or throws', () => {
  it.each([
    { rule: 'add', result: () => addFen(fen(1000), fen(2050)), expected: 3050 },
    { rule: 'subtract below zero', result: () => subtractFen(fen(3000), fen(3108)), expected: -108 },
    { rule: 'sum of ten ¥0.10', result: () => sumFen(Array.from({ length: 10 }, () => fen(10))), expected: 100 },
    { rule: 'sum of nothing', result: () => sumFen([]), expected: 0 },
    { rule: '3 locks at ¥15.00', result: () => multiplyFen(fen(1500), 3), expected: 4500 },
    { rule: 'quantity 0', result: () => multiplyFen(fen(1500), 0), expected: 0 },
    { rule: 'negative quantity (a refund line)', result: () => multiplyFen(fen(1500), -2), expected: -3000 },
  ])('$rule', ({ result, expected }) => {
    expect(result()).toBe(expected);
  });

  it.each([
    { rule: 'add overflow', run: () => addFen(fen(MAX), fen(1)) },
    { rule: 'subtract overflow', run: () => subtractFen(fen(-MAX), fen(1)) },
    { rule: 'sum overflow', run: () => sumFen([fen(MAX), fen(1)]) },
    { rule: 'multiply overflow', run: () => multiplyFen(fen(MAX), 2) },
    { rule: 'fractional quantity', run: () => multiplyFen(fen(1500), 1.5) },
    { rule: 'bigint beyond range', run: () => fenFromBigInt(BigInt(MAX) + 1n) },
  ])('throws RangeError on $rule', ({ run }) => {
    expect(run).toThrow(RangeError);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: -1_000_000_000_00, max: 1_000_000_000_00 }).map((n) => fen(n));

  it('a sum equals the exact bigint sum', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 50 }), (amounts) => {
        const exact = amounts.reduce((total, a) => total + BigInt(a), 0n);
        expect(BigInt(sumFen(amounts))).toBe(exact);
      }),
    );
  });

  it('a sum does not depend on order', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 30 }), (amounts) => {
        expect(sumFen([...amounts].reverse())).toBe(sumFen(amounts));
      }),
    );
  });

  it('subtract undoes add', () => {
    fc.assert(
      fc.property(amount, amount, (a: Fen, b: Fen) => {
        expect(subtractFen(addFen(a, b), b)).toBe(a);
      }),
    );
  });

  it('multiplying by a quantity equals adding that many times', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 20 }), (a, quantity) => {
        expect(multiplyFen(a, quantity)).toBe(sumFen(Array.from({ length: quantity }, () => a)));
      }),
    );
  });
});
