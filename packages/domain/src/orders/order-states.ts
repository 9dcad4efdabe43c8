/**
 * The states of a service order (有偿服务单/派工单). How they move is in
 * order-lifecycle.ts; the groups here are shared by the rules that ask
 * "has work started yet?" or "is it still open?".
 */
export const ORDER_STATES = [
  'registered',
  'quoted',
  'accepted',
  'dispatched',
  'assigned',
  'in_progress',
  'completed',
  'settled',
  'closed',
  'declined',
  'cancelled',
  'rejected',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

/** Nothing leaves these. */
export const TERMINAL_ORDER_STATES: readonly OrderState[] = ['closed', 'declined', 'cancelled', 'rejected'];

/** Before the worker starts: the order can still be cancelled, re-booked, prepaid. */
export const ORDER_STATES_BEFORE_WORK: readonly OrderState[] = ['registered', 'quoted', 'accepted', 'dispatched', 'assigned'];

/** Not yet signed off by the resident: what the front desk reviews at the end of the day (README §3.8). */
export const ORDER_STATES_AWAITING_SIGN_OFF: readonly OrderState[] = [...ORDER_STATES_BEFORE_WORK, 'in_progress'];

export function isOrderState(value: unknown): value is OrderState {
  return typeof value === 'string' && (ORDER_STATES as readonly string[]).includes(value);
}

export function isTerminalOrderState(state: OrderState): boolean {
  return TERMINAL_ORDER_STATES.includes(state);
}

export function isAwaitingSignOff(state: OrderState): boolean {
  return ORDER_STATES_AWAITING_SIGN_OFF.includes(state);
}
