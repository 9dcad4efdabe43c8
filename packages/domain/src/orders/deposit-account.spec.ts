import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, type Fen } from '../money/fen.js';
import { applyDepositOperation, drawDeposit, refundDeposit, topUpDeposit, type DepositOperation } from './deposit-account.js';

describe('a tenant’s deposit: top up, draw for services, refund; never below zero', () => {
  it.each([
    { rule: 'a top-up adds', run: () => topUpDeposit({ balance: fen(0), amount: fen(50_000) }), balance: 50_000 },
    { rule: 'a draw takes a service’s price', run: () => drawDeposit({ balance: fen(50_000), amount: fen(3000) }), balance: 47_000 },
    { rule: 'a draw may empty the account', run: () => drawDeposit({ balance: fen(3000), amount: fen(3000) }), balance: 0 },
    { rule: 'a refund gives money back', run: () => refundDeposit({ balance: fen(47_000), amount: fen(47_000) }), balance: 0 },
  ])('$rule', ({ run, balance }) => {
    expect(run()).toEqual({ ok: true, balance });
  });

  it.each([
    {
      rule: 'drawing more than the balance',
      run: () => drawDeposit({ balance: fen(2000), amount: fen(3000) }),
      messageKey: 'order.deposit.insufficientFunds',
      params: { amount: '¥30.00', balance: '¥20.00', amountFen: 3000, balanceFen: 2000 },
    },
    {
      rule: 'refunding more than the balance',
      run: () => refundDeposit({ balance: fen(2000), amount: fen(2001) }),
      messageKey: 'order.deposit.refundExceedsBalance',
      params: { amount: '¥20.01', balance: '¥20.00', amountFen: 2001, balanceFen: 2000 },
    },
    { rule: 'a zero top-up', run: () => topUpDeposit({ balance: fen(0), amount: fen(0) }), messageKey: 'order.deposit.amountNotPositive', params: {} },
    { rule: 'a negative draw (a disguised top-up)', run: () => drawDeposit({ balance: fen(0), amount: fen(-500) }), messageKey: 'order.deposit.amountNotPositive', params: {} },
    { rule: 'a fraction of a fen', run: () => topUpDeposit({ balance: fen(0), amount: 0.5 as Fen }), messageKey: 'order.deposit.amountNotPositive', params: {} },
  ])('VALIDATION_FAILED on amount: $rule', ({ run, messageKey, params }) => {
    expect(run()).toEqual({ ok: false, code: 'VALIDATION_FAILED', field: 'amount', messageKey, params });
  });

  it('an unknown operation is refused', () => {
    expect(applyDepositOperation({ balance: fen(0), operation: { kind: 'transfer', amount: fen(1) } as unknown as DepositOperation })).toMatchObject({
      ok: false,
      field: 'kind',
      messageKey: 'order.deposit.operationUnknown',
    });
  });

  it('a negative or fractional balance is a bug upstream', () => {
    expect(() => drawDeposit({ balance: fen(-1), amount: fen(1) })).toThrow(RangeError);
    expect(() => drawDeposit({ balance: 1.5 as Fen, amount: fen(1) })).toThrow(RangeError);
  });

  it('any sequence keeps the balance ≥ 0 and equal to accepted top-ups − draws − refunds', () => {
    const operation = fc.record({
      kind: fc.constantFrom('top_up', 'draw', 'refund'),
      amount: fc.integer({ min: -1000, max: 100_000 }).map((n) => fen(n)),
    }) as fc.Arbitrary<DepositOperation>;
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        let balance = fen(0);
        let topUps = 0;
        let outflows = 0;
        for (const op of operations) {
          const result = applyDepositOperation({ balance, operation: op });
          if (!result.ok) {
            expect(op.amount <= 0 || op.amount > balance).toBe(true);
            continue;
          }
          if (op.kind === 'top_up') topUps += op.amount;
          else outflows += op.amount;
          balance = result.balance;
          expect(balance).toBeGreaterThanOrEqual(0);
          expect(balance).toBe(topUps - outflows);
        }
      }),
    );
  });
});
