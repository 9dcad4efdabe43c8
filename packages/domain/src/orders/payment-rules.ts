import type { Role } from '../access/roles.js';
import { fen, isFen, subtractFen, ZERO_FEN, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import type { ServiceType } from './order-classification.js';
import { orderFailure, type OrderFailure } from './order-failure.js';
import { ORDER_STATES_BEFORE_WORK, type OrderState } from './order-states.js';

export const PAYER_KINDS = ['owner', 'tenant', 'visitor'] as const;
export type PayerKind = (typeof PAYER_KINDS)[number];

/**
 * - cash, qr: collected in person by a member of staff;
 * - statement: put on the owner's monthly statement (记账月结);
 * - deposit: drawn from the payer's prepaid deposit (预交押金);
 * - prepaid: settled from what was collected before an errand's purchase (代办费用预收).
 */
export const PAYMENT_METHODS = ['cash', 'qr', 'statement', 'deposit', 'prepaid'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const IN_PERSON_PAYMENT_METHODS: readonly PaymentMethod[] = ['cash', 'qr'];

/** A worker may collect under ¥100 (README §3.6): 10 000 fen is already too much. */
export const WORKER_COLLECTION_LIMIT: Fen = fen(10_000);

/**
 * "Supervisor or above" (主管及以上) in the chain a worker reports to: the
 * department supervisor, the project manager, the general manager.
 */
export const SUPERVISOR_OR_ABOVE: readonly Role[] = ['supervisor', 'project_manager', 'general_manager'];

/**
 * Who may take cash or QR payments of any amount: supervisor or above, and
 * finance — the cashier (收银员), whose job is collection and who is outside the
 * field chain the ¥100 rule guards.
 */
export const COLLECTORS_OF_ANY_AMOUNT: readonly Role[] = [...SUPERVISOR_OR_ABOVE, 'finance'];

/** Who may take cash or QR payments under the limit only. */
export const COLLECTORS_UNDER_LIMIT: readonly Role[] = ['worker'];

export type PaymentCheck = { readonly ok: true } | OrderFailure;

export function isPayerKind(value: unknown): value is PayerKind {
  return typeof value === 'string' && (PAYER_KINDS as readonly string[]).includes(value);
}

export function isPaymentMethod(value: unknown): value is PaymentMethod {
  return typeof value === 'string' && (PAYMENT_METHODS as readonly string[]).includes(value);
}

/** Deposit accounts belong to a unit's residents, owners and tenants; a visitor cannot hold one. */
export function canHoldDepositAccount(payerKind: PayerKind): boolean {
  return payerKind === 'owner' || payerKind === 'tenant';
}

/**
 * Cash or QR taken in person: under ¥100 by a worker (or anyone above), ¥100 and
 * more only by a supervisor or above, or finance. The other methods involve no
 * collector and always pass. Everyone else (front desk, housekeeper, quality,
 * engineering) does not collect for service orders.
 */
export function checkCollection({
  amount,
  method,
  collectorRoles,
  limit = WORKER_COLLECTION_LIMIT,
}: {
  readonly amount: Fen;
  readonly method: PaymentMethod;
  readonly collectorRoles: readonly Role[];
  readonly limit?: Fen;
}): PaymentCheck {
  if (!IN_PERSON_PAYMENT_METHODS.includes(method)) return { ok: true };
  if (!isFen(amount) || amount <= 0) return orderFailure('VALIDATION_FAILED', 'order.payment.amountNotPositive', {}, 'amount');
  if (collectorRoles.some((role) => COLLECTORS_OF_ANY_AMOUNT.includes(role))) return { ok: true };
  if (collectorRoles.some((role) => COLLECTORS_UNDER_LIMIT.includes(role))) {
    return amount < limit
      ? { ok: true }
      : orderFailure('FORBIDDEN', 'order.payment.supervisorCollects', { amount: formatYuan(amount), limit: formatYuan(limit), amountFen: amount, limitFen: limit });
  }
  return orderFailure('FORBIDDEN', 'order.payment.notACollector');
}

export type PaymentStage = 'prepayment' | 'settlement';

/**
 * Which payer may use which method:
 * - statement: owners only, and never as an errand's prepayment (it is paid later);
 * - deposit: an owner or tenant who holds a deposit account (the balance is
 *   checked when drawing, by drawDeposit);
 * - prepaid: only when settling an order from its prepayment;
 * - cash and QR: anyone.
 */
export function checkPaymentMethod({
  method,
  payerKind,
  hasDepositAccount = false,
  stage,
}: {
  readonly method: PaymentMethod;
  readonly payerKind: PayerKind;
  readonly hasDepositAccount?: boolean;
  readonly stage: PaymentStage;
}): PaymentCheck {
  if (!isPaymentMethod(method)) return orderFailure('VALIDATION_FAILED', 'order.payment.methodUnknown', { method: String(method) }, 'method');
  if (!isPayerKind(payerKind)) return orderFailure('VALIDATION_FAILED', 'order.payment.payerUnknown', { payerKind: String(payerKind) }, 'payerKind');
  if (stage === 'prepayment' && (method === 'statement' || method === 'prepaid')) {
    return orderFailure('VALIDATION_FAILED', 'order.payment.prepaymentMethod', { method }, 'method');
  }
  if (method === 'statement' && payerKind !== 'owner') {
    return orderFailure('VALIDATION_FAILED', 'order.payment.statementOwnersOnly', {}, 'method');
  }
  if (method === 'deposit' && !(hasDepositAccount && canHoldDepositAccount(payerKind))) {
    return orderFailure('VALIDATION_FAILED', 'order.payment.noDepositAccount', {}, 'method');
  }
  return { ok: true };
}

/** What is still owed after a prepayment: negative when the prepayment was more (the difference is refunded). */
export function amountDue({ quoteTotal, prepaid }: { readonly quoteTotal: Fen; readonly prepaid: Fen }): Fen {
  return subtractFen(quoteTotal, prepaid);
}

/**
 * An errand's service fee and goods are collected before the purchase: it may
 * not start until it is quoted and the prepayment covers the current quote
 * (a revised quote can need more). Other service types always pass.
 */
export function checkErrandPrepaid({
  serviceType,
  quoteTotal,
  prepaid,
}: {
  readonly serviceType: ServiceType;
  readonly quoteTotal: Fen | null;
  readonly prepaid: Fen;
}): PaymentCheck {
  if (serviceType !== 'errand') return { ok: true };
  if (quoteTotal === null) return orderFailure('INVALID_STATE', 'order.errand.quoteFirst');
  const due = amountDue({ quoteTotal, prepaid });
  if (due > 0) {
    return orderFailure('INVALID_STATE', 'order.errand.notPrepaid', {
      due: formatYuan(due),
      total: formatYuan(quoteTotal),
      prepaid: formatYuan(prepaid),
      dueFen: due,
    });
  }
  return { ok: true };
}

export interface PaymentInput {
  readonly method: PaymentMethod;
  readonly payerKind: PayerKind;
  readonly hasDepositAccount?: boolean;
  /** Roles of whoever took the money in person; required for cash and QR. */
  readonly collectorRoles?: readonly Role[] | null;
}

export type PrepaymentCheck = { readonly ok: true; readonly prepaid: Fen } | OrderFailure;

/**
 * Taking (part of) an errand's prepayment: an errand, quoted, not yet started,
 * a positive amount that does not take the prepayment past the quote, and a
 * method and collector the payment rules allow. Returns the new prepaid total.
 */
export function checkPrepayment({
  order,
  amount,
  payment,
}: {
  readonly order: { readonly serviceType: ServiceType; readonly state: OrderState; readonly quoteTotal: Fen | null; readonly prepaid: Fen };
  readonly amount: Fen;
  readonly payment: PaymentInput;
}): PrepaymentCheck {
  if (order.serviceType !== 'errand') return orderFailure('INVALID_STATE', 'order.prepayment.errandsOnly');
  if (!ORDER_STATES_BEFORE_WORK.includes(order.state)) return orderFailure('INVALID_STATE', 'order.prepayment.tooLate');
  if (order.quoteTotal === null) return orderFailure('INVALID_STATE', 'order.errand.quoteFirst');
  if (!isFen(amount) || amount <= 0) return orderFailure('VALIDATION_FAILED', 'order.payment.amountNotPositive', {}, 'amount');
  const outstanding = amountDue({ quoteTotal: order.quoteTotal, prepaid: order.prepaid });
  if (amount > outstanding) {
    return orderFailure(
      'VALIDATION_FAILED',
      'order.prepayment.exceedsQuote',
      { amount: formatYuan(amount), outstanding: formatYuan(outstanding > 0 ? outstanding : ZERO_FEN) },
      'amount',
    );
  }
  const checked = checkPaymentAndCollector({ amount, payment, stage: 'prepayment' });
  if (!checked.ok) return checked;
  return { ok: true, prepaid: fen(order.prepaid + amount) };
}

export type SettlementCheck =
  | {
      readonly ok: true;
      /** Collected now, by the payment's method (0 when the prepayment covered it). */
      readonly amountDue: Fen;
      /** Prepaid beyond the final quote, to be given back. */
      readonly refundDue: Fen;
    }
  | OrderFailure;

/**
 * Settling a completed order at its quote's total — there is no discount input:
 * staff never waive fees (README §3.6). What a prepayment covers is settled
 * with method `prepaid`; anything still due is paid by a method the payer may
 * use, collected by someone allowed to take that amount. Fields are relative
 * to the payment input (`method`, `collectorRoles`).
 */
export function checkSettlement({
  order,
  payment,
}: {
  readonly order: { readonly quoteTotal: Fen | null; readonly prepaid: Fen };
  readonly payment: PaymentInput;
}): SettlementCheck {
  if (order.quoteTotal === null) return orderFailure('INVALID_STATE', 'order.settle.noQuote');
  const due = amountDue({ quoteTotal: order.quoteTotal, prepaid: order.prepaid });
  if (due <= 0) {
    if (order.prepaid > 0 && payment.method !== 'prepaid') {
      return orderFailure('VALIDATION_FAILED', 'order.payment.coveredByPrepayment', {}, 'method');
    }
    const method = checkPaymentMethod({ ...payment, stage: 'settlement' });
    if (!method.ok) return method;
    return { ok: true, amountDue: ZERO_FEN, refundDue: fen(-due) };
  }
  if (payment.method === 'prepaid') {
    return orderFailure('VALIDATION_FAILED', 'order.payment.prepaymentShort', { due: formatYuan(due), dueFen: due }, 'method');
  }
  const checked = checkPaymentAndCollector({ amount: due, payment, stage: 'settlement' });
  if (!checked.ok) return checked;
  return { ok: true, amountDue: due, refundDue: ZERO_FEN };
}

function checkPaymentAndCollector({
  amount,
  payment,
  stage,
}: {
  readonly amount: Fen;
  readonly payment: PaymentInput;
  readonly stage: PaymentStage;
}): PaymentCheck {
  const method = checkPaymentMethod({ ...payment, stage });
  if (!method.ok) return method;
  if (!IN_PERSON_PAYMENT_METHODS.includes(payment.method)) return { ok: true };
  if (payment.collectorRoles === null || payment.collectorRoles === undefined) {
    return orderFailure('VALIDATION_FAILED', 'order.payment.collectorRequired', {}, 'collectorRoles');
  }
  return checkCollection({ amount, method: payment.method, collectorRoles: payment.collectorRoles });
}
