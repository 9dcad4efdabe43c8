import { addFen, isFen, subtractFen, type Fen } from '../money/fen.js';
import { formatYuan } from '../money/yuan.js';
import { orderFailure, type OrderFailure } from './order-failure.js';

/**
 * A tenant's prepaid deposit (预交押金) that each service draws down (README
 * §3.7): topped up at the cashier, drawn by settlements, refunded when the
 * tenant leaves or asks. The balance never goes negative.
 */
export const DEPOSIT_OPERATION_KINDS = ['top_up', 'draw', 'refund'] as const;
export type DepositOperationKind = (typeof DEPOSIT_OPERATION_KINDS)[number];

export interface DepositOperation {
  readonly kind: DepositOperationKind;
  readonly amount: Fen;
}

export type DepositResult = { readonly ok: true; readonly balance: Fen } | OrderFailure;

export function topUpDeposit({ balance, amount }: { readonly balance: Fen; readonly amount: Fen }): DepositResult {
  return applyDepositOperation({ balance, operation: { kind: 'top_up', amount } });
}

/** Draws for a service; more than the balance is INSUFFICIENT_FUNDS (messageKey order.deposit.insufficientFunds). */
export function drawDeposit({ balance, amount }: { readonly balance: Fen; readonly amount: Fen }): DepositResult {
  return applyDepositOperation({ balance, operation: { kind: 'draw', amount } });
}

/** Gives money back to the tenant; never more than the balance. */
export function refundDeposit({ balance, amount }: { readonly balance: Fen; readonly amount: Fen }): DepositResult {
  return applyDepositOperation({ balance, operation: { kind: 'refund', amount } });
}

/**
 * Every amount is a positive whole number of fen (field `amount`); draws and
 * refunds may take the balance to 0 but not below. Throws RangeError for a
 * balance that is not a non-negative whole number of fen: that is a bug upstream.
 */
export function applyDepositOperation({ balance, operation }: { readonly balance: Fen; readonly operation: DepositOperation }): DepositResult {
  if (!isFen(balance) || balance < 0) throw new RangeError(`A deposit balance is a non-negative whole number of fen: ${String(balance)}`);
  const { kind, amount } = operation;
  if (!isFen(amount) || amount <= 0) return orderFailure('VALIDATION_FAILED', 'order.deposit.amountNotPositive', {}, 'amount');
  const params = { amount: formatYuan(amount), balance: formatYuan(balance), amountFen: amount, balanceFen: balance };
  switch (kind) {
    case 'top_up':
      return { ok: true, balance: addFen(balance, amount) };
    case 'draw':
      if (amount > balance) return orderFailure('VALIDATION_FAILED', 'order.deposit.insufficientFunds', params, 'amount');
      return { ok: true, balance: subtractFen(balance, amount) };
    case 'refund':
      if (amount > balance) return orderFailure('VALIDATION_FAILED', 'order.deposit.refundExceedsBalance', params, 'amount');
      return { ok: true, balance: subtractFen(balance, amount) };
    default:
      return orderFailure('VALIDATION_FAILED', 'order.deposit.operationUnknown', { kind: String(kind) }, 'kind');
  }
}
