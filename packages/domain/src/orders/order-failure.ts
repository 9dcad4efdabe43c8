import type { MessageParams } from '../catalog/catalog-messages.js';
import type { OrderMessageKey } from './order-messages.js';

/**
 * - INVALID_STATE: the order (or statement, or account) is not in a state that
 *   allows this — an action the transition table does not have, or a
 *   precondition on the record itself (no consent yet, not prepaid);
 * - FORBIDDEN: the actor's role, or their place on the order, does not allow it;
 * - VALIDATION_FAILED: an input of this call is missing or wrong; `field` names it.
 */
export type OrderFailureCode = 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';

/** One input problem, named by its path in the input (`lines.2.unitPrice`). */
export interface OrderIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: string;
  readonly messageKey: OrderMessageKey;
  readonly params: MessageParams;
}

/** A business outcome the user can act on: returned, never thrown. */
export interface OrderFailure {
  readonly ok: false;
  readonly code: OrderFailureCode;
  readonly messageKey: OrderMessageKey;
  readonly params: MessageParams;
  readonly field?: string;
  /** Every input problem when there are several (a quote's lines); the failure itself repeats the first. */
  readonly issues?: readonly OrderIssue[];
}

export function orderIssue(field: string, messageKey: OrderMessageKey, params: MessageParams = {}): OrderIssue {
  return { code: 'VALIDATION_FAILED', field, messageKey, params };
}

export function orderFailure(
  code: OrderFailureCode,
  messageKey: OrderMessageKey,
  params: MessageParams = {},
  field?: string,
): OrderFailure {
  return field === undefined ? { ok: false, code, messageKey, params } : { ok: false, code, field, messageKey, params };
}

/** The first issue as the failure, with all of them attached. */
export function failureFromIssues(issues: readonly [OrderIssue, ...OrderIssue[]]): OrderFailure {
  const [first] = issues;
  return { ok: false, code: 'VALIDATION_FAILED', field: first.field, messageKey: first.messageKey, params: first.params, issues };
}

export function isBlank(text: string | null | undefined): boolean {
  return typeof text !== 'string' || text.trim() === '';
}
