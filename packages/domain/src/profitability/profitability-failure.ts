import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ProfitabilityMessageKey } from './profitability-messages.js';

/**
 * - INVALID_STATE: the decision (or the item's status) does not allow this;
 * - FORBIDDEN: the actor's role, or their place in the project, does not allow it;
 * - VALIDATION_FAILED: an input is missing or wrong; `field` names it.
 */
export type ProfitabilityFailureCode = 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';

/** One input problem, named by its path in the input (`proposedPricing.min`, `revenue`). */
export interface ProfitabilityIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: string;
  readonly messageKey: ProfitabilityMessageKey;
  readonly params: MessageParams;
}

/** A business outcome the user can act on: returned, never thrown. */
export interface ProfitabilityFailure {
  readonly ok: false;
  readonly code: ProfitabilityFailureCode;
  readonly messageKey: ProfitabilityMessageKey;
  readonly params: MessageParams;
  readonly field?: string;
}

export function profitabilityIssue(
  field: string,
  messageKey: ProfitabilityMessageKey,
  params: MessageParams = {},
): ProfitabilityIssue {
  return { code: 'VALIDATION_FAILED', field, messageKey, params };
}

export function profitabilityFailure(
  code: ProfitabilityFailureCode,
  messageKey: ProfitabilityMessageKey,
  params: MessageParams = {},
  field?: string,
): ProfitabilityFailure {
  return field === undefined ? { ok: false, code, messageKey, params } : { ok: false, code, field, messageKey, params };
}
