import type { OrderAction } from '../orders/order-lifecycle.js';
import type { NotificationKind } from './notification-kinds.js';

/** Who is on the order before and after a step, as far as telling people is concerned. */
export interface OrderPeople {
  readonly supervisorId: string | null;
  readonly workerId: string | null;
  /** An appointment was already agreed (so booking again is a change, not the first booking). */
  readonly hasAppointment: boolean;
  /** The resident had consented to a quote (so quoting again is a change they must re-confirm). */
  readonly consented: boolean;
}

export interface OrderStepFacts {
  readonly action: OrderAction;
  readonly before: OrderPeople;
  readonly after: OrderPeople;
  /** complete: the resident's rating, 1–5. */
  readonly rating?: number | null;
  /** The staff member who took the step; nobody is told about their own step. */
  readonly actorId: string | null;
}

export interface OrderNotice {
  readonly recipientId: string;
  readonly kind: NotificationKind;
}

/** Ratings of 1 and 2 are dissatisfied (满意 4–5, 基本满意 3). */
export const DISSATISFIED_RATING_MAX = 2;

const onTheOrder = (p: OrderPeople) => [p.supervisorId, p.workerId];

/**
 * Which staff hear of an order step, and as what. The supervisor (assignee) and the worker
 * (executor) hear of cancellations and changes at once; the supervisor hears of a dissatisfied
 * sign-off and of a visit with nobody home.
 */
export function orderNotifications(f: OrderStepFacts): OrderNotice[] {
  const to = (kind: NotificationKind, ...ids: Array<string | null>): OrderNotice[] =>
    [...new Set(ids)].filter((id): id is string => !!id && id !== f.actorId).map((recipientId) => ({ recipientId, kind }));
  switch (f.action) {
    case 'dispatch':
      return f.after.supervisorId !== f.before.supervisorId ? to('order_dispatched', f.after.supervisorId) : [];
    case 'assign':
      return f.after.workerId !== f.before.workerId ? to('order_assigned', f.after.workerId) : [];
    case 'cancel':
      return to('order_cancelled', ...onTheOrder(f.before));
    case 'book':
      return f.before.hasAppointment ? to('order_rebooked', ...onTheOrder(f.after)) : [];
    case 'quote':
      return f.before.consented ? to('order_requoted', ...onTheOrder(f.after)) : [];
    case 'complete':
      return f.rating != null && f.rating <= DISSATISFIED_RATING_MAX ? to('order_dissatisfied', f.after.supervisorId) : [];
    case 'no_one_home':
      return to('order_no_one_home', f.after.supervisorId ?? f.before.supervisorId);
    default:
      return [];
  }
}
