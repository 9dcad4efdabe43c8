import type { OrderActor } from './order-actor.js';
import { isBlank, orderFailure, type OrderFailure } from './order-failure.js';
import type { OrderSnapshot } from './order-lifecycle.js';

/**
 * A materials requisition (领料单, README §3.4) cites the order number and is
 * signed by the order's supervisor before stock is issued; materials are
 * drawn only for work that is assigned or under way. What is used is billed
 * as material lines on the quote (a revision the resident consents to).
 */
export function checkRequisition({
  order,
  orderNumber,
  citedOrderNumber,
  signer,
}: {
  readonly order: Pick<OrderSnapshot, 'state' | 'supervisorId'>;
  /** The order's own number. */
  readonly orderNumber: string;
  /** The number written on the requisition. */
  readonly citedOrderNumber: string | null | undefined;
  /** Who signs it off for the storeroom. */
  readonly signer: OrderActor;
}): { readonly ok: true } | OrderFailure {
  if (isBlank(citedOrderNumber)) return orderFailure('VALIDATION_FAILED', 'order.requisition.orderNumberRequired', {}, 'orderNumber');
  if (citedOrderNumber?.trim() !== orderNumber) {
    return orderFailure('VALIDATION_FAILED', 'order.requisition.orderNumberMismatch', { cited: String(citedOrderNumber), orderNumber }, 'orderNumber');
  }
  if (order.state !== 'assigned' && order.state !== 'in_progress') return orderFailure('INVALID_STATE', 'order.requisition.orderNotActive');
  const isOrdersSupervisor = signer.kind === 'staff' && signer.roles.includes('supervisor') && signer.userId === order.supervisorId;
  if (!isOrdersSupervisor) return orderFailure('FORBIDDEN', 'order.requisition.supervisorSigns');
  return { ok: true };
}
