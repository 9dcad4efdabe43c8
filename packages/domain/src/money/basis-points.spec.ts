import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyBasisPoints,
  basisPointsOf,
  divideRoundHalfAwayFromZero,
  formatBasisPoints,
  multiplyDivideRound,
} from './basis-points.js';
import { fen } from './fen.js';

describe('applyBasisPoints: amount × bp / 10 000, rounded half away from zero (四舍五入) to the fen', () => {
  it.each([
    { amount: 2750, bp: 1000, expected: 275, note: '10% of ¥27.50, exact' },
    { amount: 2750, bp: 300, expected: 83, note: '3% of ¥27.50 = 82.5 fen → 83 (half rounds up)' },
    { amount: 2750, bp: 299, expected: 82, note: '2.99% = 82.225 fen → 82' },
    { amount: 2250, bp: 250, expected: 56, note: '2.5% of ¥22.50 = 56.25 fen → 56' },
    { amount: 1, bp: 5000, expected: 1, note: '0.5 fen → 1' },
    { amount: 1, bp: 4999, expected: 0, note: '0.4999 fen → 0' },
    { amount: -2750, bp: 300, expected: -83, note: 'negative amounts mirror positive ones' },
    { amount: 2750, bp: 0, expected: 0, note: '0%' },
    { amount: 2750, bp: 10_000, expected: 2750, note: '100%' },
    { amount: 0, bp: 2000, expected: 0, note: 'nothing' },
  ])('$note', ({ amount, bp, expected }) => {
    expect(applyBasisPoints(fen(amount), bp)).toBe(expected);
  });

  it('rejects fractional basis points', () => {
    expect(() => applyBasisPoints(fen(100), 12.5)).toThrow(RangeError);
  });

  it('does not lose precision on large amounts', () => {
    expect(applyBasisPoints(fen(Number.MAX_SAFE_INTEGER), 10_000)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('basisPointsOf: a rate in basis points', () => {
  it.each([
    { part: -108, whole: 3000, expected: -360 },
    { part: 500, whole: 2500, expected: 2000 },
    { part: 1, whole: 3, expected: 3333 },
    { part: 2, whole: 3, expected: 6667 },
    { part: 1, whole: 20_000, expected: 1, note: '0.5 bp rounds up' },
    { part: -1, whole: 20_000, expected: -1, note: 'and away from zero when negative' },
    { part: 5, whole: -10, expected: -5000 },
    { part: 5, whole: 0, expected: null },
  ])('$part / $whole → $expected bp', ({ part, whole, expected }) => {
    expect(basisPointsOf(fen(part), fen(whole))).toBe(expected);
  });
});

describe('formatBasisPoints', () => {
  it.each([
    { bp: 2000, text: '20.00%' },
    { bp: 2083, text: '20.83%' },
    { bp: 5, text: '0.05%' },
    { bp: 0, text: '0.00%' },
    { bp: -360, text: '-3.60%' },
    { bp: 12_345, text: '123.45%' },
  ])('$bp bp → $text', ({ bp, text }) => {
    expect(formatBasisPoints(bp)).toBe(text);
  });
});

describe('rounding properties', () => {
  it('the rounded result is within half a fen of the exact product', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: -20_000, max: 20_000 }),
        (amount, bp) => {
          const error = BigInt(applyBasisPoints(fen(amount), bp)) * 10_000n - BigInt(amount) * BigInt(bp);
          expect(error <= 5_000n && error >= -5_000n).toBe(true);
        },
      ),
    );
  });

  it('ties round away from zero, so negation commutes with rounding', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        expect(divideRoundHalfAwayFromZero(-n, d)).toBe(-divideRoundHalfAwayFromZero(n, d));
      }),
    );
  });
});

describe('multiplyDivideRound: a × b ÷ d in doubles while exact, else BigInt', () => {
  const bigint = (a: number, b: number, d: number) => Number(divideRoundHalfAwayFromZero(BigInt(a) * BigInt(b), BigInt(d)));

  it('agrees with the BigInt rule everywhere, at the edges of the safe range too', () => {
    const safe = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
    const small = fc.integer({ min: -20_000_000, max: 20_000_000 });
    const divisor = fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }));
    fc.assert(
      fc.property(fc.oneof(small, safe), fc.oneof(small, fc.constantFrom(1, 60, 10_000, -1)), divisor, (a, b, d) => {
        const expected = divideRoundHalfAwayFromZero(BigInt(a) * BigInt(b), BigInt(d));
        if (expected > BigInt(Number.MAX_SAFE_INTEGER) || expected < BigInt(Number.MIN_SAFE_INTEGER)) {
          expect(() => multiplyDivideRound(a, b, d)).toThrow(RangeError);
        } else {
          expect(multiplyDivideRound(a, b, d)).toBe(Number(expected));
        }
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    [Number.MAX_SAFE_INTEGER, 1, 2, 'the largest safe product, a half'],
    [2 ** 52 + 1, 2, 4, 'just past 2⁵³: BigInt'],
    [-5, 1, 10, '−0.5 → −1'],
    [5, 1, 10, '0.5 → 1'],
    [-4, 1, 10, '−0.4 → 0, not −0'],
    [0, -7, 3, '0 × a negative is 0, not −0'],
  ])('%d × %d ÷ %d (%s)', (a, b, d) => {
    expect(Object.is(multiplyDivideRound(a, b, d), bigint(a, b, d))).toBe(true);
  });

  it('refuses a divisor that is not positive, as the BigInt rule does', () => {
    expect(() => multiplyDivideRound(1, 1, 0)).toThrow(RangeError);
    expect(() => multiplyDivideRound(1, 1, -3)).toThrow(RangeError);
  });
});
