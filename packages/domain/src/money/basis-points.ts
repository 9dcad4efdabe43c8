import { fen, type Fen } from './fen.js';

/** A percentage in basis points (万分之一): 2000 bp = 20%, 1 bp = 0.01%. Always a whole number. */
export type BasisPoints = number;

export const BASIS_POINTS_PER_WHOLE = 10_000;

/**
 * Divides n by a positive d, rounding half away from zero (四舍五入): for the
 * non-negative amounts of prices and costs this is plain round-half-up.
 *
 * Why not banker's rounding: each figure here (an overhead share, a labour
 * cost, a margin rate) is computed once and read by a person — the project
 * manager drafting prices, the general manager approving them — who checks it
 * by hand or on a calculator with 四舍五入, as Chinese bookkeeping does.
 * Banker's rounding only pays off when many rounded values are summed, and
 * then it surprises the reader on every .5.
 */
export function divideRoundHalfAwayFromZero(n: bigint, d: bigint): bigint {
  if (d <= 0n) throw new RangeError('Divisor must be positive');
  const quotient = n / d; // truncates toward zero
  const remainder = n % d; // same sign as n
  const twiceRemainder = 2n * (remainder < 0n ? -remainder : remainder);
  if (twiceRemainder < d) return quotient;
  return n < 0n ? quotient - 1n : quotient + 1n;
}

/**
 * a × b ÷ d rounded as divideRoundHalfAwayFromZero, for safe integers a, b and a positive safe
 * integer d. Exact: in doubles while the product is a safe integer (every integer up to 2⁵³ is
 * representable, `%` is exact, and so is the division of a multiple of d), in BigInt beyond.
 * The P&L costs tens of thousands of item-months per report; BigInt for each was most of it.
 */
export function multiplyDivideRound(a: number, b: number, d: number): number {
  const product = a * b;
  if (!Number.isSafeInteger(product)) {
    const exact = divideRoundHalfAwayFromZero(BigInt(a) * BigInt(b), BigInt(d));
    if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new RangeError('Result outside the safe integer range');
    }
    return Number(exact);
  }
  if (!(d > 0)) throw new RangeError('Divisor must be positive');
  const remainder = product % d;
  const quotient = (product - remainder) / d;
  // + 0 turns −0 (0 × a negative) into 0, as Number(0n) would be.
  if (2 * Math.abs(remainder) < d) return quotient + 0;
  return product < 0 ? quotient - 1 : quotient + 1;
}

export function isBasisPoints(value: unknown): value is BasisPoints {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** amount × bp / 10 000, rounded half away from zero to the fen. */
export function applyBasisPoints(amount: Fen, basisPoints: BasisPoints): Fen {
  if (!isBasisPoints(basisPoints)) {
    throw new RangeError(`Basis points must be a whole number: ${String(basisPoints)}`);
  }
  return fen(multiplyDivideRound(amount, basisPoints, BASIS_POINTS_PER_WHOLE));
}

/** part / whole in basis points, rounded half away from zero; null when whole is 0 (no rate exists). */
export function basisPointsOf(part: Fen, whole: Fen): BasisPoints | null {
  if (whole === 0) return null;
  // The sign moves to the numerator: the divisor must be positive.
  return whole < 0 ? multiplyDivideRound(-part, BASIS_POINTS_PER_WHOLE, -whole) : multiplyDivideRound(part, BASIS_POINTS_PER_WHOLE, whole);
}

/** 2000 → "20.00%", -360 → "-3.60%". */
export function formatBasisPoints(basisPoints: BasisPoints): string {
  if (!isBasisPoints(basisPoints)) {
    throw new RangeError(`Basis points must be a whole number: ${String(basisPoints)}`);
  }
  const sign = basisPoints < 0 ? '-' : '';
  const magnitude = Math.abs(basisPoints);
  const hundredths = magnitude % 100;
  return `${sign}${(magnitude - hundredths) / 100}.${String(hundredths).padStart(2, '0')}%`;
}
