import { pricingBounds } from '@wuye/domain';
import { PricingMode, type LossDecisionKind, type PricingInput, type RecordLossDecisionInput } from '@wuye/schema';
import { parseYuanInput } from '../common/money';
import { PRICE_FIELDS, pricingInput, toDomainPricing, type PriceField } from '../common/pricing';

/** The pricing modes a price rise may propose (free and unpriced are not a price). */
export const RAISE_MODES = [PricingMode.Fixed, PricingMode.Range, PricingMode.Workload] as const;

export type DecisionTexts = {
  kind: LossDecisionKind | '';
  reason: string;
  mode: PricingMode;
  price: string;
  min: string;
  max: string;
  target: string;
  reviewOn: string;
};

export type Current = { mode: PricingMode; priceFen?: number | null; minFen?: number | null; maxFen?: number | null } | null;

export type DecisionCheck = {
  /** i18n keys by field; empty when the input can be sent. */
  issues: Partial<Record<keyof DecisionTexts, string>>;
  input: Omit<RecordLossDecisionInput, 'projectId' | 'itemId' | 'month'> | null;
};

const WHOLE = /^[1-9][0-9]{0,5}$/;

/**
 * Checks what the project manager typed before it is sent, with the same rules the API applies:
 * a reason always; a price rise needs a complete new price above the published one (both ends of
 * a range at least as high, one higher); growing volume needs a monthly target and a review date
 * after today. The API checks again.
 */
export function checkDecision(texts: DecisionTexts, current: Current, today: string): DecisionCheck {
  const issues: DecisionCheck['issues'] = {};
  if (!texts.kind) issues.kind = 'ra.validation.required';
  if (texts.reason.trim() === '') issues.reason = 'ra.validation.required';

  let proposedPricing: PricingInput | null = null;
  if (texts.kind === 'RAISE_PRICE') {
    for (const field of PRICE_FIELDS[texts.mode] as PriceField[]) {
      const parsed = parseYuanInput(texts[field]);
      if (!parsed.ok) issues[field] = parsed.messageKey;
    }
    if (!issues.price && !issues.min && !issues.max) {
      proposedPricing = pricingInput(texts.mode, texts);
      const next = pricingBounds(toDomainPricing(proposedPricing));
      const now = current ? pricingBounds(toDomainPricing(current)) : null;
      if (next && next.min > next.max) issues.min = 'resources.lossDecisions.dialog.minAboveMax';
      else if (next && now && !(next.min >= now.min && next.max >= now.max && (next.min > now.min || next.max > now.max))) {
        issues[texts.mode === PricingMode.Fixed ? 'price' : 'max'] = 'resources.lossDecisions.dialog.notRaised';
      }
    }
  }

  let targetOrdersPerMonth: number | null = null;
  let reviewOn: string | null = null;
  if (texts.kind === 'GROW_VOLUME') {
    if (!WHOLE.test(texts.target.trim())) issues.target = 'resources.lossDecisions.dialog.targetFormat';
    else targetOrdersPerMonth = Number(texts.target.trim());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(texts.reviewOn)) issues.reviewOn = 'ra.validation.required';
    else if (texts.reviewOn <= today) issues.reviewOn = 'resources.lossDecisions.dialog.reviewOnHint';
    else reviewOn = texts.reviewOn;
  }

  if (Object.keys(issues).length > 0 || !texts.kind) return { issues, input: null };
  return {
    issues,
    input: {
      kind: texts.kind,
      reason: texts.reason.trim(),
      proposedPricing: texts.kind === 'RAISE_PRICE' ? proposedPricing : null,
      targetOrdersPerMonth: texts.kind === 'GROW_VOLUME' ? targetOrdersPerMonth : null,
      reviewOn: texts.kind === 'GROW_VOLUME' ? reviewOn : null,
    },
  };
}
