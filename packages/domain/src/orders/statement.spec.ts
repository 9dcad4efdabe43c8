import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.js';
import { fen, sumFen } from '../money/fen.js';
import type { OrderActor } from './order-actor.js';
import {
  canEditStatement,
  draftStatement,
  STATEMENT_TRANSITIONS,
  statementCorrection,
  transitionStatement,
  type StatementAction,
  type StatementCharge,
  type StatementState,
} from './statement.js';

const march = { year: 2026, month: 3 };
const charge = (orderId: string, settledAt: string, amount: number, description = '疏通下水'): StatementCharge => ({
  orderId,
  description,
  settledAt: new Date(settledAt),
  amount: fen(amount),
});
const staff = (userId: string, ...roles: Role[]): OrderActor => ({ kind: 'staff', userId, roles });
const finance = staff('fin-sun', 'finance');
const desk = staff('desk-liu', 'front_desk');
const keeper = staff('keeper-zhou', 'housekeeper');
const pm = staff('pm-zhang', 'project_manager');
const ownerApp: OrderActor = { kind: 'partner', keyId: 'resident-app' };

describe('draftStatement: the month’s statement charges (Shanghai month) plus adjustments', () => {
  const charges = [
    charge('o-1', '2026-02-28T15:59:59.999Z', 3000), // 23:59 on 28 Feb in Shanghai: February
    charge('o-2', '2026-02-28T16:00:00.000Z', 4500), // 00:00 on 1 March in Shanghai: March
    charge('o-4', '2026-03-20T02:00:00.000Z', 12_000, '换管'),
    charge('o-3', '2026-03-10T02:00:00.000Z', 2000, '换锁'),
    charge('o-5', '2026-03-31T16:00:00.000Z', 9900), // 00:00 on 1 April in Shanghai: April
  ];

  it('takes exactly the charges settled inside the Shanghai month, oldest first', () => {
    const result = draftStatement({ period: march, charges });
    expect(result).toMatchObject({ ok: true, statement: { chargesTotal: 18_500, adjustmentsTotal: 0, total: 18_500 } });
    if (result.ok) expect(result.statement.lines.map((l) => l.orderId)).toEqual(['o-2', 'o-3', 'o-4']);
  });

  it('corrections of earlier, issued statements go on as adjustment lines, either sign', () => {
    const adjustments = [
      { correctsStatementId: 's-2026-01', correctsPeriod: { year: 2026, month: 1 }, description: '1月换锁多收', amount: fen(-1500) },
      { correctsStatementId: 's-2026-02', correctsPeriod: { year: 2026, month: 2 }, description: '2月漏记材料费', amount: fen(800) },
    ];
    expect(draftStatement({ period: march, charges, adjustments })).toMatchObject({
      ok: true,
      statement: { chargesTotal: 18_500, adjustmentsTotal: -700, total: 17_800, adjustments },
    });
  });

  it('a month of credits only can total below zero', () => {
    const adjustments = [{ correctsStatementId: 's-1', correctsPeriod: { year: 2026, month: 2 }, description: '退款', amount: fen(-5000) }];
    expect(draftStatement({ period: march, charges: [], adjustments })).toMatchObject({ ok: true, statement: { total: -5000 } });
  });

  it.each([
    { rule: 'an adjustment of 0', adjustment: { amount: fen(0) }, field: 'adjustments.0.amount', messageKey: 'order.statement.adjustmentAmountZero' },
    { rule: 'an adjustment without a description', adjustment: { description: ' ' }, field: 'adjustments.0.description', messageKey: 'order.statement.adjustmentDescriptionRequired' },
    { rule: 'an adjustment not naming its statement', adjustment: { correctsStatementId: '' }, field: 'adjustments.0.correctsStatementId', messageKey: 'order.statement.adjustmentTargetRequired' },
    { rule: 'correcting this very month', adjustment: { correctsPeriod: march }, field: 'adjustments.0.correctsPeriod', messageKey: 'order.statement.adjustmentNotEarlier' },
    { rule: 'correcting a later month', adjustment: { correctsPeriod: { year: 2026, month: 4 } }, field: 'adjustments.0.correctsPeriod', messageKey: 'order.statement.adjustmentNotEarlier' },
  ])('refuses $rule', ({ adjustment, field, messageKey }) => {
    const base = { correctsStatementId: 's-1', correctsPeriod: { year: 2025, month: 12 }, description: '更正', amount: fen(100) };
    expect(draftStatement({ period: march, charges, adjustments: [{ ...base, ...adjustment }] })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey });
  });

  it('malformed charges are bugs upstream', () => {
    expect(() => draftStatement({ period: march, charges: [charge('o-1', '2026-03-02T00:00:00Z', 0)] })).toThrow(RangeError);
    expect(() => draftStatement({ period: march, charges: [charge('o-1', '2026-03-02T00:00:00Z', 100), charge('o-1', '2026-03-03T00:00:00Z', 100)] })).toThrow(RangeError);
  });

  it('every charge lands on exactly one month’s statement, and the months add up', () => {
    const start = Date.UTC(2025, 11, 20);
    const end = Date.UTC(2026, 4, 10);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: start, max: end }), fc.integer({ min: 1, max: 100_000 })), { maxLength: 40 }), (raw) => {
        const all = raw.map(([ms, amount], i) => ({ orderId: `o-${i}`, description: 'x', settledAt: new Date(ms), amount: fen(amount) }));
        const months = [
          { year: 2025, month: 12 },
          { year: 2026, month: 1 },
          { year: 2026, month: 2 },
          { year: 2026, month: 3 },
          { year: 2026, month: 4 },
          { year: 2026, month: 5 },
        ];
        const statements = months.map((period) => {
          const result = draftStatement({ period, charges: all });
          if (!result.ok) throw new Error('unexpected');
          return result.statement;
        });
        expect(statements.reduce((n, s) => n + s.lines.length, 0)).toBe(all.length);
        expect(sumFen(statements.map((s) => s.total))).toBe(sumFen(all.map((c) => c.amount)));
      }),
    );
  });
});

describe('statement lifecycle: draft → issued → confirmed (owner) → paid (finance); immutable once issued', () => {
  const afterMarch = new Date('2026-03-31T16:00:00.000Z'); // 00:00 on 1 April in Shanghai
  const statement = (state: StatementState, lineCount = 3) => ({ state, period: march, lineCount });

  it('is the table', () => {
    expect(STATEMENT_TRANSITIONS).toEqual({ draft: { issue: 'issued' }, issued: { confirm: 'confirmed' }, confirmed: { pay: 'paid' }, paid: {} });
  });

  it.each([
    { rule: 'finance issues it once the month is over', from: 'draft', action: 'issue', actor: finance, to: 'issued' },
    { rule: 'the owner confirms in the app', from: 'issued', action: 'confirm', actor: ownerApp, to: 'confirmed' },
    { rule: 'the housekeeper records the owner’s confirmation', from: 'issued', action: 'confirm', actor: keeper, to: 'confirmed' },
    { rule: 'the front desk records it', from: 'issued', action: 'confirm', actor: desk, to: 'confirmed' },
    { rule: 'finance records the payment', from: 'confirmed', action: 'pay', actor: finance, to: 'paid' },
  ] as const)('$rule', ({ from, action, actor, to }) => {
    expect(transitionStatement({ statement: statement(from), action, actor, now: afterMarch })).toEqual({ ok: true, to });
  });

  it.each([
    { rule: 'paid before confirmation', from: 'issued', action: 'pay', actor: finance, code: 'INVALID_STATE', messageKey: 'order.statement.invalidTransition' },
    { rule: 'issued twice', from: 'issued', action: 'issue', actor: finance, code: 'INVALID_STATE', messageKey: 'order.statement.invalidTransition' },
    { rule: 'anything after paid', from: 'paid', action: 'confirm', actor: ownerApp, code: 'INVALID_STATE', messageKey: 'order.statement.invalidTransition' },
    { rule: 'the PM issues', from: 'draft', action: 'issue', actor: pm, code: 'FORBIDDEN', messageKey: 'order.forbidden.role' },
    { rule: 'a partner app marks it paid', from: 'confirmed', action: 'pay', actor: ownerApp, code: 'FORBIDDEN', messageKey: 'order.forbidden.role' },
    { rule: 'the front desk marks it paid', from: 'confirmed', action: 'pay', actor: desk, code: 'FORBIDDEN', messageKey: 'order.forbidden.role' },
  ] as const)('$rule', ({ from, action, actor, code, messageKey }) => {
    expect(transitionStatement({ statement: statement(from), action: action as StatementAction, actor, now: afterMarch })).toMatchObject({ ok: false, code, messageKey });
  });

  it('is not issued before the month ends, nor empty', () => {
    const lastMinute = new Date('2026-03-31T15:59:00.000Z');
    expect(transitionStatement({ statement: statement('draft'), action: 'issue', actor: finance, now: lastMinute })).toMatchObject({ ok: false, messageKey: 'order.statement.periodNotOver' });
    expect(transitionStatement({ statement: statement('draft', 0), action: 'issue', actor: finance, now: afterMarch })).toMatchObject({ ok: false, messageKey: 'order.statement.empty' });
  });

  it.each([
    { state: 'draft', result: { ok: true } },
    { state: 'issued', result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.statement.notEditable' } },
    { state: 'confirmed', result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.statement.notEditable' } },
    { state: 'paid', result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.statement.notEditable' } },
  ] as const)('a $state statement can be edited: $result.ok', ({ state, result }) => {
    expect(canEditStatement(state)).toMatchObject(result);
  });

  it.each([
    { rule: 'an issued statement is corrected on the next one', state: 'issued', amount: -1500, result: { ok: true, adjustment: { correctsStatementId: 's-3', correctsPeriod: march, amount: -1500 } } },
    { rule: 'so is a paid one', state: 'paid', amount: 800, result: { ok: true } },
    { rule: 'a draft is edited instead', state: 'draft', amount: 800, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.statement.correctDraftDirectly' } },
    { rule: 'a correction of 0 is nothing', state: 'issued', amount: 0, result: { ok: false, field: 'amount', messageKey: 'order.statement.adjustmentAmountZero' } },
  ] as const)('statementCorrection: $rule', ({ state, amount, result }) => {
    expect(statementCorrection({ corrected: { id: 's-3', state, period: march }, amount: fen(amount), description: '更正' })).toMatchObject(result);
  });
});
