import type { PriceListActor } from '../catalog/price-list-lifecycle.js';
import { shanghaiDate, isLocalDate } from '../calendar/working-calendar.js';
import { canonicalPricing, pricingBounds, validatePricing, type CanonicalPricing, type Pricing } from '../catalog/pricing.js';
import { formatYuan, formatYuanRange } from '../money/yuan.js';
import type { PnlStatus } from './item-pnl.js';
import { isUnderReview } from './loss-review.js';
import { profitabilityFailure, type ProfitabilityFailure } from './profitability-failure.js';

/**
 * What the project manager decides about a loss-making (or thin) service
 * (domain README §6): grow the number of residents served, raise the price,
 * discontinue it, or another measure — always with a reason, which is kept.
 *
 * - raise_price: a proposed price (fixed, range or by workload) above the
 *   current one; it goes into the project's draft price list and reaches the
 *   GM through the catalog approval, whose outcome the API mirrors here;
 * - discontinue: the GM approves or rejects; once approved the item is left out
 *   of the next published price list and can no longer be quoted;
 * - grow_volume: a target number of orders a month and a review date;
 * - other: the reason says what will be done.
 *
 *   raise_price | discontinue:  proposed ─approve→ approved
 *                               proposed ─reject→  rejected   (with reason)
 *   grow_volume | other:        recorded                       (no approval)
 */
export const LOSS_DECISION_KINDS = ['grow_volume', 'raise_price', 'discontinue', 'other'] as const;
export type LossDecisionKind = (typeof LOSS_DECISION_KINDS)[number];

export const LOSS_DECISION_KIND_LABELS: Readonly<Record<LossDecisionKind, { readonly zh: string; readonly en: string }>> = {
  grow_volume: { zh: '扩大服务量', en: 'Grow volume' },
  raise_price: { zh: '提高价格', en: 'Raise the price' },
  discontinue: { zh: '停止该服务', en: 'Discontinue' },
  other: { zh: '其他措施', en: 'Other measure' },
};

/** Kinds that wait for the general manager. */
export const GENERAL_MANAGER_APPROVED_DECISIONS: readonly LossDecisionKind[] = ['raise_price', 'discontinue'];

export function needsGeneralManagerApproval(kind: LossDecisionKind): boolean {
  return GENERAL_MANAGER_APPROVED_DECISIONS.includes(kind);
}

export function isLossDecisionKind(value: unknown): value is LossDecisionKind {
  return typeof value === 'string' && (LOSS_DECISION_KINDS as readonly string[]).includes(value);
}

export const LOSS_DECISION_STATES = ['proposed', 'approved', 'rejected', 'recorded'] as const;
export type LossDecisionState = (typeof LOSS_DECISION_STATES)[number];

export const LOSS_DECISION_ACTIONS = ['approve', 'reject'] as const;
export type LossDecisionAction = (typeof LOSS_DECISION_ACTIONS)[number];

export const LOSS_DECISION_TRANSITIONS: Readonly<
  Record<LossDecisionState, Readonly<Partial<Record<LossDecisionAction, LossDecisionState>>>>
> = {
  proposed: { approve: 'approved', reject: 'rejected' },
  approved: {},
  rejected: {},
  recorded: {},
};

export function isLossDecisionState(value: unknown): value is LossDecisionState {
  return typeof value === 'string' && (LOSS_DECISION_STATES as readonly string[]).includes(value);
}

export function nextLossDecisionState(from: LossDecisionState, action: LossDecisionAction): LossDecisionState | undefined {
  if (!isLossDecisionState(from)) return undefined;
  const row = LOSS_DECISION_TRANSITIONS[from];
  // hasOwn: an action name arriving from outside must not find Object.prototype members.
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

/**
 * Who is acting, as seen from the item's project (as the catalog's PriceListActor):
 * - isGeneralManager: holds the company-wide 总经理 role;
 * - managesProject: holds the project-manager role for this very project.
 */
/** The same people as a price list's: the project's manager, and the GM. */
export type ProfitabilityActor = PriceListActor;

/** The project manager decides for their own project (README §6); the GM approves, and does not propose. */
export function canRecordLossDecision(actor: ProfitabilityActor): boolean {
  return actor.managesProject;
}

/** The GM approves or rejects, never their own proposal (a GM who also manages the project). */
export function canApproveLossDecision(actor: ProfitabilityActor, proposedBy: string | null | undefined): boolean {
  return actor.isGeneralManager && !!proposedBy && proposedBy !== actor.userId;
}

export interface LossDecisionInput {
  readonly kind: LossDecisionKind;
  readonly actor: ProfitabilityActor;
  readonly now: Date;
  /** The item's status in the month under review: only loss and thin items are decided on. */
  readonly itemStatus: PnlStatus;
  /** Required for every kind. */
  readonly reason?: string | null;
  /** raise_price: the new price, checked like a draft price list entry (the item's unit is not at issue here). */
  readonly proposedPricing?: Pricing | null;
  /** raise_price: the item's published price, when it has one; the proposal must be above it. */
  readonly currentPricing?: Pricing | null;
  readonly companyExtraUnits?: readonly string[];
  /** grow_volume: orders a month to reach. */
  readonly targetOrdersPerMonth?: number | null;
  /** grow_volume: local date "YYYY-MM-DD" (Asia/Shanghai) to review progress, after today. */
  readonly reviewOn?: string | null;
}

export type LossDecisionResult =
  | {
      readonly ok: true;
      readonly kind: LossDecisionKind;
      /** proposed for raise_price and discontinue; recorded for the others. */
      readonly state: Extract<LossDecisionState, 'proposed' | 'recorded'>;
      readonly needsGeneralManager: boolean;
      /** raise_price: the proposal with exactly its mode's amounts, ready for the draft price list. */
      readonly proposedPricing?: CanonicalPricing;
    }
  | ProfitabilityFailure;

/**
 * Records a decision. Checks, in order: the kind (VALIDATION_FAILED, field
 * `kind`), the actor (FORBIDDEN), the item's status (INVALID_STATE: not loss
 * or thin), then the inputs (VALIDATION_FAILED with field): reason; for
 * raise_price the proposed pricing (`proposedPricing.price|min|max|mode`) and
 * that it raises the current price — neither bound lower, at least one higher;
 * for grow_volume the target and the review date.
 */
export function recordLossDecision(input: LossDecisionInput): LossDecisionResult {
  const { kind, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  if (!isLossDecisionKind(kind)) return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.kindUnknown', { kind: String(kind) }, 'kind');
  if (!canRecordLossDecision(actor)) return profitabilityFailure('FORBIDDEN', 'profitability.decision.onlyProjectManager');
  if (!isUnderReview(input.itemStatus)) {
    return profitabilityFailure('INVALID_STATE', 'profitability.decision.notUnderReview', { status: String(input.itemStatus) });
  }
  if ((input.reason ?? '').trim() === '') return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.reasonRequired', {}, 'reason');

  const needsGeneralManager = needsGeneralManagerApproval(kind);
  const state = needsGeneralManager ? 'proposed' : 'recorded';

  switch (kind) {
    case 'raise_price': {
      const proposed = input.proposedPricing;
      if (!proposed) return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.proposedPricingRequired', {}, 'proposedPricing');
      if (proposed.mode !== 'fixed' && proposed.mode !== 'range' && proposed.mode !== 'workload') {
        return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.proposedPricingMode', { mode: String(proposed.mode) }, 'proposedPricing.mode');
      }
      const [issue] = validatePricing({ pricing: proposed, unit: '', companyExtraUnits: input.companyExtraUnits ?? [] }).filter(
        (i) => i.field !== 'unit',
      );
      if (issue) return profitabilityFailure('VALIDATION_FAILED', issue.messageKey, issue.params, `proposedPricing.${issue.field}`);
      const next = pricingBounds(proposed);
      const current = input.currentPricing ? pricingBounds(input.currentPricing) : null;
      if (next !== null && current !== null) {
        const raised = next.min >= current.min && next.max >= current.max && (next.min > current.min || next.max > current.max);
        if (!raised) {
          const show = (b: { min: typeof next.min; max: typeof next.max }) => (b.min === b.max ? formatYuan(b.min) : formatYuanRange(b.min, b.max));
          return profitabilityFailure(
            'VALIDATION_FAILED',
            'profitability.decision.priceNotRaised',
            { proposed: show(next), current: show(current) },
            'proposedPricing',
          );
        }
      }
      return { ok: true, kind, state, needsGeneralManager, proposedPricing: canonicalPricing(proposed) };
    }
    case 'grow_volume': {
      const target = input.targetOrdersPerMonth;
      if (typeof target !== 'number' || !Number.isSafeInteger(target) || target < 1) {
        return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.targetOrdersRequired', {}, 'targetOrdersPerMonth');
      }
      const reviewOn = input.reviewOn;
      if (reviewOn === null || reviewOn === undefined || reviewOn.trim() === '') {
        return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.reviewOnRequired', {}, 'reviewOn');
      }
      if (!isLocalDate(reviewOn)) return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.reviewOnInvalid', { date: reviewOn }, 'reviewOn');
      if (reviewOn <= shanghaiDate(now)) return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.reviewOnNotFuture', {}, 'reviewOn');
      return { ok: true, kind, state, needsGeneralManager };
    }
    case 'discontinue':
    case 'other':
      return { ok: true, kind, state, needsGeneralManager };
  }
}

export interface LossDecisionTransitionInput {
  readonly from: LossDecisionState;
  readonly action: LossDecisionAction;
  readonly actor: ProfitabilityActor;
  /** userId of whoever recorded the decision; required to approve or reject. */
  readonly proposedBy?: string | null;
  /** Required to reject. */
  readonly reason?: string | null;
  readonly now: Date;
}

export type LossDecisionTransitionResult = { readonly ok: true; readonly to: LossDecisionState } | ProfitabilityFailure;

/**
 * The GM's approval. Checks, in order: the table (INVALID_STATE — a recorded
 * decision has nothing to approve), the GM role (FORBIDDEN), a known proposer
 * (VALIDATION_FAILED `proposedBy`) who is not the actor (FORBIDDEN), and a
 * reason to reject (VALIDATION_FAILED `reason`).
 */
export function transitionLossDecision(input: LossDecisionTransitionInput): LossDecisionTransitionResult {
  const { from, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const to = nextLossDecisionState(from, action);
  if (to === undefined) {
    return profitabilityFailure('INVALID_STATE', 'profitability.decision.invalidTransition', { from: String(from), action: String(action) });
  }
  if (!actor.isGeneralManager) return profitabilityFailure('FORBIDDEN', 'profitability.decision.onlyGeneralManager');
  const proposedBy = input.proposedBy ?? '';
  if (proposedBy === '') return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.proposerRequired', {}, 'proposedBy');
  if (proposedBy === actor.userId) return profitabilityFailure('FORBIDDEN', 'profitability.decision.ownProposal');
  if (action === 'reject' && (input.reason ?? '').trim() === '') {
    return profitabilityFailure('VALIDATION_FAILED', 'profitability.decision.reasonRequired', {}, 'reason');
  }
  return { ok: true, to };
}
