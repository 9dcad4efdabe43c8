import type { Role } from '../access/roles.js';
import { addLocalMonths, shanghaiInstant } from '../calendar/working-calendar.js';
import { isFen, sumFen, type Fen } from '../money/fen.js';
import type { OrderActor } from './order-actor.js';
import { isBlank, orderFailure, orderIssue, failureFromIssues, type OrderFailure, type OrderIssue } from './order-failure.js';
import type { OrderPermission } from './order-lifecycle.js';

/**
 * The owner's monthly statement (记账月结, README §3.7): the orders of one
 * Shanghai calendar month settled to the statement, plus adjustments that
 * correct statements already issued. Once issued a statement never changes; a
 * mistake on it is corrected by an adjustment line (positive or negative) on
 * the next one.
 *
 * A statement's month: year and month 1–12, in Asia/Shanghai.
 */
export interface StatementPeriod {
  readonly year: number;
  readonly month: number;
}

export interface StatementCharge {
  readonly orderId: string;
  readonly description: string;
  /** When the order was settled to the statement: decides the month. */
  readonly settledAt: Date;
  /** The amount settled to the statement: positive. */
  readonly amount: Fen;
}

export interface StatementAdjustment {
  /** The issued statement being corrected. */
  readonly correctsStatementId: string;
  readonly correctsPeriod: StatementPeriod;
  readonly description: string;
  /** Positive: the owner owes more; negative: a credit. Never 0. */
  readonly amount: Fen;
}

export interface StatementDraft {
  readonly period: StatementPeriod;
  /** The month's charges, oldest first. */
  readonly lines: readonly StatementCharge[];
  readonly adjustments: readonly StatementAdjustment[];
  readonly chargesTotal: Fen;
  readonly adjustmentsTotal: Fen;
  /** Charges plus adjustments; may be negative when credits exceed the month's charges. */
  readonly total: Fen;
}

export type StatementDraftResult = { readonly ok: true; readonly statement: StatementDraft } | OrderFailure;

/** The month's period in instants: [start, end) from 00:00 Shanghai on the 1st. */
export function statementPeriodRange({ year, month }: StatementPeriod): { readonly start: Date; readonly end: Date } {
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999 || !Number.isSafeInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Not a statement month: ${year}-${month}`);
  }
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  return { start: shanghaiInstant(first), end: shanghaiInstant(addLocalMonths(first, 1)) };
}

/**
 * Builds a statement for `period` from the owner's statement charges (any
 * month: only those settled inside the Shanghai month are taken) and the
 * adjustments to carry. Charges come from settled orders, so a malformed one
 * (amount not positive, the same order twice) throws RangeError; adjustments
 * are finance's input and fail with fields `adjustments.N.…`.
 */
export function draftStatement({
  period,
  charges,
  adjustments = [],
}: {
  readonly period: StatementPeriod;
  readonly charges: readonly StatementCharge[];
  readonly adjustments?: readonly StatementAdjustment[];
}): StatementDraftResult {
  const { start, end } = statementPeriodRange(period);
  const seen = new Set<string>();
  for (const charge of charges) {
    if (!isFen(charge.amount) || charge.amount <= 0) throw new RangeError(`A statement charge is a positive whole number of fen: ${charge.orderId}`);
    if (Number.isNaN(charge.settledAt.getTime())) throw new RangeError(`A statement charge needs a settlement time: ${charge.orderId}`);
    if (seen.has(charge.orderId)) throw new RangeError(`Order ${charge.orderId} is charged twice`);
    seen.add(charge.orderId);
  }
  const issues = adjustments.flatMap((adjustment, index) => adjustmentIssues(adjustment, index, period));
  const [first, ...rest] = issues;
  if (first !== undefined) return failureFromIssues([first, ...rest]);

  const lines = charges
    .filter((c) => c.settledAt.getTime() >= start.getTime() && c.settledAt.getTime() < end.getTime())
    .sort((a, b) => a.settledAt.getTime() - b.settledAt.getTime() || (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0));
  const chargesTotal = sumFen(lines.map((line) => line.amount));
  const adjustmentsTotal = sumFen(adjustments.map((adjustment) => adjustment.amount));
  return {
    ok: true,
    statement: { period, lines, adjustments: [...adjustments], chargesTotal, adjustmentsTotal, total: sumFen([chargesTotal, adjustmentsTotal]) },
  };
}

/**
 * A correction of an issued (or confirmed, or paid) statement, to go on the
 * next one. A draft is not corrected this way: it is still edited directly.
 */
export function statementCorrection({
  corrected,
  amount,
  description,
}: {
  readonly corrected: { readonly id: string; readonly state: StatementState; readonly period: StatementPeriod };
  readonly amount: Fen;
  readonly description: string;
}): { readonly ok: true; readonly adjustment: StatementAdjustment } | OrderFailure {
  if (corrected.state === 'draft') return orderFailure('INVALID_STATE', 'order.statement.correctDraftDirectly');
  const adjustment: StatementAdjustment = { correctsStatementId: corrected.id, correctsPeriod: corrected.period, description, amount };
  const issue = adjustmentIssues(adjustment, null, null)[0];
  if (issue !== undefined) return orderFailure('VALIDATION_FAILED', issue.messageKey, issue.params, issue.field);
  return { ok: true, adjustment };
}

function adjustmentIssues(adjustment: StatementAdjustment, index: number | null, period: StatementPeriod | null): OrderIssue[] {
  const at = (field: string) => (index === null ? field : `adjustments.${index}.${field}`);
  const issues: OrderIssue[] = [];
  if (isBlank(adjustment.correctsStatementId)) issues.push(orderIssue(at('correctsStatementId'), 'order.statement.adjustmentTargetRequired'));
  if (isBlank(adjustment.description)) issues.push(orderIssue(at('description'), 'order.statement.adjustmentDescriptionRequired'));
  if (!isFen(adjustment.amount) || adjustment.amount === 0) issues.push(orderIssue(at('amount'), 'order.statement.adjustmentAmountZero'));
  if (period !== null && monthIndex(adjustment.correctsPeriod) >= monthIndex(period)) {
    issues.push(orderIssue(at('correctsPeriod'), 'order.statement.adjustmentNotEarlier'));
  }
  return issues;
}

function monthIndex({ year, month }: StatementPeriod): number {
  return year * 12 + (month - 1);
}

export const STATEMENT_STATES = ['draft', 'issued', 'confirmed', 'paid'] as const;
export type StatementState = (typeof STATEMENT_STATES)[number];

export const STATEMENT_ACTIONS = ['issue', 'confirm', 'pay'] as const;
export type StatementAction = (typeof STATEMENT_ACTIONS)[number];

export const STATEMENT_TRANSITIONS: Readonly<Record<StatementState, Readonly<Partial<Record<StatementAction, StatementState>>>>> = {
  draft: { issue: 'issued' },
  issued: { confirm: 'confirmed' },
  confirmed: { pay: 'paid' },
  paid: {},
};

/**
 * Finance draws up, issues and records payment of statements (README §1).
 * The owner confirms: in the resident app (partner), or staff who took the
 * owner's confirmation record it — finance, the front desk, or the unit's
 * housekeeper, who handles fee collection.
 */
export const STATEMENT_PERMISSIONS: Readonly<Record<StatementAction, OrderPermission>> = {
  issue: { roles: ['finance'], partner: false },
  confirm: { roles: ['finance', 'front_desk', 'housekeeper'], partner: true },
  pay: { roles: ['finance'], partner: false },
};

export type StatementTransitionResult = { readonly ok: true; readonly to: StatementState } | OrderFailure;

/**
 * Checks the table (INVALID_STATE), the actor (FORBIDDEN), then for issue: the
 * month is over (a settlement could still land in it) and the statement has
 * at least one line or adjustment.
 */
export function transitionStatement({
  statement,
  action,
  actor,
  now,
}: {
  readonly statement: { readonly state: StatementState; readonly period: StatementPeriod; readonly lineCount: number };
  readonly action: StatementAction;
  readonly actor: OrderActor;
  readonly now: Date;
}): StatementTransitionResult {
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const row = (STATEMENT_STATES as readonly string[]).includes(statement.state) ? STATEMENT_TRANSITIONS[statement.state] : {};
  const to = Object.hasOwn(row, action) ? row[action] : undefined;
  if (to === undefined) {
    return orderFailure('INVALID_STATE', 'order.statement.invalidTransition', { from: String(statement.state), action: String(action) });
  }
  const permission = STATEMENT_PERMISSIONS[action];
  const allowed = actor.kind === 'partner' ? permission.partner : actor.roles.some((role: Role) => permission.roles.includes(role));
  if (!allowed) return orderFailure('FORBIDDEN', 'order.forbidden.role', { action });
  if (action === 'issue') {
    if (now.getTime() < statementPeriodRange(statement.period).end.getTime()) return orderFailure('INVALID_STATE', 'order.statement.periodNotOver');
    if (statement.lineCount === 0) return orderFailure('INVALID_STATE', 'order.statement.empty');
  }
  return { ok: true, to };
}

/** Only a draft changes; an issued statement is corrected on the next one. */
export function canEditStatement(state: StatementState): { readonly ok: true } | OrderFailure {
  return state === 'draft' ? { ok: true } : orderFailure('INVALID_STATE', 'order.statement.notEditable');
}
