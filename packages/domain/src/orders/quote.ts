import { validateQuotedPrice, type Pricing } from '../catalog/pricing.js';
import { divideRoundHalfAwayFromZero } from '../money/basis-points.js';
import { fenFromBigInt, isFen, sumFen, ZERO_FEN, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import type { ServiceType } from './order-classification.js';
import { failureFromIssues, isBlank, orderIssue, type OrderFailure, type OrderIssue } from './order-failure.js';

/**
 * Quantities are whole thousandths of the unit of charge, so 1.5 小时 of
 * housekeeping or 2.35 m of pipe are exact integers (1500, 2350): 1 把 = 1000.
 */
export const QUANTITY_SCALE = 1000;

/** A service from the published price list: the concrete unit price must fit the published pricing. */
export interface CatalogQuoteLine {
  readonly kind: 'catalog';
  readonly catalogItemId?: string;
  readonly name: string;
  /** The pricing of the published price list version the quote is made from. */
  readonly pricing: Pricing;
  /** Thousandths of the unit of charge (see QUANTITY_SCALE). */
  readonly quantityMilli: number;
  readonly unitPrice: Fen;
}

/** Materials used, billed at their price (领料单 cites the order). */
export interface MaterialQuoteLine {
  readonly kind: 'material';
  readonly name: string;
  readonly quantityMilli: number;
  readonly unitPrice: Fen;
}

/** The cost of goods bought on the resident's behalf (代订代购), errands only. */
export interface GoodsQuoteLine {
  readonly kind: 'goods';
  readonly name: string;
  readonly amount: Fen;
}

export type QuoteLine = CatalogQuoteLine | MaterialQuoteLine | GoodsQuoteLine;

export interface QuoteTotals {
  /** Catalog lines (the service fee). */
  readonly service: Fen;
  readonly materials: Fen;
  readonly goods: Fen;
  readonly total: Fen;
  /** Each line's amount, in the order of the lines. */
  readonly lineAmounts: readonly Fen[];
}

/**
 * unitPrice × quantity, rounded half away from zero (四舍五入) to the fen for a
 * fractional quantity (¥33.33 × 1.5 h = ¥49.995 → ¥50.00); goods lines are their amount.
 * Throws RangeError for a quantity that is not a whole number of thousandths.
 */
export function lineAmount(line: QuoteLine): Fen {
  if (line.kind === 'goods') return line.amount;
  if (!Number.isSafeInteger(line.quantityMilli)) {
    throw new RangeError(`Quantity must be whole thousandths: ${String(line.quantityMilli)}`);
  }
  const exact = BigInt(line.unitPrice) * BigInt(line.quantityMilli);
  return fenFromBigInt(divideRoundHalfAwayFromZero(exact, BigInt(QUANTITY_SCALE)));
}

/** Per-kind subtotals and the total, exact in fen: total = service + materials + goods = the sum of the lines. */
export function quoteTotal(lines: readonly QuoteLine[]): QuoteTotals {
  const lineAmounts = lines.map(lineAmount);
  const subtotal = (kind: QuoteLine['kind']) => sumFen(lineAmounts.filter((_, i) => lines[i]?.kind === kind));
  const service = subtotal('catalog');
  const materials = subtotal('material');
  const goods = subtotal('goods');
  return { service, materials, goods, total: sumFen([service, materials, goods]), lineAmounts };
}

export type QuoteValidationResult = { readonly ok: true; readonly totals: QuoteTotals } | OrderFailure;

/**
 * A quote the resident can be asked to consent to:
 * - at least one line, each with a name;
 * - quantities whole thousandths, above zero;
 * - catalog lines priced from the published list (validateQuotedPrice): a
 *   fixed item at its price, range and by-workload items inside the range, free
 *   items at 0 — an unpriced item cannot be quoted;
 * - materials at a whole, non-negative number of fen;
 * - goods only on an errand, at a positive amount.
 * Issues name the line's field (`lines.2.unitPrice`) and carry `line` (1-based) and `item`.
 */
export function validateQuote({
  lines,
  serviceType,
}: {
  readonly lines: readonly QuoteLine[];
  readonly serviceType: ServiceType;
}): QuoteValidationResult {
  const issues: OrderIssue[] =
    lines.length === 0 ? [orderIssue('lines', 'order.quote.empty')] : lines.flatMap((line, index) => lineIssues(line, index, serviceType));
  const [first, ...rest] = issues;
  if (first !== undefined) return failureFromIssues([first, ...rest]);
  return { ok: true, totals: quoteTotal(lines) };
}

/** A printable quantity: 1500 → "1.5", 1000 → "1", 2350 → "2.35". */
export function formatQuantity(quantityMilli: number): string {
  if (!Number.isSafeInteger(quantityMilli)) throw new RangeError(`Quantity must be whole thousandths: ${String(quantityMilli)}`);
  const sign = quantityMilli < 0 ? '-' : '';
  const magnitude = Math.abs(quantityMilli);
  const fraction = magnitude % QUANTITY_SCALE;
  const whole = (magnitude - fraction) / QUANTITY_SCALE;
  return fraction === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}`;
}

function lineIssues(line: QuoteLine, index: number, serviceType: ServiceType): OrderIssue[] {
  const at = (field: string) => `lines.${index}.${field}`;
  const named = (issue: OrderIssue): OrderIssue => ({ ...issue, params: { ...issue.params, line: index + 1, item: line.name } });
  const issues: OrderIssue[] = [];
  if (isBlank(line.name)) issues.push(orderIssue(at('name'), 'order.quote.nameRequired'));

  switch (line.kind) {
    case 'catalog': {
      issues.push(...quantityIssues(line.quantityMilli, at('quantityMilli')));
      if (!isFen(line.unitPrice)) {
        issues.push(orderIssue(at('unitPrice'), 'catalog.price.notWholeFen'));
      } else {
        const priceIssues = validateQuotedPrice({ pricing: line.pricing, quoted: line.unitPrice });
        issues.push(...priceIssues.map((issue) => orderIssue(at('unitPrice'), issue.messageKey, issue.params)));
      }
      break;
    }
    case 'material':
      issues.push(...quantityIssues(line.quantityMilli, at('quantityMilli')));
      if (!isFen(line.unitPrice)) issues.push(orderIssue(at('unitPrice'), 'catalog.price.notWholeFen'));
      else if (line.unitPrice < 0) {
        issues.push(orderIssue(at('unitPrice'), 'catalog.price.negative', { amount: formatYuan(line.unitPrice), amountFen: line.unitPrice }));
      }
      break;
    case 'goods':
      if (serviceType !== 'errand') issues.push(orderIssue(at('kind'), 'order.quote.goodsOnlyForErrands'));
      if (!isFen(line.amount)) issues.push(orderIssue(at('amount'), 'catalog.price.notWholeFen'));
      else if (line.amount <= ZERO_FEN) issues.push(orderIssue(at('amount'), 'order.quote.goodsAmountNotPositive'));
      break;
    default:
      issues.push(orderIssue(at('kind'), 'order.quote.lineKindUnknown', { kind: String((line as { kind?: unknown }).kind) }));
  }
  return issues.map(named);
}

function quantityIssues(quantityMilli: number, field: string): OrderIssue[] {
  if (!Number.isSafeInteger(quantityMilli)) return [orderIssue(field, 'order.quote.quantityNotWhole')];
  if (quantityMilli <= 0) return [orderIssue(field, 'order.quote.quantityNotPositive')];
  return [];
}
