import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ROLES, type Role } from '../access/roles.js';
import { fen } from '../money/fen.js';
import {
  amountDue,
  checkCollection,
  checkErrandPrepaid,
  checkPaymentMethod,
  checkPrepayment,
  checkSettlement,
  COLLECTORS_OF_ANY_AMOUNT,
  PAYMENT_METHODS,
  WORKER_COLLECTION_LIMIT,
  type PaymentMethod,
} from './payment-rules.js';

describe('checkCollection: under ¥100 a worker may collect; ¥100 and more needs a supervisor or above', () => {
  it.each([
    { rule: 'a worker takes ¥99.99 in cash', amount: 9999, method: 'cash', roles: ['worker'], ok: true },
    { rule: 'a worker takes ¥30 by QR', amount: 3000, method: 'qr', roles: ['worker'], ok: true },
    { rule: 'a supervisor takes ¥100', amount: 10_000, method: 'cash', roles: ['supervisor'], ok: true },
    { rule: 'the project manager takes ¥850', amount: 85_000, method: 'qr', roles: ['project_manager'], ok: true },
    { rule: 'the general manager takes ¥100', amount: 10_000, method: 'cash', roles: ['general_manager'], ok: true },
    { rule: 'the cashier (finance) takes ¥1,200', amount: 120_000, method: 'cash', roles: ['finance'], ok: true },
    { rule: 'a worker who is also a supervisor takes ¥150', amount: 15_000, method: 'cash', roles: ['worker', 'supervisor'], ok: true },
    { rule: 'a statement is not collected in person', amount: 50_000, method: 'statement', roles: [], ok: true },
    { rule: 'a deposit draw is not collected in person', amount: 50_000, method: 'deposit', roles: ['worker'], ok: true },
  ] as const)('$rule', ({ amount, method, roles, ok }) => {
    expect(checkCollection({ amount: fen(amount), method, collectorRoles: roles })).toEqual({ ok });
  });

  it.each([
    { rule: 'a worker takes exactly ¥100', amount: 10_000, roles: ['worker'], messageKey: 'order.payment.supervisorCollects', params: { amount: '¥100.00', limit: '¥100.00', amountFen: 10_000, limitFen: 10_000 } },
    { rule: 'a worker takes ¥230', amount: 23_000, roles: ['worker'], messageKey: 'order.payment.supervisorCollects', params: { amount: '¥230.00', limit: '¥100.00', amountFen: 23_000, limitFen: 10_000 } },
    { rule: 'the front desk takes ¥20', amount: 2000, roles: ['front_desk'], messageKey: 'order.payment.notACollector', params: {} },
    { rule: 'a housekeeper takes ¥20', amount: 2000, roles: ['housekeeper'], messageKey: 'order.payment.notACollector', params: {} },
    { rule: 'nobody', amount: 2000, roles: [], messageKey: 'order.payment.notACollector', params: {} },
  ] as const)('FORBIDDEN: $rule', ({ amount, roles, messageKey, params }) => {
    expect(checkCollection({ amount: fen(amount), method: 'cash', collectorRoles: roles })).toEqual({ ok: false, code: 'FORBIDDEN', messageKey, params });
  });

  it('refuses a zero amount', () => {
    expect(checkCollection({ amount: fen(0), method: 'cash', collectorRoles: ['worker'] })).toMatchObject({ code: 'VALIDATION_FAILED', field: 'amount' });
  });

  it('whoever may collect an amount may collect any smaller one, and only the listed roles ever collect ¥100 or more', () => {
    const roles = fc.subarray([...ROLES] as Role[]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), roles, fc.constantFrom<PaymentMethod>('cash', 'qr'), (a, b, collectorRoles, method) => {
        const [small, large] = a < b ? [a, b] : [b, a];
        if (checkCollection({ amount: fen(large), method, collectorRoles }).ok) {
          expect(checkCollection({ amount: fen(small), method, collectorRoles }).ok).toBe(true);
        }
        if (large >= WORKER_COLLECTION_LIMIT && checkCollection({ amount: fen(large), method, collectorRoles }).ok) {
          expect(collectorRoles.some((role) => COLLECTORS_OF_ANY_AMOUNT.includes(role))).toBe(true);
        }
      }),
    );
  });
});

describe('checkPaymentMethod: who may pay how', () => {
  it.each([
    { method: 'statement', payerKind: 'owner', hasDepositAccount: false, stage: 'settlement', result: { ok: true } },
    { method: 'statement', payerKind: 'tenant', hasDepositAccount: false, stage: 'settlement', result: { messageKey: 'order.payment.statementOwnersOnly' } },
    { method: 'statement', payerKind: 'visitor', hasDepositAccount: false, stage: 'settlement', result: { messageKey: 'order.payment.statementOwnersOnly' } },
    { method: 'deposit', payerKind: 'tenant', hasDepositAccount: true, stage: 'settlement', result: { ok: true } },
    { method: 'deposit', payerKind: 'owner', hasDepositAccount: true, stage: 'settlement', result: { ok: true } },
    { method: 'deposit', payerKind: 'tenant', hasDepositAccount: false, stage: 'settlement', result: { messageKey: 'order.payment.noDepositAccount' } },
    { method: 'deposit', payerKind: 'visitor', hasDepositAccount: true, stage: 'settlement', result: { messageKey: 'order.payment.noDepositAccount' } },
    { method: 'cash', payerKind: 'visitor', hasDepositAccount: false, stage: 'settlement', result: { ok: true } },
    { method: 'qr', payerKind: 'tenant', hasDepositAccount: false, stage: 'prepayment', result: { ok: true } },
    { method: 'deposit', payerKind: 'tenant', hasDepositAccount: true, stage: 'prepayment', result: { ok: true } },
    { method: 'statement', payerKind: 'owner', hasDepositAccount: false, stage: 'prepayment', result: { messageKey: 'order.payment.prepaymentMethod' } },
    { method: 'prepaid', payerKind: 'owner', hasDepositAccount: false, stage: 'prepayment', result: { messageKey: 'order.payment.prepaymentMethod' } },
    { method: 'cheque', payerKind: 'owner', hasDepositAccount: false, stage: 'settlement', result: { messageKey: 'order.payment.methodUnknown', field: 'method' } },
    { method: 'cash', payerKind: 'landlord', hasDepositAccount: false, stage: 'settlement', result: { messageKey: 'order.payment.payerUnknown', field: 'payerKind' } },
  ] as const)('$method by $payerKind ($stage)', ({ result, ...input }) => {
    expect(checkPaymentMethod(input as Parameters<typeof checkPaymentMethod>[0])).toMatchObject(result);
  });
});

describe('errands are prepaid before the purchase', () => {
  it.each([
    { rule: 'not an errand', serviceType: 'repair', quoteTotal: 3000, prepaid: 0, result: { ok: true } },
    { rule: 'prepaid in full', serviceType: 'errand', quoteTotal: 7500, prepaid: 7500, result: { ok: true } },
    { rule: 'prepaid more', serviceType: 'errand', quoteTotal: 7500, prepaid: 8000, result: { ok: true } },
    { rule: 'not quoted yet', serviceType: 'errand', quoteTotal: null, prepaid: 0, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.errand.quoteFirst' } },
    {
      rule: 'prepaid short',
      serviceType: 'errand',
      quoteTotal: 7500,
      prepaid: 5000,
      result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.errand.notPrepaid', params: { due: '¥25.00', total: '¥75.00', prepaid: '¥50.00', dueFen: 2500 } },
    },
  ] as const)('checkErrandPrepaid: $rule', ({ serviceType, quoteTotal, prepaid, result }) => {
    expect(checkErrandPrepaid({ serviceType, quoteTotal: quoteTotal === null ? null : fen(quoteTotal), prepaid: fen(prepaid) })).toMatchObject(result);
  });

  const errand = { serviceType: 'errand', state: 'accepted', quoteTotal: fen(17_500), prepaid: fen(0) } as const;
  it.each([
    { rule: 'a supervisor takes the whole ¥175', order: errand, amount: 17_500, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['supervisor'] }, result: { ok: true, prepaid: 17_500 } },
    { rule: 'a worker takes ¥75 of it', order: errand, amount: 7500, payment: { method: 'qr', payerKind: 'owner', collectorRoles: ['worker'] }, result: { ok: true, prepaid: 7500 } },
    { rule: 'the rest from the deposit', order: { ...errand, prepaid: fen(7500) }, amount: 10_000, payment: { method: 'deposit', payerKind: 'tenant', hasDepositAccount: true }, result: { ok: true, prepaid: 17_500 } },
    { rule: 'a worker takes all ¥175', order: errand, amount: 17_500, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: false, code: 'FORBIDDEN', messageKey: 'order.payment.supervisorCollects' } },
    { rule: 'on the statement', order: errand, amount: 17_500, payment: { method: 'statement', payerKind: 'owner' }, result: { ok: false, messageKey: 'order.payment.prepaymentMethod' } },
    { rule: 'more than the quote', order: { ...errand, prepaid: fen(10_000) }, amount: 10_000, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['finance'] }, result: { ok: false, field: 'amount', messageKey: 'order.prepayment.exceedsQuote', params: { amount: '¥100.00', outstanding: '¥75.00' } } },
    { rule: 'after the work started', order: { ...errand, state: 'in_progress' }, amount: 100, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.prepayment.tooLate' } },
    { rule: 'for a repair', order: { ...errand, serviceType: 'repair' }, amount: 100, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.prepayment.errandsOnly' } },
    { rule: 'before a quote', order: { ...errand, quoteTotal: null }, amount: 100, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: false, messageKey: 'order.errand.quoteFirst' } },
    { rule: 'cash without a collector', order: errand, amount: 100, payment: { method: 'cash', payerKind: 'tenant' }, result: { ok: false, field: 'collectorRoles', messageKey: 'order.payment.collectorRequired' } },
  ] as const)('checkPrepayment: $rule', ({ order, amount, payment, result }) => {
    expect(checkPrepayment({ order, amount: fen(amount), payment })).toMatchObject(result);
  });
});

describe('checkSettlement: at the quote’s total, nothing waived', () => {
  it.each([
    { rule: 'cash under ¥100 taken by the worker', order: { quoteTotal: 3000, prepaid: 0 }, payment: { method: 'cash', payerKind: 'owner', collectorRoles: ['worker'] }, result: { ok: true, amountDue: 3000, refundDue: 0 } },
    { rule: 'an owner’s statement', order: { quoteTotal: 47_820, prepaid: 0 }, payment: { method: 'statement', payerKind: 'owner' }, result: { ok: true, amountDue: 47_820, refundDue: 0 } },
    { rule: 'a tenant’s deposit', order: { quoteTotal: 12_000, prepaid: 0 }, payment: { method: 'deposit', payerKind: 'tenant', hasDepositAccount: true }, result: { ok: true, amountDue: 12_000, refundDue: 0 } },
    { rule: 'an errand covered by its prepayment', order: { quoteTotal: 7500, prepaid: 7500 }, payment: { method: 'prepaid', payerKind: 'tenant' }, result: { ok: true, amountDue: 0, refundDue: 0 } },
    { rule: 'an errand whose goods cost less: the change is refunded', order: { quoteTotal: 7000, prepaid: 7500 }, payment: { method: 'prepaid', payerKind: 'tenant' }, result: { ok: true, amountDue: 0, refundDue: 500 } },
    { rule: 'an errand whose goods cost more: the rest by QR', order: { quoteTotal: 8200, prepaid: 7500 }, payment: { method: 'qr', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: true, amountDue: 700, refundDue: 0 } },
    { rule: 'a prepaid order settled otherwise', order: { quoteTotal: 7500, prepaid: 7500 }, payment: { method: 'cash', payerKind: 'tenant', collectorRoles: ['worker'] }, result: { ok: false, field: 'method', messageKey: 'order.payment.coveredByPrepayment' } },
    { rule: 'a prepayment that falls short', order: { quoteTotal: 8200, prepaid: 7500 }, payment: { method: 'prepaid', payerKind: 'tenant' }, result: { ok: false, field: 'method', messageKey: 'order.payment.prepaymentShort', params: { due: '¥7.00', dueFen: 700 } } },
    { rule: 'a worker collecting ¥100', order: { quoteTotal: 10_000, prepaid: 0 }, payment: { method: 'cash', payerKind: 'visitor', collectorRoles: ['worker'] }, result: { ok: false, code: 'FORBIDDEN' } },
    { rule: 'nothing quoted', order: { quoteTotal: null, prepaid: 0 }, payment: { method: 'cash', payerKind: 'visitor', collectorRoles: ['worker'] }, result: { ok: false, code: 'INVALID_STATE', messageKey: 'order.settle.noQuote' } },
  ] as const)('$rule', ({ order, payment, result }) => {
    expect(checkSettlement({ order: { quoteTotal: order.quoteTotal === null ? null : fen(order.quoteTotal), prepaid: fen(order.prepaid) }, payment })).toMatchObject(result);
  });

  it('what is collected plus the prepayment minus the refund is always the quote total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), fc.constantFrom(...PAYMENT_METHODS), (total, prepaid, method) => {
        const result = checkSettlement({
          order: { quoteTotal: fen(total), prepaid: fen(prepaid) },
          payment: { method, payerKind: 'owner', hasDepositAccount: true, collectorRoles: ['finance'] },
        });
        if (result.ok) expect(result.amountDue + prepaid - result.refundDue).toBe(total);
        expect(amountDue({ quoteTotal: fen(total), prepaid: fen(prepaid) })).toBe(total - prepaid);
      }),
    );
  });
});
