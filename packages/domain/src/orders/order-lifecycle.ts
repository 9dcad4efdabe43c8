import type { Role } from '../access/roles.js';
import { fen, isFen, ZERO_FEN, type Fen } from '../money/fen.js';
import { APPOINTMENT_SLACK_MINUTES, validateAppointment, type AppointmentWindow } from './appointment.js';
import type { OrderActor } from './order-actor.js';
import type { OrderCharge, OrderUrgency, ServiceType } from './order-classification.js';
import { isBlank, orderFailure, type OrderFailure } from './order-failure.js';
import type { OrderMessageKey } from './order-messages.js';
import { isOrderState, type OrderState } from './order-states.js';
import { checkErrandPrepaid, checkSettlement, type PaymentInput } from './payment-rules.js';
import { validateQuote, type QuoteLine, type QuoteTotals } from './quote.js';


/**
 * - quote: a quote from the published price list, or a revision of it (a new quoteVersion);
 * - consent: the resident agrees to the current quote (or to a free service);
 * - consent_verbally: an emergency may start on the resident's spoken go-ahead, recorded;
 * - decline: the resident refuses the quote;
 * - dispatch: to the supervisor of the right department (again: to another one);
 * - assign: the supervisor assigns a worker (again: reassigns);
 * - book: agree an appointment window (again after nobody was home, or when staff cannot make it);
 * - start / complete: the worker begins, and finishes with the resident's sign-off and rating;
 * - no_one_home: nobody answered; a note card was left and the visit is to be re-booked;
 * - settle: paid, or put on the owner's statement; close: the order is done;
 * - cancel: by the resident or staff, with a reason; reject: a service the project cannot provide.
 */
export const ORDER_ACTIONS = [
  'quote',
  'consent',
  'consent_verbally',
  'decline',
  'dispatch',
  'assign',
  'book',
  'start',
  'no_one_home',
  'complete',
  'settle',
  'close',
  'cancel',
  'reject',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * The flow of README §3 as data. Self-loops are changes that keep the state:
 * a revised quote, fresh consent, a re-booked visit, a reassignment.
 * Preconditions the table cannot show are checked by transitionOrder:
 * - a paid, ordinary order is dispatched only once accepted; an emergency may be
 *   dispatched straight from registered or quoted ("handled at once");
 * - a free order skips quoting (registered → accepted by consent) and payment
 *   (completed → closed); a paid one is settled before it closes;
 * - cancellation is open until work starts; after that the order is completed
 *   (on a revised quote if need be);
 * - nobody home sends the order back to assigned, same worker, with no appointment:
 *   the next step is book (and the supervisor may reassign).
 */
export const ORDER_TRANSITIONS: Readonly<Record<OrderState, Readonly<Partial<Record<OrderAction, OrderState>>>>> = {
  registered: {
    quote: 'quoted',
    consent: 'accepted',
    consent_verbally: 'registered',
    dispatch: 'dispatched',
    book: 'registered',
    cancel: 'cancelled',
    reject: 'rejected',
  },
  quoted: {
    quote: 'quoted',
    consent: 'accepted',
    consent_verbally: 'quoted',
    decline: 'declined',
    dispatch: 'dispatched',
    book: 'quoted',
    cancel: 'cancelled',
  },
  accepted: {
    quote: 'accepted',
    consent: 'accepted',
    consent_verbally: 'accepted',
    decline: 'declined',
    dispatch: 'dispatched',
    book: 'accepted',
    cancel: 'cancelled',
  },
  dispatched: {
    quote: 'dispatched',
    consent: 'dispatched',
    consent_verbally: 'dispatched',
    decline: 'declined',
    dispatch: 'dispatched',
    assign: 'assigned',
    book: 'dispatched',
    cancel: 'cancelled',
  },
  assigned: {
    quote: 'assigned',
    consent: 'assigned',
    consent_verbally: 'assigned',
    decline: 'declined',
    dispatch: 'dispatched',
    assign: 'assigned',
    book: 'assigned',
    start: 'in_progress',
    no_one_home: 'assigned',
    cancel: 'cancelled',
  },
  in_progress: {
    quote: 'in_progress',
    consent: 'in_progress',
    no_one_home: 'assigned',
    complete: 'completed',
  },
  completed: { settle: 'settled', close: 'closed' },
  settled: { close: 'closed' },
  closed: {},
  declined: {},
  cancelled: {},
  rejected: {},
};

export interface OrderPermission {
  /** Staff roles that may act. A worker acts only on an order assigned to them; a supervisor only on one dispatched to them (or not yet dispatched). */
  readonly roles: readonly Role[];
  /** A partner app may do it for the resident. */
  readonly partner: boolean;
}

const QUOTERS: readonly Role[] = ['front_desk', 'supervisor', 'worker', 'project_manager', 'general_manager'];
const FRONT_DESK: readonly Role[] = ['front_desk', 'project_manager', 'general_manager'];

/**
 * README §1 and §3: the front desk registers, quotes, dispatches, issues
 * receipts; the supervisor sets by-workload prices and assigns workers; the
 * worker quotes and confirms on site, performs the work; finance settles.
 * PM and GM may do every front-desk action and stand in for a supervisor.
 */
export const ORDER_PERMISSIONS: Readonly<Record<OrderAction, OrderPermission>> = {
  quote: { roles: QUOTERS, partner: false },
  consent: { roles: QUOTERS, partner: true },
  consent_verbally: { roles: QUOTERS, partner: false },
  decline: { roles: QUOTERS, partner: true },
  dispatch: { roles: FRONT_DESK, partner: false },
  assign: { roles: ['supervisor', 'project_manager', 'general_manager'], partner: false },
  book: { roles: QUOTERS, partner: false },
  start: { roles: ['worker'], partner: false },
  no_one_home: { roles: ['worker'], partner: false },
  complete: { roles: ['worker'], partner: false },
  settle: { roles: ['front_desk', 'finance', 'project_manager', 'general_manager'], partner: false },
  close: { roles: FRONT_DESK, partner: false },
  cancel: { roles: FRONT_DESK, partner: true },
  reject: { roles: FRONT_DESK, partner: false },
};

/** Nobody home: wait 2–5 minutes before leaving the note card (README §3.5); the lower bound is the default setting. */
export const NO_ONE_HOME_MINIMUM_WAIT_MINUTES = 2;

/** What the lifecycle rules need to know about an order. */
export interface OrderSnapshot {
  readonly state: OrderState;
  readonly serviceType: ServiceType;
  readonly charge: OrderCharge;
  readonly urgency: OrderUrgency;
  /** 0 until the first quote; every quote or revision adds 1. */
  readonly quoteVersion: number;
  /** Total of the current quote; null before the first. */
  readonly quoteTotal: Fen | null;
  /** The quote version the resident consented to; 0 = consent to a free service; null = none. */
  readonly consentQuoteVersion: number | null;
  /** An emergency's recorded verbal go-ahead. */
  readonly verbalConsentAt: Date | null;
  /** The supervisor the order is dispatched to (assignee). */
  readonly supervisorId: string | null;
  /** The worker who performs it (executor): never the supervisor. */
  readonly workerId: string | null;
  readonly appointment: AppointmentWindow | null;
  /** Collected in advance (an errand's 代办费用预收). */
  readonly prepaid: Fen;
}

/** A newly registered order. */
export function newOrder({
  serviceType,
  charge,
  urgency,
  appointment = null,
}: {
  readonly serviceType: ServiceType;
  readonly charge: OrderCharge;
  readonly urgency: OrderUrgency;
  readonly appointment?: AppointmentWindow | null;
}): OrderSnapshot {
  return {
    state: 'registered',
    serviceType,
    charge,
    urgency,
    quoteVersion: 0,
    quoteTotal: null,
    consentQuoteVersion: null,
    verbalConsentAt: null,
    supervisorId: null,
    workerId: null,
    appointment,
    prepaid: ZERO_FEN,
  };
}

/** The resident agreed to what will be done at its current price: a free service, or the current quote version. */
export function hasValidConsent(order: OrderSnapshot): boolean {
  if (order.charge === 'free') return order.consentQuoteVersion !== null;
  return order.quoteVersion > 0 && order.consentQuoteVersion === order.quoteVersion;
}

/** Consent before work starts (README §3.2): valid consent, or an emergency's recorded verbal consent. */
export function hasConsentToStart(order: OrderSnapshot): boolean {
  return hasValidConsent(order) || (order.urgency === 'emergency' && order.verbalConsentAt !== null);
}

export function nextOrderState(from: OrderState, action: OrderAction): OrderState | undefined {
  if (!isOrderState(from)) return undefined;
  const row = ORDER_TRANSITIONS[from];
  // hasOwn: an action name arriving from outside must not find Object.prototype members.
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

/** Actions the table allows from a state (preconditions and roles aside). */
export function allowedOrderActions(from: OrderState): OrderAction[] {
  return ORDER_ACTIONS.filter((action) => nextOrderState(from, action) !== undefined);
}

export interface OrderTransitionSettings {
  readonly appointmentSlackMinutes?: number;
  readonly noOneHomeMinimumWaitMinutes?: number;
}

export interface OrderTransitionInput {
  readonly order: OrderSnapshot;
  readonly action: OrderAction;
  readonly actor: OrderActor;
  readonly now: Date;
  /** quote: the lines (fields `lines.N.…`). */
  readonly lines?: readonly QuoteLine[] | null;
  /** dispatch: the supervisor of the right department. */
  readonly supervisorId?: string | null;
  /** assign: the worker. */
  readonly workerId?: string | null;
  /** book: the agreed window. */
  readonly appointment?: AppointmentWindow | null;
  /** consent_verbally: who agreed to what, and how; no_one_home: the note card left. */
  readonly note?: string | null;
  /** no_one_home: when the worker reached the door. */
  readonly arrivedAt?: Date | null;
  /** complete: the resident's rating, 1–5. */
  readonly rating?: number | null;
  /** settle. */
  readonly payment?: PaymentInput | null;
  /** cancel and reject: required; decline: optional. */
  readonly reason?: string | null;
  /** cancel: who asked for it; a partner app always cancels for the resident. */
  readonly cancelledBy?: 'resident' | 'staff' | null;
  readonly settings?: OrderTransitionSettings;
}

export type OrderTransitionResult =
  | {
      readonly ok: true;
      readonly to: OrderState;
      /** The order after the action. */
      readonly order: OrderSnapshot;
      /** quote: the new quote's subtotals and total. */
      readonly quoteTotals?: QuoteTotals;
      /** settle: collected now (0 when the prepayment covered it). */
      readonly amountDue?: Fen;
      /** settle, cancel, decline: prepayment to give back. */
      readonly refundDue?: Fen;
    }
  | OrderFailure;

/**
 * One step of a service order. Checks, in order: the transition table
 * (INVALID_STATE), the actor (FORBIDDEN), the order's own preconditions
 * (INVALID_STATE, with a specific messageKey), then the action's inputs
 * (VALIDATION_FAILED with field). Returns the order as it is after the step;
 * on failure nothing changes.
 */
export function transitionOrder(input: OrderTransitionInput): OrderTransitionResult {
  const { order, action, actor, now } = input;
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');

  const to = nextOrderState(order.state, action);
  if (to === undefined) {
    return orderFailure('INVALID_STATE', 'order.invalidTransition', { from: String(order.state), action: String(action) });
  }

  const forbidden = checkActor(actor, action, order);
  if (forbidden !== null) return forbidden;

  const moved = (changes: Partial<OrderSnapshot> = {}, extra: { quoteTotals?: QuoteTotals; amountDue?: Fen; refundDue?: Fen } = {}) =>
    ({ ok: true, to, order: { ...order, ...changes, state: to }, ...extra }) as const;
  const invalid = (messageKey: OrderMessageKey, params = {}) => orderFailure('INVALID_STATE', messageKey, params);
  const missing = (field: string, messageKey: OrderMessageKey, params = {}) => orderFailure('VALIDATION_FAILED', messageKey, params, field);

  switch (action) {
    case 'quote': {
      if (order.charge === 'free') return invalid('order.quote.freeOrder');
      const quote = validateQuote({ lines: input.lines ?? [], serviceType: order.serviceType });
      if (!quote.ok) return quote;
      return moved({ quoteVersion: order.quoteVersion + 1, quoteTotal: quote.totals.total }, { quoteTotals: quote.totals });
    }

    case 'consent': {
      if (order.charge === 'free') {
        return order.consentQuoteVersion === null ? moved({ consentQuoteVersion: 0 }) : invalid('order.consent.alreadyGiven');
      }
      if (order.quoteVersion === 0) return invalid('order.consent.noQuote');
      if (order.consentQuoteVersion === order.quoteVersion) return invalid('order.consent.alreadyGiven');
      return moved({ consentQuoteVersion: order.quoteVersion });
    }

    case 'consent_verbally': {
      if (order.urgency !== 'emergency') return invalid('order.verbalConsent.emergencyOnly');
      if (order.verbalConsentAt !== null) return invalid('order.verbalConsent.alreadyRecorded');
      if (isBlank(input.note)) return missing('note', 'order.verbalConsent.noteRequired');
      return moved({ verbalConsentAt: now });
    }

    case 'decline': {
      if (order.quoteVersion === 0 || order.consentQuoteVersion === order.quoteVersion) return invalid('order.decline.nothingToDecline');
      return moved({}, refund(order.prepaid));
    }

    case 'dispatch': {
      if ((order.state === 'registered' || order.state === 'quoted') && order.urgency !== 'emergency') {
        return invalid('order.dispatch.consentFirst');
      }
      if (isBlank(input.supervisorId)) return missing('supervisorId', 'order.dispatch.supervisorRequired');
      return moved({ supervisorId: input.supervisorId ?? null, workerId: null });
    }

    case 'assign': {
      if (isBlank(input.workerId)) return missing('workerId', 'order.assign.workerRequired');
      if (input.workerId === order.supervisorId) return missing('workerId', 'order.assign.workerIsSupervisor');
      return moved({ workerId: input.workerId ?? null });
    }

    case 'book': {
      if (input.appointment === null || input.appointment === undefined) return missing('appointment', 'order.appointment.required');
      const booked = validateAppointment({
        window: input.appointment,
        urgency: order.urgency,
        now,
        slackMinutes: input.settings?.appointmentSlackMinutes ?? APPOINTMENT_SLACK_MINUTES,
      });
      if (!booked.ok) return booked;
      return moved({ appointment: booked.window });
    }

    case 'start': {
      if (!hasConsentToStart(order)) return invalid('order.start.consentRequired');
      const prepaid = checkErrandPrepaid(order);
      if (!prepaid.ok) return prepaid;
      return moved();
    }

    case 'no_one_home': {
      if (isBlank(input.note)) return missing('note', 'order.noOneHome.noteRequired');
      const { arrivedAt } = input;
      if (!(arrivedAt instanceof Date) || Number.isNaN(arrivedAt.getTime())) return missing('arrivedAt', 'order.noOneHome.arrivedAtRequired');
      if (arrivedAt.getTime() > now.getTime()) return missing('arrivedAt', 'order.noOneHome.arrivedInFuture');
      const minutes = input.settings?.noOneHomeMinimumWaitMinutes ?? NO_ONE_HOME_MINIMUM_WAIT_MINUTES;
      if (now.getTime() - arrivedAt.getTime() < minutes * 60_000) return missing('arrivedAt', 'order.noOneHome.waitLonger', { minutes });
      return moved({ appointment: null });
    }

    case 'complete': {
      if (order.charge === 'paid') {
        if (order.quoteVersion === 0) return invalid('order.complete.quoteRequired');
        if (order.consentQuoteVersion !== order.quoteVersion) return invalid('order.complete.consentRequired');
      }
      const { rating } = input;
      if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
        return missing('rating', 'order.complete.ratingRequired');
      }
      return moved();
    }

    case 'settle': {
      if (order.charge === 'free') return invalid('order.settle.freeOrder');
      if (input.payment === null || input.payment === undefined) return missing('payment', 'order.settle.paymentRequired');
      const settlement = checkSettlement({ order, payment: input.payment });
      if (!settlement.ok) return settlement.field === undefined ? settlement : { ...settlement, field: `payment.${settlement.field}` };
      return moved({}, { amountDue: settlement.amountDue, refundDue: settlement.refundDue });
    }

    case 'close': {
      if (order.state === 'completed' && order.charge === 'paid') return invalid('order.close.settleFirst');
      return moved();
    }

    case 'cancel': {
      const cancelledBy = input.cancelledBy ?? (actor.kind === 'partner' ? 'resident' : null);
      if (cancelledBy !== 'resident' && cancelledBy !== 'staff') return missing('cancelledBy', 'order.cancel.cancelledByRequired');
      if (actor.kind === 'partner' && cancelledBy !== 'resident') return orderFailure('FORBIDDEN', 'order.cancel.partnerForResidentOnly');
      if (isBlank(input.reason)) return missing('reason', 'order.reasonRequired');
      return moved({}, refund(order.prepaid));
    }

    case 'reject': {
      if (isBlank(input.reason)) return missing('reason', 'order.reasonRequired');
      return moved();
    }
  }
}

function refund(prepaid: Fen): { refundDue?: Fen } {
  return isFen(prepaid) && prepaid > 0 ? { refundDue: fen(prepaid) } : {};
}

/**
 * Role first; then, for the roles tied to the order, the person: a worker only
 * on their own order, a supervisor only on an order dispatched to them (or not
 * yet dispatched to anyone, e.g. setting a by-workload price).
 */
function checkActor(actor: OrderActor, action: OrderAction, order: OrderSnapshot): OrderFailure | null {
  const permission = ORDER_PERMISSIONS[action];
  if (actor.kind === 'partner') return permission.partner ? null : orderFailure('FORBIDDEN', 'order.forbidden.role', { action });
  const eligible = actor.roles.filter((role) => permission.roles.includes(role));
  const onThisOrder = (role: Role) => {
    if (role === 'worker') return order.workerId === actor.userId;
    if (role === 'supervisor') return order.supervisorId === null || order.supervisorId === actor.userId;
    return true;
  };
  if (eligible.some(onThisOrder)) return null;
  if (eligible.includes('worker')) return orderFailure('FORBIDDEN', 'order.forbidden.notAssignedWorker', { action });
  if (eligible.includes('supervisor')) return orderFailure('FORBIDDEN', 'order.forbidden.notOrderSupervisor', { action });
  return orderFailure('FORBIDDEN', 'order.forbidden.role', { action });
}
