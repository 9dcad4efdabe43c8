import { isBlank, orderIssue, failureFromIssues, type OrderFailure, type OrderIssue } from './order-failure.js';
import { isAwaitingSignOff, type OrderState } from './order-states.js';

/**
 * End of day (README §3.8): the front desk reviews every order the resident
 * has not signed off and records why it is still open and when it will finish.
 */
export function ordersForEndOfDayReview<T extends { readonly state: OrderState }>(orders: readonly T[]): T[] {
  return orders.filter((order) => isAwaitingSignOff(order.state));
}

/** The review note: a reason, and an expected finish after now. */
export function validateEndOfDayNote({
  reason,
  expectedFinishAt,
  now,
}: {
  readonly reason: string | null | undefined;
  readonly expectedFinishAt: Date | null | undefined;
  readonly now: Date;
}): { readonly ok: true } | OrderFailure {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const issues: OrderIssue[] = [];
  if (isBlank(reason)) issues.push(orderIssue('reason', 'order.reasonRequired'));
  if (!(expectedFinishAt instanceof Date) || Number.isNaN(expectedFinishAt.getTime())) {
    issues.push(orderIssue('expectedFinishAt', 'order.review.expectedFinishRequired'));
  } else if (expectedFinishAt.getTime() <= now.getTime()) {
    issues.push(orderIssue('expectedFinishAt', 'order.review.expectedFinishInPast'));
  }
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true } : failureFromIssues([first, ...rest]);
}
