import { fen, isFen, ZERO_FEN, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import { isKnownUnit } from './units.js';
import { validationIssue, type ValidationIssue } from './validation-issue.js';

/**
 * How an item is priced on a price list:
 * - fixed: one price (疏通下水 ¥30.00 per visit);
 * - range: the quote picks a price in [min, max] (换锁 ¥10.00–¥50.00 each);
 * - workload: 视工程量定价, a range whose price the supervisor sets from the
 *   workload at quote time (换管 ¥10.00–¥1,000.00);
 * - free: listed with price 0 so the front desk can say it is free;
 * - unset: not priced yet; allowed in a draft, blocks submission.
 */
export const PRICING_MODES = ['fixed', 'range', 'workload', 'free', 'unset'] as const;
export type PricingMode = (typeof PRICING_MODES)[number];

/**
 * Pricing as entered and stored: one flat shape with nullable amounts, so a row
 * or an input maps onto it directly. validatePricing says whether the fields
 * fit the mode; the other functions read only the fields their mode uses.
 */
export interface Pricing {
  readonly mode: PricingMode;
  readonly price?: Fen | null;
  readonly min?: Fen | null;
  readonly max?: Fen | null;
}

/** Pricing with exactly the fields of its mode, free at price 0, the rest null. */
export interface CanonicalPricing {
  readonly mode: PricingMode;
  readonly price: Fen | null;
  readonly min: Fen | null;
  readonly max: Fen | null;
}

export const fixedPricing = (price: Fen): Pricing => ({ mode: 'fixed', price });
export const rangePricing = (min: Fen, max: Fen): Pricing => ({ mode: 'range', min, max });
export const workloadPricing = (min: Fen, max: Fen): Pricing => ({ mode: 'workload', min, max });
export const freePricing = (): Pricing => ({ mode: 'free', price: ZERO_FEN });
export const unsetPricing = (): Pricing => ({ mode: 'unset' });

export function isPricingMode(value: unknown): value is PricingMode {
  return typeof value === 'string' && (PRICING_MODES as readonly string[]).includes(value);
}

export function isRangeMode(mode: PricingMode): mode is 'range' | 'workload' {
  return mode === 'range' || mode === 'workload';
}

export interface ValidatePricingInput {
  readonly pricing: Pricing;
  readonly unit: string;
  readonly companyExtraUnits?: readonly string[];
}

/**
 * Draft-time rules for one item; unset passes here and is stopped by canSubmit.
 * - the unit of charge is filled in and known to the company;
 * - amounts are whole fen and not negative;
 * - fixed has a price and no range; range and workload have min ≤ max and no
 *   single price; free has no range and, if a price is given, it is 0;
 *   unset carries no amounts.
 */
export function validatePricing({ pricing, unit, companyExtraUnits = [] }: ValidatePricingInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (unit === '') issues.push(validationIssue('unit', 'catalog.unit.required'));
  else if (!isKnownUnit(unit, companyExtraUnits)) issues.push(validationIssue('unit', 'catalog.unit.unknown', { unit }));

  const { mode } = pricing;
  if (!isPricingMode(mode)) {
    issues.push(validationIssue('mode', 'catalog.pricing.modeUnknown', { mode: String(mode) }));
    return issues;
  }

  if (mode === 'fixed') {
    issues.push(...amountIssues('price', pricing.price, 'catalog.price.required'));
  } else if (mode === 'free') {
    const priceIssues = amountIssues('price', pricing.price);
    issues.push(...priceIssues);
    if (priceIssues.length === 0 && isPresent(pricing.price) && pricing.price !== 0) {
      issues.push(validationIssue('price', 'catalog.price.freeMustBeZero'));
    }
  } else if (isPresent(pricing.price)) {
    issues.push(validationIssue('price', 'catalog.price.priceNotAllowed', { mode }));
  }

  if (isRangeMode(mode)) {
    const minIssues = amountIssues('min', pricing.min, 'catalog.price.minRequired');
    const maxIssues = amountIssues('max', pricing.max, 'catalog.price.maxRequired');
    issues.push(...minIssues, ...maxIssues);
    const { min, max } = pricing;
    if (minIssues.length === 0 && maxIssues.length === 0 && isPresent(min) && isPresent(max) && min > max) {
      issues.push(
        validationIssue('min', 'catalog.price.minAboveMax', {
          min: formatYuan(min),
          max: formatYuan(max),
          minFen: min,
          maxFen: max,
        }),
      );
    }
  } else {
    if (isPresent(pricing.min)) issues.push(validationIssue('min', 'catalog.price.rangeNotAllowed', { mode }));
    if (isPresent(pricing.max)) issues.push(validationIssue('max', 'catalog.price.rangeNotAllowed', { mode }));
  }
  return issues;
}

/**
 * The published bounds a quote must respect: [price, price] for fixed,
 * [min, max] for range and workload, [0, 0] for free; null when the item cannot
 * be quoted (unset, or an amount is missing).
 */
export function pricingBounds(pricing: Pricing): { readonly min: Fen; readonly max: Fen } | null {
  switch (pricing.mode) {
    case 'fixed':
      return isFen(pricing.price) ? { min: pricing.price, max: pricing.price } : null;
    case 'range':
    case 'workload':
      return isFen(pricing.min) && isFen(pricing.max) ? { min: pricing.min, max: pricing.max } : null;
    case 'free':
      return { min: ZERO_FEN, max: ZERO_FEN };
    default:
      return null;
  }
}

/** A quote's concrete price is allowed: equal to a fixed price, inside [min, max] inclusive, 0 for free. */
export function priceWithin(pricing: Pricing, concrete: Fen): boolean {
  const bounds = pricingBounds(pricing);
  return bounds !== null && concrete >= bounds.min && concrete <= bounds.max;
}

/** priceWithin with the reason, for the quote's price field. */
export function validateQuotedPrice({ pricing, quoted }: { readonly pricing: Pricing; readonly quoted: Fen }): ValidationIssue[] {
  const bounds = pricingBounds(pricing);
  if (bounds === null) return [validationIssue('price', 'catalog.quote.unpriced')];
  if (quoted >= bounds.min && quoted <= bounds.max) return [];
  if (pricing.mode === 'free') return [validationIssue('price', 'catalog.quote.mustBeFree')];
  if (pricing.mode === 'fixed') {
    return [validationIssue('price', 'catalog.quote.mustEqualPrice', { price: formatYuan(bounds.min), priceFen: bounds.min })];
  }
  return [
    validationIssue('price', 'catalog.quote.outOfRange', {
      quoted: formatYuan(quoted),
      min: formatYuan(bounds.min),
      max: formatYuan(bounds.max),
      quotedFen: quoted,
      minFen: bounds.min,
      maxFen: bounds.max,
    }),
  ];
}

/** Keeps only the amounts the mode uses (free → price 0), for comparing versions. */
export function canonicalPricing(pricing: Pricing): CanonicalPricing {
  const pick = (value: Fen | null | undefined): Fen | null => (isPresent(value) ? value : null);
  switch (pricing.mode) {
    case 'fixed':
      return { mode: 'fixed', price: pick(pricing.price), min: null, max: null };
    case 'range':
    case 'workload':
      return { mode: pricing.mode, price: null, min: pick(pricing.min), max: pick(pricing.max) };
    case 'free':
      return { mode: 'free', price: fen(0), min: null, max: null };
    default:
      return { mode: pricing.mode, price: null, min: null, max: null };
  }
}

function isPresent<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

function amountIssues(
  field: 'price' | 'min' | 'max',
  value: Fen | null | undefined,
  requiredKey?: 'catalog.price.required' | 'catalog.price.minRequired' | 'catalog.price.maxRequired',
): ValidationIssue[] {
  if (!isPresent(value)) return requiredKey === undefined ? [] : [validationIssue(field, requiredKey)];
  // Fen is a compile-time brand; rows and inputs can still carry a fraction at run time.
  if (!isFen(value)) return [validationIssue(field, 'catalog.price.notWholeFen')];
  if (value < 0) return [validationIssue(field, 'catalog.price.negative', { amount: formatYuan(value), amountFen: value })];
  return [];
}
