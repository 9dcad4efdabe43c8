import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.js';
import { fixedPricing, freePricing, rangePricing, workloadPricing } from '../catalog/pricing.js';
import { fen } from '../money/fen.js';
import type { OrderActor } from './order-actor.js';
import { ORDER_CHARGES, ORDER_URGENCIES, SERVICE_TYPES } from './order-classification.js';
import {
  allowedOrderActions,
  hasConsentToStart,
  hasValidConsent,
  newOrder,
  ORDER_ACTIONS,
  ORDER_TRANSITIONS,
  transitionOrder,
  type OrderAction,
  type OrderSnapshot,
  type OrderTransitionInput,
} from './order-lifecycle.js';
import { ORDER_STATES, TERMINAL_ORDER_STATES, type OrderState } from './order-states.js';
import type { QuoteLine } from './quote.js';

const now = new Date('2026-03-02T02:00:00.000Z'); // 10:00 in Shanghai
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

const staff = (userId: string, ...roles: Role[]): OrderActor => ({ kind: 'staff', userId, roles });
const desk = staff('desk-liu', 'front_desk');
const sup = staff('sup-wang', 'supervisor');
const otherSup = staff('sup-zhao', 'supervisor');
const worker = staff('w-li', 'worker');
const otherWorker = staff('w-chen', 'worker');
const pm = staff('pm-zhang', 'project_manager');
const gm = staff('gm-chen', 'general_manager');
const finance = staff('fin-sun', 'finance');
const keeper = staff('keeper-zhou', 'housekeeper');
const quality = staff('qa-wu', 'quality');
const engineer = staff('eng-he', 'engineering');
const partner: OrderActor = { kind: 'partner', keyId: 'resident-app' };

const lock: QuoteLine = { kind: 'catalog', name: '换锁', pricing: rangePricing(fen(1000), fen(5000)), quantityMilli: 1000, unitPrice: fen(3000) };
const drain: QuoteLine = { kind: 'catalog', name: '疏通下水', pricing: fixedPricing(fen(3000)), quantityMilli: 1000, unitPrice: fen(3000) };
const pipes: QuoteLine = { kind: 'catalog', name: '换管', pricing: workloadPricing(fen(1000), fen(100_000)), quantityMilli: 1000, unitPrice: fen(20_000) };
const errandFee: QuoteLine = { kind: 'catalog', name: '代购服务费', pricing: fixedPricing(fen(1000)), quantityMilli: 1000, unitPrice: fen(1000) };
const groceries: QuoteLine = { kind: 'goods', name: '大米 10kg', amount: fen(6500) };

const order = (changes: Partial<OrderSnapshot> = {}): OrderSnapshot => ({
  ...newOrder({ serviceType: 'repair', charge: 'paid', urgency: 'normal' }),
  ...changes,
});
const registered = order();
const quoted = order({ state: 'quoted', quoteVersion: 1, quoteTotal: fen(3000) });
const accepted = { ...quoted, state: 'accepted', consentQuoteVersion: 1 } as const;
const dispatched = { ...accepted, state: 'dispatched', supervisorId: 'sup-wang' } as const;
const assigned = { ...dispatched, state: 'assigned', workerId: 'w-li' } as const;
const inProgress = { ...assigned, state: 'in_progress' } as const;
const completed = { ...inProgress, state: 'completed' } as const;
const settled = { ...completed, state: 'settled' } as const;
/** Revised after consent: version 2 quoted, version 1 agreed. */
const revised = (o: OrderSnapshot): OrderSnapshot => ({ ...o, quoteVersion: 2, quoteTotal: fen(5000) });

const freeRegistered = order({ charge: 'free' });
const freeAssigned = order({ charge: 'free', state: 'assigned', consentQuoteVersion: 0, supervisorId: 'sup-wang', workerId: 'w-li' });
const freeCompleted = { ...freeAssigned, state: 'completed' } as const;

const emergency = order({ urgency: 'emergency' });
const emergencyAssigned = order({ urgency: 'emergency', state: 'assigned', supervisorId: 'sup-wang', workerId: 'w-li' });

const errandAccepted = order({ serviceType: 'errand', state: 'assigned', quoteVersion: 1, quoteTotal: fen(7500), consentQuoteVersion: 1, supervisorId: 'sup-wang', workerId: 'w-li' });

const run = (input: Partial<OrderTransitionInput> & Pick<OrderTransitionInput, 'order' | 'action' | 'actor'>) =>
  transitionOrder({ now, ...input });

describe('the transition table', () => {
  it('is the flow of README §3 as data', () => {
    expect(ORDER_TRANSITIONS.registered).toEqual({
      quote: 'quoted',
      consent: 'accepted',
      consent_verbally: 'registered',
      dispatch: 'dispatched',
      book: 'registered',
      cancel: 'cancelled',
      reject: 'rejected',
    });
    expect(ORDER_TRANSITIONS.in_progress).toEqual({ quote: 'in_progress', consent: 'in_progress', no_one_home: 'assigned', complete: 'completed' });
    expect(ORDER_TRANSITIONS.completed).toEqual({ settle: 'settled', close: 'closed' });
    expect(ORDER_TRANSITIONS.settled).toEqual({ close: 'closed' });
  });

  it.each([
    { from: 'registered', actions: ['quote', 'consent', 'consent_verbally', 'dispatch', 'book', 'cancel', 'reject'] },
    { from: 'quoted', actions: ['quote', 'consent', 'consent_verbally', 'decline', 'dispatch', 'book', 'cancel'] },
    { from: 'accepted', actions: ['quote', 'consent', 'consent_verbally', 'decline', 'dispatch', 'book', 'cancel'] },
    { from: 'dispatched', actions: ['quote', 'consent', 'consent_verbally', 'decline', 'dispatch', 'assign', 'book', 'cancel'] },
    { from: 'assigned', actions: ['quote', 'consent', 'consent_verbally', 'decline', 'dispatch', 'assign', 'book', 'start', 'no_one_home', 'cancel'] },
    { from: 'in_progress', actions: ['quote', 'consent', 'no_one_home', 'complete'] },
    { from: 'completed', actions: ['settle', 'close'] },
    { from: 'settled', actions: ['close'] },
    { from: 'closed', actions: [] },
    { from: 'declined', actions: [] },
    { from: 'cancelled', actions: [] },
    { from: 'rejected', actions: [] },
  ] as const)('$from allows $actions', ({ from, actions }) => {
    expect(allowedOrderActions(from)).toEqual(actions);
  });

  it('cancellation is open exactly until work starts', () => {
    const cancellable = ORDER_STATES.filter((state) => ORDER_TRANSITIONS[state].cancel !== undefined);
    expect(cancellable).toEqual(['registered', 'quoted', 'accepted', 'dispatched', 'assigned']);
  });
});

describe('a paid repair, step by step', () => {
  it.each([
    { step: '1. intake: the front desk has registered it', order: registered, action: 'quote', actor: desk, input: { lines: [lock] }, to: 'quoted', changes: { quoteVersion: 1, quoteTotal: 3000 } },
    { step: '2. the resident agrees to the quote', order: quoted, action: 'consent', actor: desk, input: {}, to: 'accepted', changes: { consentQuoteVersion: 1 } },
    { step: '2. … or agrees in the resident app', order: quoted, action: 'consent', actor: partner, input: {}, to: 'accepted', changes: { consentQuoteVersion: 1 } },
    { step: '3. dispatched to the engineering supervisor', order: accepted, action: 'dispatch', actor: desk, input: { supervisorId: 'sup-wang' }, to: 'dispatched', changes: { supervisorId: 'sup-wang' } },
    { step: '3. the supervisor assigns a worker', order: dispatched, action: 'assign', actor: sup, input: { workerId: 'w-li' }, to: 'assigned', changes: { workerId: 'w-li' } },
    { step: '5. the worker starts', order: assigned, action: 'start', actor: worker, input: {}, to: 'in_progress', changes: {} },
    { step: '6. the resident signs off and rates it', order: inProgress, action: 'complete', actor: worker, input: { rating: 5 }, to: 'completed', changes: {} },
    { step: '6. the front desk settles it (worker took ¥30 cash)', order: completed, action: 'settle', actor: desk, input: { payment: { method: 'cash', payerKind: 'owner', collectorRoles: ['worker'] } }, to: 'settled', changes: {} },
    { step: '6. … or finance puts it on the owner’s statement', order: completed, action: 'settle', actor: finance, input: { payment: { method: 'statement', payerKind: 'owner' } }, to: 'settled', changes: {} },
    { step: '9. closed after settlement', order: settled, action: 'close', actor: desk, input: {}, to: 'closed', changes: {} },
  ] as const)('$step', ({ order: from, action, actor, input, to, changes }) => {
    const result = run({ order: from, action, actor, ...input });
    expect(result).toMatchObject({ ok: true, to, order: { ...from, ...changes, state: to } });
  });
});

describe('other ways through', () => {
  it.each([
    { rule: 'a free service is accepted on consent, without a quote', order: freeRegistered, action: 'consent', actor: desk, input: {}, to: 'accepted', changes: { consentQuoteVersion: 0 } },
    { rule: 'a free service starts on that consent', order: freeAssigned, action: 'start', actor: worker, input: {}, to: 'in_progress', changes: {} },
    { rule: 'a free service closes straight after completion', order: freeCompleted, action: 'close', actor: desk, input: {}, to: 'closed', changes: {} },
    { rule: 'an emergency is dispatched at once from registered', order: emergency, action: 'dispatch', actor: desk, input: { supervisorId: 'sup-wang' }, to: 'dispatched', changes: { supervisorId: 'sup-wang' } },
    { rule: 'an emergency records the resident’s verbal consent', order: emergencyAssigned, action: 'consent_verbally', actor: worker, input: { note: '业主电话同意先关阀抢修' }, to: 'assigned', changes: { verbalConsentAt: now } },
    { rule: 'an emergency starts on verbal consent, before any quote', order: { ...emergencyAssigned, verbalConsentAt: now }, action: 'start', actor: worker, input: {}, to: 'in_progress', changes: {} },
    { rule: 'an emergency is quoted on site while in progress', order: { ...emergencyAssigned, state: 'in_progress', verbalConsentAt: now }, action: 'quote', actor: worker, input: { lines: [pipes] }, to: 'in_progress', changes: { quoteVersion: 1, quoteTotal: 20_000 } },
    { rule: 'a revised quote on site is agreed afresh', order: revised(inProgress), action: 'consent', actor: worker, input: {}, to: 'in_progress', changes: { consentQuoteVersion: 2 } },
    { rule: 'a quote is revised after consent: state kept, consent now stale', order: accepted, action: 'quote', actor: sup, input: { lines: [pipes] }, to: 'accepted', changes: { quoteVersion: 2, quoteTotal: 20_000, consentQuoteVersion: 1 } },
    { rule: 'the resident refuses the quote', order: quoted, action: 'decline', actor: partner, input: {}, to: 'declined', changes: {} },
    { rule: 'the resident refuses a revised quote after dispatch', order: revised(dispatched), action: 'decline', actor: desk, input: { reason: '太贵' }, to: 'declined', changes: {} },
    { rule: 'nobody home: back to assigned, appointment cleared for re-booking', order: { ...assigned, appointment: { start: minutes(-60), end: minutes(60) } }, action: 'no_one_home', actor: worker, input: { note: '已留温馨提示卡，请致电 400-000', arrivedAt: minutes(-3) }, to: 'assigned', changes: { appointment: null } },
    { rule: 'nobody home on a later visit of work in progress', order: inProgress, action: 'no_one_home', actor: worker, input: { note: '已留言', arrivedAt: minutes(-5) }, to: 'assigned', changes: { appointment: null } },
    { rule: 're-booked after nobody was home', order: assigned, action: 'book', actor: desk, input: { appointment: { start: minutes(30), end: minutes(90) } }, to: 'assigned', changes: { appointment: { start: minutes(30), end: minutes(90) } } },
    { rule: 'the supervisor reassigns to another worker', order: assigned, action: 'assign', actor: sup, input: { workerId: 'w-chen' }, to: 'assigned', changes: { workerId: 'w-chen' } },
    { rule: 're-dispatched to another department: the worker is cleared', order: assigned, action: 'dispatch', actor: desk, input: { supervisorId: 'sup-zhao' }, to: 'dispatched', changes: { supervisorId: 'sup-zhao', workerId: null } },
    { rule: 'the resident cancels before the visit', order: assigned, action: 'cancel', actor: desk, input: { cancelledBy: 'resident', reason: '自己修好了' }, to: 'cancelled', changes: {} },
    { rule: 'the resident cancels in the app', order: quoted, action: 'cancel', actor: partner, input: { reason: '不需要了' }, to: 'cancelled', changes: {} },
    { rule: 'staff cancel a duplicate', order: registered, action: 'cancel', actor: pm, input: { cancelledBy: 'staff', reason: '重复登记' }, to: 'cancelled', changes: {} },
    { rule: 'a service the project cannot provide is rejected, with the reason told', order: registered, action: 'reject', actor: desk, input: { reason: '本项目不提供燃气维修，请联系燃气公司' }, to: 'rejected', changes: {} },
    { rule: 'the PM may do front-desk work', order: accepted, action: 'dispatch', actor: pm, input: { supervisorId: 'sup-wang' }, to: 'dispatched', changes: { supervisorId: 'sup-wang' } },
    { rule: 'the GM may stand in for the supervisor', order: dispatched, action: 'assign', actor: gm, input: { workerId: 'w-li' }, to: 'assigned', changes: { workerId: 'w-li' } },
    { rule: 'any supervisor may set a by-workload price before dispatch', order: registered, action: 'quote', actor: otherSup, input: { lines: [pipes] }, to: 'quoted', changes: { quoteVersion: 1, quoteTotal: 20_000 } },
  ] as const)('$rule', ({ order: from, action, actor, input, to, changes }) => {
    expect(run({ order: from, action, actor, ...input })).toMatchObject({ ok: true, to, order: { ...from, ...changes, state: to } });
  });

  it('an errand: quoted with goods, prepaid, started, settled from the prepayment with the change refunded', () => {
    const quotedErrand = run({ order: order({ serviceType: 'errand' }), action: 'quote', actor: desk, lines: [errandFee, groceries] });
    expect(quotedErrand).toMatchObject({ ok: true, to: 'quoted', quoteTotals: { service: 1000, materials: 0, goods: 6500, total: 7500 } });
    expect(run({ order: { ...errandAccepted, prepaid: fen(7500) }, action: 'start', actor: worker })).toMatchObject({ ok: true, to: 'in_progress' });
    const done = { ...errandAccepted, state: 'completed', prepaid: fen(8000) } as const;
    expect(run({ order: done, action: 'settle', actor: desk, payment: { method: 'prepaid', payerKind: 'tenant' } })).toMatchObject({
      ok: true,
      to: 'settled',
      amountDue: 0,
      refundDue: 500,
    });
  });

  it('a prepaid errand cancelled before the purchase owes the prepayment back', () => {
    expect(run({ order: { ...errandAccepted, prepaid: fen(7500) }, action: 'cancel', actor: desk, cancelledBy: 'resident', reason: '不买了' })).toMatchObject({
      ok: true,
      to: 'cancelled',
      refundDue: 7500,
    });
  });
});

describe('INVALID_STATE: what the procedures do not allow', () => {
  it.each([
    { rule: 'start before dispatch', order: accepted, action: 'start', actor: worker },
    { rule: 'complete before starting', order: assigned, action: 'complete', actor: worker },
    { rule: 'cancel once work has started', order: inProgress, action: 'cancel', actor: desk },
    { rule: 'reject after quoting', order: quoted, action: 'reject', actor: desk },
    { rule: 'decline before any quote', order: registered, action: 'decline', actor: desk },
    { rule: 'settle twice', order: settled, action: 'settle', actor: finance },
    { rule: 'reopen a closed order', order: order({ ...settled, state: 'closed' }), action: 'quote', actor: desk },
    { rule: 'anything on a cancelled order', order: order({ state: 'cancelled' }), action: 'consent', actor: desk },
    { rule: 'an unknown action', order: registered, action: 'toString', actor: desk },
    { rule: 'an unknown state', order: order({ state: 'archived' as OrderState }), action: 'quote', actor: desk },
  ])('$rule', ({ order: from, action, actor }) => {
    expect(run({ order: from, action: action as OrderAction, actor, reason: 'r', cancelledBy: 'staff' })).toEqual({
      ok: false,
      code: 'INVALID_STATE',
      messageKey: 'order.invalidTransition',
      params: { from: from.state, action },
    });
  });

  it.each([
    { rule: 'consent is required before work starts', order: revised(assigned), action: 'start', actor: worker, input: {}, messageKey: 'order.start.consentRequired' },
    { rule: 'a quoted emergency without any consent does not start', order: { ...emergencyAssigned, quoteVersion: 1, quoteTotal: fen(3000) }, action: 'start', actor: worker, input: {}, messageKey: 'order.start.consentRequired' },
    { rule: 'a free service without consent does not start', order: { ...freeAssigned, consentQuoteVersion: null }, action: 'start', actor: worker, input: {}, messageKey: 'order.start.consentRequired' },
    { rule: 'an errand does not start unpaid', order: errandAccepted, action: 'start', actor: worker, input: {}, messageKey: 'order.errand.notPrepaid' },
    { rule: 'an errand does not start when a revision outgrew the prepayment', order: { ...errandAccepted, prepaid: fen(5000) }, action: 'start', actor: worker, input: {}, messageKey: 'order.errand.notPrepaid' },
    { rule: 'an ordinary order is not dispatched before consent', order: quoted, action: 'dispatch', actor: desk, input: { supervisorId: 'sup-wang' }, messageKey: 'order.dispatch.consentFirst' },
    { rule: 'a paid order cannot be agreed to without a quote', order: registered, action: 'consent', actor: desk, input: {}, messageKey: 'order.consent.noQuote' },
    { rule: 'consent twice to the same quote', order: accepted, action: 'consent', actor: desk, input: {}, messageKey: 'order.consent.alreadyGiven' },
    { rule: 'verbal consent is for emergencies only', order: assigned, action: 'consent_verbally', actor: worker, input: { note: 'x' }, messageKey: 'order.verbalConsent.emergencyOnly' },
    { rule: 'verbal consent recorded once', order: { ...emergencyAssigned, verbalConsentAt: now }, action: 'consent_verbally', actor: worker, input: { note: 'x' }, messageKey: 'order.verbalConsent.alreadyRecorded' },
    { rule: 'nothing to decline once the quote is agreed', order: accepted, action: 'decline', actor: desk, input: {}, messageKey: 'order.decline.nothingToDecline' },
    { rule: 'a free service is not quoted', order: freeRegistered, action: 'quote', actor: desk, input: { lines: [lock] }, messageKey: 'order.quote.freeOrder' },
    { rule: 'an emergency is quoted before completion', order: { ...emergencyAssigned, state: 'in_progress', verbalConsentAt: now }, action: 'complete', actor: worker, input: { rating: 5 }, messageKey: 'order.complete.quoteRequired' },
    { rule: 'an emergency’s quote is agreed before completion', order: { ...emergencyAssigned, state: 'in_progress', verbalConsentAt: now, quoteVersion: 1, quoteTotal: fen(3000) }, action: 'complete', actor: worker, input: { rating: 5 }, messageKey: 'order.complete.consentRequired' },
    { rule: 'a quote revised on site is agreed before completion', order: revised(inProgress), action: 'complete', actor: worker, input: { rating: 4 }, messageKey: 'order.complete.consentRequired' },
    { rule: 'a free service is not settled', order: freeCompleted, action: 'settle', actor: finance, input: {}, messageKey: 'order.settle.freeOrder' },
    { rule: 'a paid service is settled before closing', order: completed, action: 'close', actor: desk, input: {}, messageKey: 'order.close.settleFirst' },
  ] as const)('$rule', ({ order: from, action, actor, input, messageKey }) => {
    expect(run({ order: from, action, actor, ...input })).toMatchObject({ ok: false, code: 'INVALID_STATE', messageKey });
  });
});

describe('FORBIDDEN: who may do what', () => {
  it.each([
    { rule: 'a worker does not dispatch', order: accepted, action: 'dispatch', actor: worker, messageKey: 'order.forbidden.role' },
    { rule: 'the front desk does not assign workers', order: dispatched, action: 'assign', actor: desk, messageKey: 'order.forbidden.role' },
    { rule: 'a supervisor of another department does not assign', order: dispatched, action: 'assign', actor: otherSup, messageKey: 'order.forbidden.notOrderSupervisor' },
    { rule: 'another worker does not start it', order: assigned, action: 'start', actor: otherWorker, messageKey: 'order.forbidden.notAssignedWorker' },
    { rule: 'the supervisor does not do the work', order: assigned, action: 'start', actor: sup, messageKey: 'order.forbidden.role' },
    { rule: 'the PM does not record the worker’s completion', order: inProgress, action: 'complete', actor: pm, messageKey: 'order.forbidden.role' },
    { rule: 'a worker does not quote an order not assigned to them', order: registered, action: 'quote', actor: worker, messageKey: 'order.forbidden.notAssignedWorker' },
    { rule: 'a worker does not settle', order: completed, action: 'settle', actor: worker, messageKey: 'order.forbidden.role' },
    { rule: 'finance does not cancel', order: registered, action: 'cancel', actor: finance, messageKey: 'order.forbidden.role' },
    { rule: 'a housekeeper does not quote', order: registered, action: 'quote', actor: keeper, messageKey: 'order.forbidden.role' },
    { rule: 'quality does not reject', order: registered, action: 'reject', actor: quality, messageKey: 'order.forbidden.role' },
    { rule: 'engineering does not dispatch', order: accepted, action: 'dispatch', actor: engineer, messageKey: 'order.forbidden.role' },
    { rule: 'a partner app does not quote', order: registered, action: 'quote', actor: partner, messageKey: 'order.forbidden.role' },
    { rule: 'a partner app does not record verbal consent', order: emergency, action: 'consent_verbally', actor: partner, messageKey: 'order.forbidden.role' },
    { rule: 'a partner app does not cancel as staff', order: registered, action: 'cancel', actor: partner, cancelledBy: 'staff', messageKey: 'order.cancel.partnerForResidentOnly' },
  ] as const)('$rule', ({ rule: _rule, order: from, action, actor, messageKey, ...input }) => {
    expect(run({ order: from, action, actor, reason: 'r', lines: [lock], ...input })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey });
  });

  it('a person holding both roles qualifies through either', () => {
    const supAndWorker = staff('w-li', 'supervisor', 'worker');
    expect(run({ order: assigned, action: 'start', actor: supAndWorker })).toMatchObject({ ok: true });
  });
});

describe('VALIDATION_FAILED: missing or wrong inputs', () => {
  it.each([
    { rule: 'a quote without lines', order: registered, action: 'quote', actor: desk, input: {}, field: 'lines', messageKey: 'order.quote.empty' },
    { rule: 'a quote line outside the published range', order: registered, action: 'quote', actor: desk, input: { lines: [drain, lock, { ...lock, unitPrice: fen(6000) }] }, field: 'lines.2.unitPrice', messageKey: 'catalog.quote.outOfRange' },
    { rule: 'a fixed price quoted differently', order: registered, action: 'quote', actor: desk, input: { lines: [{ ...drain, unitPrice: fen(2500) }] }, field: 'lines.0.unitPrice', messageKey: 'catalog.quote.mustEqualPrice' },
    { rule: 'dispatch without a supervisor', order: accepted, action: 'dispatch', actor: desk, input: { supervisorId: ' ' }, field: 'supervisorId', messageKey: 'order.dispatch.supervisorRequired' },
    { rule: 'assign without a worker', order: dispatched, action: 'assign', actor: sup, input: {}, field: 'workerId', messageKey: 'order.assign.workerRequired' },
    { rule: 'the supervisor assigns themselves', order: dispatched, action: 'assign', actor: sup, input: { workerId: 'sup-wang' }, field: 'workerId', messageKey: 'order.assign.workerIsSupervisor' },
    { rule: 'the PM assigns the order’s supervisor as its worker', order: dispatched, action: 'assign', actor: pm, input: { workerId: 'sup-wang' }, field: 'workerId', messageKey: 'order.assign.workerIsSupervisor' },
    { rule: 'cancel without a reason', order: quoted, action: 'cancel', actor: desk, input: { cancelledBy: 'resident', reason: '  ' }, field: 'reason', messageKey: 'order.reasonRequired' },
    { rule: 'cancel without saying who asked', order: quoted, action: 'cancel', actor: desk, input: { reason: 'x' }, field: 'cancelledBy', messageKey: 'order.cancel.cancelledByRequired' },
    { rule: 'reject without a reason for the resident', order: registered, action: 'reject', actor: desk, input: {}, field: 'reason', messageKey: 'order.reasonRequired' },
    { rule: 'verbal consent not written down', order: emergency, action: 'consent_verbally', actor: desk, input: { note: '' }, field: 'note', messageKey: 'order.verbalConsent.noteRequired' },
    { rule: 'nobody home without the note card', order: assigned, action: 'no_one_home', actor: worker, input: { arrivedAt: minutes(-5) }, field: 'note', messageKey: 'order.noOneHome.noteRequired' },
    { rule: 'nobody home without the arrival time', order: assigned, action: 'no_one_home', actor: worker, input: { note: '已留言' }, field: 'arrivedAt', messageKey: 'order.noOneHome.arrivedAtRequired' },
    { rule: 'nobody home after waiting only a minute', order: assigned, action: 'no_one_home', actor: worker, input: { note: '已留言', arrivedAt: minutes(-1) }, field: 'arrivedAt', messageKey: 'order.noOneHome.waitLonger' },
    { rule: 'nobody home, arriving in the future', order: assigned, action: 'no_one_home', actor: worker, input: { note: '已留言', arrivedAt: minutes(5) }, field: 'arrivedAt', messageKey: 'order.noOneHome.arrivedInFuture' },
    { rule: 'complete without the resident’s rating', order: inProgress, action: 'complete', actor: worker, input: {}, field: 'rating', messageKey: 'order.complete.ratingRequired' },
    { rule: 'complete with a rating of 6', order: inProgress, action: 'complete', actor: worker, input: { rating: 6 }, field: 'rating', messageKey: 'order.complete.ratingRequired' },
    { rule: 'book without a window', order: assigned, action: 'book', actor: desk, input: {}, field: 'appointment', messageKey: 'order.appointment.required' },
    { rule: 'book with less than 30 minutes’ slack', order: assigned, action: 'book', actor: desk, input: { appointment: { start: minutes(29), end: minutes(90) } }, field: 'appointment.start', messageKey: 'order.appointment.tooSoon' },
    { rule: 'settle without payment', order: completed, action: 'settle', actor: finance, input: {}, field: 'payment', messageKey: 'order.settle.paymentRequired' },
    { rule: 'a tenant on the owner’s statement', order: completed, action: 'settle', actor: finance, input: { payment: { method: 'statement', payerKind: 'tenant' } }, field: 'payment.method', messageKey: 'order.payment.statementOwnersOnly' },
    { rule: 'cash without saying who took it', order: completed, action: 'settle', actor: desk, input: { payment: { method: 'cash', payerKind: 'visitor' } }, field: 'payment.collectorRoles', messageKey: 'order.payment.collectorRequired' },
  ] as const)('$rule', ({ order: from, action, actor, input, field, messageKey }) => {
    expect(run({ order: from, action, actor, ...input })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey });
  });

  it('a worker collecting ¥100 or more is refused at settlement', () => {
    const big = { ...completed, quoteTotal: fen(10_000) };
    expect(run({ order: big, action: 'settle', actor: desk, payment: { method: 'qr', payerKind: 'owner', collectorRoles: ['worker'] } })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      messageKey: 'order.payment.supervisorCollects',
    });
    expect(run({ order: big, action: 'settle', actor: desk, payment: { method: 'qr', payerKind: 'owner', collectorRoles: ['supervisor'] } })).toMatchObject({
      ok: true,
      amountDue: 10_000,
    });
  });

  it('checks the table, then the actor, then the order, then the inputs', () => {
    expect(run({ order: inProgress, action: 'cancel', actor: worker })).toMatchObject({ code: 'INVALID_STATE' });
    expect(run({ order: revised(assigned), action: 'start', actor: otherWorker })).toMatchObject({ code: 'FORBIDDEN' });
    expect(run({ order: revised(inProgress), action: 'complete', actor: worker })).toMatchObject({ code: 'INVALID_STATE', messageKey: 'order.complete.consentRequired' });
    expect(run({ order: inProgress, action: 'complete', actor: worker })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'rating' });
  });

  it('refuses an invalid now', () => {
    expect(() => transitionOrder({ order: registered, action: 'cancel', actor: desk, now: new Date(Number.NaN) })).toThrow(RangeError);
  });
});

describe('consent helpers', () => {
  it.each([
    { rule: 'agreed to the current quote', order: accepted, valid: true, start: true },
    { rule: 'agreed to an older version', order: revised(accepted), valid: false, start: false },
    { rule: 'quoted, not agreed', order: quoted, valid: false, start: false },
    { rule: 'free, agreed', order: freeAssigned, valid: true, start: true },
    { rule: 'free, not agreed', order: freeRegistered, valid: false, start: false },
    { rule: 'emergency with verbal consent only', order: { ...emergency, verbalConsentAt: now }, valid: false, start: true },
    { rule: 'ordinary order with a stray verbal consent', order: { ...quoted, verbalConsentAt: now }, valid: false, start: false },
  ])('$rule', ({ order: o, valid, start }) => {
    expect(hasValidConsent(o)).toBe(valid);
    expect(hasConsentToStart(o)).toBe(start);
  });
});

describe('properties over any sequence of actions', () => {
  const actors = [desk, sup, otherSup, worker, otherWorker, pm, gm, finance, keeper, partner];
  const lineChoices: (readonly QuoteLine[] | undefined)[] = [
    undefined,
    [lock],
    [drain, pipes],
    [{ ...lock, unitPrice: fen(9000) }],
    [errandFee, groceries],
    [{ kind: 'catalog', name: '邮件收递', pricing: freePricing(), quantityMilli: 1000, unitPrice: fen(0) }],
  ];
  /** Who would usually take each action, so most walks get somewhere; unguided steps try anything. */
  const likelyActors: Record<OrderAction, readonly OrderActor[]> = {
    quote: [desk, desk, sup, worker],
    consent: [desk, partner, worker],
    consent_verbally: [desk, worker],
    decline: [partner, desk],
    dispatch: [desk, pm],
    assign: [sup, gm],
    book: [desk, sup],
    start: [worker, worker, otherWorker],
    no_one_home: [worker],
    complete: [worker],
    settle: [finance, desk],
    close: [desk],
    cancel: [desk, partner],
    reject: [desk],
  };
  const step = fc.record({
    /** forward: an allowed action that does not end the order; allowed: any allowed action; anything: any action at all. */
    mode: fc.constantFrom('forward', 'forward', 'forward', 'forward', 'allowed', 'anything'),
    actionPick: fc.nat(),
    actorPick: fc.nat(),
    action: fc.constantFrom(...ORDER_ACTIONS),
    actor: fc.constantFrom(...actors),
    lines: fc.constantFrom(...lineChoices),
    supervisorId: fc.constantFrom('sup-wang', 'sup-zhao', 'w-li', undefined),
    workerId: fc.constantFrom('w-li', 'w-li', 'w-chen', 'sup-wang', undefined),
    note: fc.constantFrom('已留言', '', undefined),
    reason: fc.constantFrom('业主取消', '', undefined),
    cancelledBy: fc.constantFrom('resident', 'staff', undefined),
    rating: fc.constantFrom(1, 4, 5, 0, undefined),
    payment: fc.constantFrom(
      { method: 'cash', payerKind: 'owner', collectorRoles: ['worker'] },
      { method: 'qr', payerKind: 'visitor', collectorRoles: ['supervisor'] },
      { method: 'statement', payerKind: 'owner' },
      { method: 'deposit', payerKind: 'tenant', hasDepositAccount: true },
      { method: 'prepaid', payerKind: 'tenant' },
      undefined,
    ),
    /** Between steps the service may record an errand's prepayment of the current quote. */
    prepay: fc.boolean(),
  } as const);
  type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;
  const start = fc.record({
    serviceType: fc.constantFrom(...SERVICE_TYPES),
    charge: fc.constantFrom(...ORDER_CHARGES),
    urgency: fc.constantFrom(...ORDER_URGENCIES),
  });

  /** Runs the steps, yielding each successful (before, after) pair and each failure's before. */
  function* walk(initial: OrderSnapshot, steps: readonly Step[]) {
    let current = initial;
    let clock = now.getTime();
    for (const s of steps) {
      clock += 10 * 60_000;
      if (s.prepay && current.serviceType === 'errand' && current.quoteTotal !== null && ['registered', 'quoted', 'accepted', 'dispatched', 'assigned'].includes(current.state)) {
        current = { ...current, prepaid: current.quoteTotal };
      }
      const allowed = allowedOrderActions(current.state).filter((a) => s.mode === 'allowed' || !['cancel', 'reject', 'decline'].includes(a));
      const guided = s.mode !== 'anything' && allowed.length > 0;
      const action = guided ? (allowed[s.actionPick % allowed.length] ?? s.action) : s.action;
      const candidates = likelyActors[action];
      const actor = guided ? (candidates[s.actorPick % candidates.length] ?? s.actor) : s.actor;
      const result = transitionOrder({
        ...s,
        action,
        actor,
        order: current,
        now: new Date(clock),
        arrivedAt: new Date(clock - 3 * 60_000),
        appointment: { start: new Date(clock + 60 * 60_000), end: new Date(clock + 120 * 60_000) },
      });
      yield { before: current, action, result };
      if (result.ok) current = result.order;
    }
  }

  const sequences = fc.tuple(start, fc.array(step, { minLength: 1, maxLength: 60, size: 'max' }));

  it('the walks reach every state, so the properties are not vacuous', () => {
    const reached = new Set<OrderState>();
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { result } of walk(newOrder(kind), steps)) if (result.ok) reached.add(result.to);
      }),
      { numRuns: 500, seed: 42 },
    );
    expect([...reached].sort()).toEqual([...ORDER_STATES].sort());
  });

  it('never enters in_progress without consent (or an emergency’s verbal consent), and an errand never unpaid', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        const trace: string[] = [];
        for (const { before, action, result } of walk(newOrder(kind), steps)) {
          trace.push(`${before.state}>${action}:${result.ok ? 'ok ' + JSON.stringify(result.order) : result.messageKey}`);
          if (result.ok && result.to === 'in_progress' && before.state !== 'in_progress') {
            expect(hasConsentToStart(result.order), trace.join('\n')).toBe(true);
            if (result.order.serviceType === 'errand') expect(result.order.prepaid).toBeGreaterThanOrEqual(result.order.quoteTotal ?? Infinity);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never completes a paid order without a quote the resident agreed to', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { result } of walk(newOrder(kind), steps)) {
          if (result.ok && result.to === 'completed' && result.order.charge === 'paid') {
            expect(result.order.quoteVersion).toBeGreaterThan(0);
            expect(result.order.consentQuoteVersion).toBe(result.order.quoteVersion);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the supervisor and the worker two different people, and free orders unquoted and unsettled', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { result } of walk(newOrder(kind), steps)) {
          if (!result.ok) continue;
          const o = result.order;
          if (o.workerId !== null) expect(o.workerId).not.toBe(o.supervisorId);
          if (o.charge === 'free') {
            expect(o.quoteVersion).toBe(0);
            expect(result.to).not.toBe('settled');
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a revised quote always needs fresh consent', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { action, result } of walk(newOrder(kind), steps)) {
          if (result.ok && action === 'quote') expect(hasValidConsent(result.order)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves only along the table, never out of a terminal state, and cancels only with a reason before work', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { before, action, result } of walk(newOrder(kind), steps)) {
          if (TERMINAL_ORDER_STATES.includes(before.state)) expect(result.ok).toBe(false);
          if (!result.ok) continue;
          expect(result.to).toBe(ORDER_TRANSITIONS[before.state][action]);
          expect(result.order.state).toBe(result.to);
          if (action === 'cancel') expect(['registered', 'quoted', 'accepted', 'dispatched', 'assigned']).toContain(before.state);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a failure names a known code, and VALIDATION_FAILED always names a field', () => {
    fc.assert(
      fc.property(sequences, ([kind, steps]) => {
        for (const { result } of walk(newOrder(kind), steps)) {
          if (result.ok) continue;
          expect(['INVALID_STATE', 'FORBIDDEN', 'VALIDATION_FAILED']).toContain(result.code);
          if (result.code === 'VALIDATION_FAILED') expect(result.field).toBeTruthy();
        }
      }),
      { numRuns: 300 },
    );
  });
});
