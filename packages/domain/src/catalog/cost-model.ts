import {
  applyBasisPoints,
  basisPointsOf,
  divideRoundHalfAwayFromZero,
  formatBasisPoints,
  isBasisPoints,
  type BasisPoints,
} from '../money/basis-points.js';
import { addFen, fenFromBigInt, isFen, subtractFen, sumFen, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import type { CatalogMessageKey, MessageParams } from './catalog-messages.js';
import { isRangeMode, type Pricing } from './pricing.js';
import { validationIssue, type CatalogField, type ValidationIssue } from './validation-issue.js';

/**
 * Cost accounting (成本核算) of one unit of charge, as the project manager
 * drafts it: labour, materials, operating overhead, risk/insurance.
 */
export interface CostModel {
  /** Labour time per unit of charge, whole minutes. */
  readonly labourMinutes: number;
  /** The project's labour rate, fen per hour. */
  readonly labourRatePerHour: Fen;
  /** Expected materials per unit of charge. */
  readonly materials: Fen;
  /** Operating overhead as basis points of labour + materials. */
  readonly overheadBasisPoints: BasisPoints;
  /** Risk/insurance as basis points of labour + materials (not of labour + materials + overhead). */
  readonly riskBasisPoints: BasisPoints;
}

/** Each part rounded to the fen on its own, so the parts add up exactly to the total shown. */
export interface CostBreakdown {
  readonly labour: Fen;
  readonly materials: Fen;
  readonly overhead: Fen;
  readonly risk: Fen;
  readonly total: Fen;
}

/** 保本微利: a margin above this is flagged for review. 20% of the price. */
export const DEFAULT_MARGIN_CEILING_BASIS_POINTS: BasisPoints = 2000;

export function validateCostModel(model: CostModel): ValidationIssue[] {
  const checks: readonly [CatalogField, number][] = [
    ['labourMinutes', model.labourMinutes],
    ['labourRatePerHour', model.labourRatePerHour],
    ['materials', model.materials],
    ['overheadBasisPoints', model.overheadBasisPoints],
    ['riskBasisPoints', model.riskBasisPoints],
  ];
  const issues: ValidationIssue[] = [];
  for (const [field, value] of checks) {
    if (!Number.isSafeInteger(value)) issues.push(validationIssue(field, 'catalog.cost.notWholeNumber'));
    else if (value < 0) issues.push(validationIssue(field, 'catalog.cost.negative'));
  }
  return issues;
}

/**
 * labour = minutes × rate per hour ÷ 60; overhead and risk are each a share
 * of labour + materials. Every part rounds half away from zero to the fen.
 * Throws RangeError for a model validateCostModel rejects.
 */
export function costBreakdown(model: CostModel): CostBreakdown {
  const issues = validateCostModel(model);
  if (issues.length > 0) {
    throw new RangeError(`Invalid cost model: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
  }
  const labour = fenFromBigInt(
    divideRoundHalfAwayFromZero(BigInt(model.labourMinutes) * BigInt(model.labourRatePerHour), 60n),
  );
  const base = addFen(labour, model.materials);
  const overhead = applyBasisPoints(base, model.overheadBasisPoints);
  const risk = applyBasisPoints(base, model.riskBasisPoints);
  return { labour, materials: model.materials, overhead, risk, total: sumFen([base, overhead, risk]) };
}

export function unitCost(model: CostModel): Fen {
  return costBreakdown(model).total;
}

export interface Margin {
  readonly price: Fen;
  readonly cost: Fen;
  /** price − cost; negative is a loss. */
  readonly margin: Fen;
  /** margin ÷ price in basis points (rounded half away from zero); null at price 0. */
  readonly basisPoints: BasisPoints | null;
}

/** Margin at one price, as a share of the price (not a mark-up on cost). */
export function marginAt({ cost, price }: { readonly cost: Fen; readonly price: Fen }): Margin {
  const margin = subtractFen(price, cost);
  return { price, cost, margin, basisPoints: basisPointsOf(margin, price) };
}

export type MarginPointName = 'price' | 'min' | 'max';
export interface MarginPoint extends Margin {
  readonly at: MarginPointName;
}

export interface MarginWarning extends MarginPoint {
  /** loss: the price is below cost. over_margin: above the 保本微利 ceiling, for review. Never blocking. */
  readonly code: 'loss' | 'over_margin';
  readonly messageKey: CatalogMessageKey;
  readonly params: MessageParams;
}

export interface MarginAssessment {
  /** goodwill: a free item, its cost borne by the company; unpriced: nothing to compare yet. */
  readonly treatment: 'priced' | 'goodwill' | 'unpriced';
  readonly cost: CostBreakdown;
  /** Fixed: at the price. Range and workload: at min and at max. */
  readonly points: readonly MarginPoint[];
  readonly warnings: readonly MarginWarning[];
}

export interface AssessMarginInput {
  readonly pricing: Pricing;
  readonly costModel: CostModel;
  /** Per-company setting; defaults to DEFAULT_MARGIN_CEILING_BASIS_POINTS. */
  readonly marginCeilingBasisPoints?: BasisPoints;
}

/**
 * 保本微利 check: a price below cost warns `loss`; a margin whose rounded rate
 * (the one shown to the reviewer) is above the ceiling flags `over_margin`.
 * Exactly at cost or exactly at the ceiling passes. Free items are goodwill:
 * cost shown, no warning.
 */
export function assessMargin({
  pricing,
  costModel,
  marginCeilingBasisPoints = DEFAULT_MARGIN_CEILING_BASIS_POINTS,
}: AssessMarginInput): MarginAssessment {
  if (!isBasisPoints(marginCeilingBasisPoints) || marginCeilingBasisPoints < 0) {
    throw new RangeError(`Margin ceiling must be whole, non-negative basis points: ${String(marginCeilingBasisPoints)}`);
  }
  const cost = costBreakdown(costModel);
  if (pricing.mode === 'free') return { treatment: 'goodwill', cost, points: [], warnings: [] };

  const prices: [MarginPointName, Fen | null | undefined][] =
    pricing.mode === 'fixed'
      ? [['price', pricing.price]]
      : isRangeMode(pricing.mode)
        ? [
            ['min', pricing.min],
            ['max', pricing.max],
          ]
        : [];
  if (prices.length === 0 || !prices.every(([, price]) => isFen(price))) {
    return { treatment: 'unpriced', cost, points: [], warnings: [] };
  }

  const points = prices.map(([at, price]): MarginPoint => ({ at, ...marginAt({ cost: cost.total, price: price as Fen }) }));
  const warnings: MarginWarning[] = [];
  for (const point of points) {
    if (point.margin < 0) {
      warnings.push({
        ...point,
        code: 'loss',
        messageKey: 'catalog.margin.loss',
        params: {
          price: formatYuan(point.price),
          cost: formatYuan(point.cost),
          loss: formatYuan(subtractFen(point.cost, point.price)),
          priceFen: point.price,
          costFen: point.cost,
        },
      });
    } else if (point.basisPoints !== null && point.basisPoints > marginCeilingBasisPoints) {
      warnings.push({
        ...point,
        code: 'over_margin',
        messageKey: 'catalog.margin.overCeiling',
        params: {
          price: formatYuan(point.price),
          rate: formatBasisPoints(point.basisPoints),
          ceiling: formatBasisPoints(marginCeilingBasisPoints),
          priceFen: point.price,
          basisPoints: point.basisPoints,
          ceilingBasisPoints: marginCeilingBasisPoints,
        },
      });
    }
  }
  return { treatment: 'priced', cost, points, warnings };
}
