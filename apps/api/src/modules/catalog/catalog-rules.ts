import {
  assessMargin,
  fen,
  formatBasisPoints,
  validateCostModel,
  validatePricing,
  type CostModel,
  type Pricing,
  type PricingMode,
} from '@wuye/domain';
import { AppError } from '../../graphql/errors.js';
import { translate } from '../../i18n/messages.js';
import type { Locale } from '../../request-scope.js';
import type { CostModelInput, PricingInput } from './catalog.types.js';

/** Stored price columns, in fen. */
export interface PriceColumns {
  mode: PricingMode;
  priceFen?: number | null;
  minFen?: number | null;
  maxFen?: number | null;
}

export interface CostColumns {
  labourMinutes: number;
  materialsFen: number;
  overheadBp: number;
  riskBp: number;
}

export const toPricing = (c: PriceColumns): Pricing => ({
  mode: c.mode,
  price: c.priceFen == null ? null : fen(c.priceFen),
  min: c.minFen == null ? null : fen(c.minFen),
  max: c.maxFen == null ? null : fen(c.maxFen),
});

export const toCostModel = (c: CostColumns, labourRateFenPerHour: number): CostModel => ({
  labourMinutes: c.labourMinutes,
  labourRatePerHour: fen(labourRateFenPerHour),
  materials: fen(c.materialsFen),
  overheadBasisPoints: c.overheadBp,
  riskBasisPoints: c.riskBp,
});

/** Free items are priced 0 by definition; other modes keep only the amounts they use. */
export function pricingColumns(input: PricingInput): PriceColumns {
  const mode = input.mode as PricingMode;
  if (mode === 'free') return { mode, priceFen: 0, minFen: null, maxFen: null };
  return { mode, priceFen: input.priceFen ?? null, minFen: input.minFen ?? null, maxFen: input.maxFen ?? null };
}

/** The domain's first issue becomes a typed error naming the input field (e.g. `pricing.min`). */
export function assertValidPricing(columns: PriceColumns, unit: string, extraUnits: readonly string[], prefix = 'pricing'): void {
  const issues = validatePricing({
    pricing: { mode: columns.mode, price: columns.priceFen as never, min: columns.minFen as never, max: columns.maxFen as never },
    unit,
    companyExtraUnits: extraUnits,
  });
  const issue = issues[0];
  if (issue) throw new AppError('VALIDATION_FAILED', issue.messageKey, issue.params, issue.field === 'unit' ? 'unit' : `${prefix}.${issue.field}`);
}

export function assertValidCost(cost: CostInputLike): void {
  const issue = validateCostModel({
    labourMinutes: cost.labourMinutes,
    labourRatePerHour: 0 as never,
    materials: cost.materialsFen as never,
    overheadBasisPoints: cost.overheadBp,
    riskBasisPoints: cost.riskBp,
  })[0];
  if (issue) throw new AppError('VALIDATION_FAILED', issue.messageKey, issue.params, `costModel.${issue.field}`);
}
type CostInputLike = CostModelInput | CostColumns;

/** Margin assessment with messages in the caller's language, for the approver's review. */
export function marginView(columns: PriceColumns & CostColumns, labourRateFenPerHour: number, ceilingBp: number, locale: Locale) {
  const a = assessMargin({
    pricing: toPricing(columns),
    costModel: toCostModel(columns, labourRateFenPerHour),
    marginCeilingBasisPoints: ceilingBp,
  });
  return {
    treatment: a.treatment,
    cost: a.cost,
    points: a.points,
    warnings: a.warnings.map((w) => ({ ...w, message: translate(w.messageKey, w.params)[locale] })),
  };
}

export { formatBasisPoints };
