import { DEFAULT_MARGIN_CEILING_BASIS_POINTS } from '../catalog/cost-model.js';
import {
  applyBasisPoints,
  basisPointsOf,
  multiplyDivideRound,
  formatBasisPoints,
  isBasisPoints,
  type BasisPoints,
} from '../money/basis-points.js';
import { addFen, fen, isFen, subtractFen, sumFen, ZERO_FEN, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import { isOrderCharge, type OrderCharge } from '../orders/order-classification.js';
import { isMonthKey, trailingMonths, type MonthKey } from './month-key.js';
import { profitabilityIssue, type ProfitabilityIssue } from './profitability-failure.js';

/**
 * The monthly profit and loss of one paid (or free) service of one project
 * (domain README §6, issue 6). The API sums the month in SQL and hands the
 * figures in; this module turns them into cost, margin and a status, with the
 * same rules as the catalog's cost model (catalog/cost-model.ts), so that a
 * price list drafted from the cost model and the P&L of the orders it priced
 * agree:
 *
 *   labour   = labour minutes × the project's labour rate per hour ÷ 60
 *   overhead = overhead % × (labour + materials)      (the item's own rate)
 *   risk     = risk %     × (labour + materials)      (not compounded on overhead)
 *   cost     = labour + materials + overhead + risk + refunds
 *   margin   = revenue − cost;   margin % = margin ÷ revenue (of the price, as the catalog)
 *
 * Rounding: each part is rounded half away from zero (四舍五入) to the fen on
 * its own, once, on the month's sums — labour on the summed minutes, overhead
 * and risk on the summed base — so the parts add up exactly to the cost shown.
 * A month of n identical orders may therefore differ from n × the cost model's
 * unit cost by less than n/2 fen per rounded part (the unit cost rounds n
 * times, the month once). Rates (margin %) are basis points rounded the same way.
 *
 * What the API sums (for the record; the rule here is only arithmetic):
 * - revenue: what was actually charged for the item in the month (service and
 *   materials lines, after any agreed price inside a range), not errand goods
 *   passed through at cost; free services 0;
 * - labour minutes: the time recorded on the item's orders;
 * - materials: the cost of stock issued against the orders (signed requisitions);
 * - refunds: money paid back in the month, counted as a cost of the month it
 *   is paid, not by rewriting the month of the original charge.
 */

// ---------------------------------------------------------------- target band

/**
 * The company's target band for the margin of a paid service, as basis points
 * of revenue. Below the floor a service is `thin`; above the ceiling it is
 * `over_margin` against 保本微利 (break-even with a small profit). The ceiling
 * defaults to the catalog's DEFAULT_MARGIN_CEILING_BASIS_POINTS (20%), so the
 * price review and the P&L flag the same margins.
 */
export interface MarginTargetBand {
  readonly floorBasisPoints: BasisPoints;
  readonly ceilingBasisPoints: BasisPoints;
}

/**
 * 5%: the README gives 保本微利 but no number for "small"; this is the
 * default "small profit" a company changes in its settings.
 */
export const DEFAULT_MARGIN_FLOOR_BASIS_POINTS: BasisPoints = 500;

export const DEFAULT_MARGIN_TARGET_BAND: MarginTargetBand = {
  floorBasisPoints: DEFAULT_MARGIN_FLOOR_BASIS_POINTS,
  ceilingBasisPoints: DEFAULT_MARGIN_CEILING_BASIS_POINTS,
};

/** Whole, non-negative basis points with floor ≤ ceiling; fields `floorBasisPoints`, `ceilingBasisPoints`. */
export function validateMarginTargetBand(band: MarginTargetBand): ProfitabilityIssue[] {
  const issues: ProfitabilityIssue[] = [];
  for (const field of ['floorBasisPoints', 'ceilingBasisPoints'] as const) {
    const value = band[field];
    if (!isBasisPoints(value)) issues.push(profitabilityIssue(field, 'profitability.band.notWholeNumber'));
    else if (value < 0) issues.push(profitabilityIssue(field, 'profitability.band.negative'));
  }
  if (issues.length === 0 && band.floorBasisPoints > band.ceilingBasisPoints) {
    issues.push(
      profitabilityIssue('floorBasisPoints', 'profitability.band.floorAboveCeiling', {
        floor: formatBasisPoints(band.floorBasisPoints),
        ceiling: formatBasisPoints(band.ceilingBasisPoints),
      }),
    );
  }
  return issues;
}

/** The last band found valid, by value: a report classifies tens of thousands of rows against one band. */
let validBand: { floor: number; ceiling: number } | null = null;

function requireBand(band: MarginTargetBand): MarginTargetBand {
  if (validBand && band.floorBasisPoints === validBand.floor && band.ceilingBasisPoints === validBand.ceiling) return band;
  const issues = validateMarginTargetBand(band);
  if (issues.length > 0) {
    throw new RangeError(`Invalid margin target band: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
  }
  validBand = { floor: band.floorBasisPoints, ceiling: band.ceilingBasisPoints };
  return band;
}

// -------------------------------------------------------------------- status

/**
 * - loss: margin below 0;
 * - thin: margin % from 0 up to, not including, the floor;
 * - healthy: margin % from the floor up to and including the ceiling;
 * - over_margin: margin % above the ceiling (保本微利 review);
 * - idle: a paid item with no revenue and no cost in the month (nothing to judge);
 * - goodwill: a free service — its cost is the price of goodwill, never a loss.
 */
export const PNL_STATUSES = ['loss', 'thin', 'healthy', 'over_margin', 'idle', 'goodwill'] as const;
export type PnlStatus = (typeof PNL_STATUSES)[number];
export type PaidPnlStatus = Exclude<PnlStatus, 'goodwill'>;

export const PNL_STATUS_LABELS: Readonly<Record<PnlStatus, { readonly zh: string; readonly en: string }>> = {
  loss: { zh: '亏损', en: 'Loss' },
  thin: { zh: '微利不足', en: 'Thin margin' },
  healthy: { zh: '正常', en: 'Healthy' },
  over_margin: { zh: '利润偏高', en: 'Over margin' },
  idle: { zh: '无业务', en: 'No activity' },
  goodwill: { zh: '免费服务', en: 'Goodwill' },
};

/**
 * The status of a paid item's margin. Compared, like the catalog's margin
 * check, on the rounded rate the reviewer sees: 4.995% shows as 5.00% and is
 * healthy against a 5% floor; exactly at the floor or at the ceiling is healthy.
 * Revenue 0 with no cost is idle; revenue 0 with a cost is a loss (margin < 0).
 * Monotonic: for a fixed revenue, a larger margin never gives a worse status.
 */
export function classifyMargin({
  margin,
  revenue,
  band = DEFAULT_MARGIN_TARGET_BAND,
}: {
  readonly margin: Fen;
  readonly revenue: Fen;
  readonly band?: MarginTargetBand;
}): PaidPnlStatus {
  requireBand(band);
  if (margin < 0) return 'loss';
  const rate = basisPointsOf(margin, revenue);
  if (rate === null) return 'idle';
  if (rate < band.floorBasisPoints) return 'thin';
  if (rate > band.ceilingBasisPoints) return 'over_margin';
  return 'healthy';
}

// ------------------------------------------------------------------- figures

/** Which item of which project: what a row is about. */
export interface PnlItemIdentity {
  readonly projectId: string;
  readonly itemId: string;
  readonly itemName: string;
  readonly category: string;
  readonly charge: OrderCharge;
}

/** One project-item-month, summed by the API. Amounts in fen, minutes whole, rates in basis points. */
export interface ItemMonthFigures extends PnlItemIdentity {
  readonly month: MonthKey;
  readonly orders: number;
  readonly revenue: Fen;
  readonly labourMinutes: number;
  /** The project's labour rate, fen per hour. */
  readonly labourRatePerHour: Fen;
  readonly materials: Fen;
  /** The item's operating overhead, basis points of labour + materials (as in its cost model). */
  readonly overheadBasisPoints: BasisPoints;
  /** The item's risk/insurance, basis points of labour + materials. */
  readonly riskBasisPoints: BasisPoints;
  readonly refunds: Fen;
}

export interface PnlCost {
  readonly labour: Fen;
  readonly materials: Fen;
  readonly overhead: Fen;
  readonly risk: Fen;
  readonly refunds: Fen;
  /** The five parts, exactly. */
  readonly total: Fen;
}

export interface ItemMonthPnl extends PnlItemIdentity {
  readonly month: MonthKey;
  readonly orders: number;
  readonly revenue: Fen;
  readonly cost: PnlCost;
  /** revenue − cost.total. */
  readonly margin: Fen;
  /** margin ÷ revenue in basis points; null when there is no revenue. */
  readonly marginBasisPoints: BasisPoints | null;
  /** cost.total ÷ orders, rounded half away from zero; null without orders. */
  readonly costPerOrder: Fen | null;
  /** revenue ÷ orders, rounded half away from zero; null without orders. */
  readonly revenuePerOrder: Fen | null;
  /** A free service's cost, borne as goodwill; 0 for a paid one. */
  readonly goodwillCost: Fen;
  readonly status: PnlStatus;
}

const WHOLE_FIELDS = [
  'orders',
  'revenue',
  'labourMinutes',
  'labourRatePerHour',
  'materials',
  'overheadBasisPoints',
  'riskBasisPoints',
  'refunds',
] as const;

/** Every count, amount and rate whole and not negative; a known month and charge; free services earn nothing. */
export function validateItemMonthFigures(figures: ItemMonthFigures): ProfitabilityIssue[] {
  const issues: ProfitabilityIssue[] = [];
  if (!isMonthKey(figures.month)) issues.push(profitabilityIssue('month', 'profitability.figures.monthInvalid', { month: String(figures.month) }));
  if (!isOrderCharge(figures.charge)) issues.push(profitabilityIssue('charge', 'profitability.figures.chargeUnknown', { charge: String(figures.charge) }));
  for (const field of WHOLE_FIELDS) {
    const value: unknown = figures[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) issues.push(profitabilityIssue(field, 'profitability.figures.notWholeNumber'));
    else if (value < 0) issues.push(profitabilityIssue(field, 'profitability.figures.negative'));
  }
  if (figures.charge === 'free' && isFen(figures.revenue) && figures.revenue !== 0) {
    issues.push(profitabilityIssue('revenue', 'profitability.figures.freeRevenue', { revenue: formatYuan(figures.revenue), revenueFen: figures.revenue }));
  }
  return issues;
}

/** minutes × fen per hour ÷ 60, rounded half away from zero to the fen (as the catalog's cost model). */
export function labourCost(labourMinutes: number, labourRatePerHour: Fen): Fen {
  if (!Number.isSafeInteger(labourMinutes) || !Number.isSafeInteger(labourRatePerHour)) {
    throw new RangeError('labour minutes and rate must be whole numbers');
  }
  return fen(multiplyDivideRound(labourMinutes, labourRatePerHour, 60));
}

/** amount ÷ count rounded half away from zero; null for no count. */
export function perOrder(amount: Fen, orders: number): Fen | null {
  if (!Number.isSafeInteger(orders) || orders < 0) throw new RangeError('orders must be a whole number ≥ 0');
  if (orders === 0) return null;
  return fen(multiplyDivideRound(amount, 1, orders));
}

/** The month's cost parts and total, rounded as the module comment says. */
export function pnlCost(
  figures: Pick<ItemMonthFigures, 'labourMinutes' | 'labourRatePerHour' | 'materials' | 'overheadBasisPoints' | 'riskBasisPoints' | 'refunds'>,
): PnlCost {
  const labour = labourCost(figures.labourMinutes, figures.labourRatePerHour);
  const base = addFen(labour, figures.materials);
  const overhead = applyBasisPoints(base, figures.overheadBasisPoints);
  const risk = applyBasisPoints(base, figures.riskBasisPoints);
  return {
    labour,
    materials: figures.materials,
    overhead,
    risk,
    refunds: figures.refunds,
    total: sumFen([base, overhead, risk, figures.refunds]),
  };
}

/**
 * One project-item-month's P&L. Throws RangeError for figures
 * validateItemMonthFigures rejects (they come from SQL: a bad row is a bug).
 */
export function itemMonthPnl(figures: ItemMonthFigures, band: MarginTargetBand = DEFAULT_MARGIN_TARGET_BAND): ItemMonthPnl {
  const issues = validateItemMonthFigures(figures);
  if (issues.length > 0) {
    throw new RangeError(`Invalid P&L figures: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
  }
  requireBand(band);
  const cost = pnlCost(figures);
  const margin = subtractFen(figures.revenue, cost.total);
  const free = figures.charge === 'free';
  return {
    projectId: figures.projectId,
    itemId: figures.itemId,
    itemName: figures.itemName,
    category: figures.category,
    charge: figures.charge,
    month: figures.month,
    orders: figures.orders,
    revenue: figures.revenue,
    cost,
    margin,
    marginBasisPoints: basisPointsOf(margin, figures.revenue),
    costPerOrder: perOrder(cost.total, figures.orders),
    revenuePerOrder: perOrder(figures.revenue, figures.orders),
    goodwillCost: free ? cost.total : ZERO_FEN,
    status: free ? 'goodwill' : classifyMargin({ margin, revenue: figures.revenue, band }),
  };
}

/** A month with no orders, no revenue and no cost. */
export function emptyItemMonthFigures(item: PnlItemIdentity, month: MonthKey): ItemMonthFigures {
  return {
    projectId: item.projectId,
    itemId: item.itemId,
    itemName: item.itemName,
    category: item.category,
    charge: item.charge,
    month,
    orders: 0,
    revenue: ZERO_FEN,
    labourMinutes: 0,
    labourRatePerHour: ZERO_FEN,
    materials: ZERO_FEN,
    overheadBasisPoints: 0,
    riskBasisPoints: 0,
    refunds: ZERO_FEN,
  };
}

// -------------------------------------------------------------------- totals

/**
 * Sums of a set of item-months (a project-month, a company-month, a project's
 * year). Every amount is the exact sum of the items' amounts; rates are
 * recomputed from the sums, never averaged.
 */
export interface PnlTotals {
  /** Item-month rows summed. */
  readonly items: number;
  readonly orders: number;
  readonly revenue: Fen;
  readonly cost: PnlCost;
  /** revenue − cost.total, free services' cost included. */
  readonly margin: Fen;
  readonly marginBasisPoints: BasisPoints | null;
  /** The cost of the free services among them. */
  readonly goodwillCost: Fen;
  /** The paid services alone: margin + goodwillCost (free services have no revenue). */
  readonly paidMargin: Fen;
  readonly paidMarginBasisPoints: BasisPoints | null;
  /** Status of the paid services alone, by the same band as an item. */
  readonly status: PaidPnlStatus;
}

export function sumPnl(pnls: readonly ItemMonthPnl[], band: MarginTargetBand = DEFAULT_MARGIN_TARGET_BAND): PnlTotals {
  // One pass: the overview sums a company's year (~55,000 rows) five ways.
  let orders = 0;
  let revenue = 0;
  let labour = 0;
  let materials = 0;
  let overhead = 0;
  let risk = 0;
  let refunds = 0;
  let costTotal = 0;
  let goodwill = 0;
  for (const p of pnls) {
    orders += p.orders;
    revenue += p.revenue;
    labour += p.cost.labour;
    materials += p.cost.materials;
    overhead += p.cost.overhead;
    risk += p.cost.risk;
    refunds += p.cost.refunds;
    costTotal += p.cost.total;
    goodwill += p.goodwillCost;
    // A sum past 2⁵³ is never a safe integer again, so checking each row catches any overflow.
    if (!Number.isSafeInteger(orders)) throw new RangeError('orders overflowed the safe integer range');
    if (
      !Number.isSafeInteger(revenue) ||
      !Number.isSafeInteger(labour) ||
      !Number.isSafeInteger(materials) ||
      !Number.isSafeInteger(overhead) ||
      !Number.isSafeInteger(risk) ||
      !Number.isSafeInteger(refunds) ||
      !Number.isSafeInteger(costTotal) ||
      !Number.isSafeInteger(goodwill)
    ) {
      throw new RangeError('amounts overflowed the safe integer range');
    }
  }
  const cost: PnlCost = { labour: fen(labour), materials: fen(materials), overhead: fen(overhead), risk: fen(risk), refunds: fen(refunds), total: fen(costTotal) };
  const revenueFen = fen(revenue);
  const margin = subtractFen(revenueFen, cost.total);
  const goodwillCost = fen(goodwill);
  const paidMargin = addFen(margin, goodwillCost);
  return {
    items: pnls.length,
    orders,
    revenue: revenueFen,
    cost,
    margin,
    marginBasisPoints: basisPointsOf(margin, revenueFen),
    goodwillCost,
    paidMargin,
    paidMarginBasisPoints: basisPointsOf(paidMargin, revenueFen),
    status: classifyMargin({ margin: paidMargin, revenue: revenueFen, band }),
  };
}

/** Totals per key (project, month, category…), ordered by key. */
export function pnlTotalsBy(
  pnls: readonly ItemMonthPnl[],
  keyOf: (pnl: ItemMonthPnl) => string,
  band: MarginTargetBand = DEFAULT_MARGIN_TARGET_BAND,
): Array<{ readonly key: string; readonly totals: PnlTotals }> {
  const groups = new Map<string, ItemMonthPnl[]>();
  for (const pnl of pnls) {
    const key = keyOf(pnl);
    const group = groups.get(key);
    if (group) group.push(pnl);
    else groups.set(key, [pnl]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, group]) => ({ key, totals: sumPnl(group, band) }));
}

// --------------------------------------------------------------------- trend

/**
 * One item's P&L for each of the `months` months ending with `endMonth`
 * (12 by default), oldest first; a month without a row is a month of zeros
 * (idle, or goodwill at no cost). Rows outside the window are ignored; rows of
 * another item, or two rows for one month, are a bug (RangeError) — the API
 * sums a month before handing it in.
 */
export function itemPnlTrend({
  item,
  figures,
  endMonth,
  months = 12,
  band = DEFAULT_MARGIN_TARGET_BAND,
}: {
  readonly item: PnlItemIdentity;
  readonly figures: readonly ItemMonthFigures[];
  readonly endMonth: MonthKey;
  readonly months?: number;
  readonly band?: MarginTargetBand;
}): ItemMonthPnl[] {
  const byMonth = new Map<MonthKey, ItemMonthFigures>();
  for (const row of figures) {
    if (row.projectId !== item.projectId || row.itemId !== item.itemId) {
      throw new RangeError(`A row of item ${row.projectId}/${row.itemId} in the trend of ${item.projectId}/${item.itemId}`);
    }
    if (byMonth.has(row.month)) throw new RangeError(`Two rows for ${row.month}`);
    byMonth.set(row.month, row);
  }
  return trailingMonths(endMonth, months).map((month) => itemMonthPnl(byMonth.get(month) ?? emptyItemMonthFigures(item, month), band));
}

/** Totals for each of the `months` months ending with `endMonth`, oldest first; a month without rows has zero totals. */
export function pnlTotalsTrend({
  pnls,
  endMonth,
  months = 12,
  band = DEFAULT_MARGIN_TARGET_BAND,
}: {
  readonly pnls: readonly ItemMonthPnl[];
  readonly endMonth: MonthKey;
  readonly months?: number;
  readonly band?: MarginTargetBand;
}): Array<{ readonly month: MonthKey; readonly totals: PnlTotals }> {
  return trailingMonths(endMonth, months).map((month) => ({
    month,
    totals: sumPnl(
      pnls.filter((p) => p.month === month),
      band,
    ),
  }));
}
