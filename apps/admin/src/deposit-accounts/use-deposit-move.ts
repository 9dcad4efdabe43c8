import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { formatFen, parsePositiveYuanInput } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import type { DepositAccountDetail, DepositMove } from './types';

/** The API names the amount `amountFen` (its input) or `amount` (the deposit rule). */
export const isAmountField = (field: string | undefined) => !!field && /(^|\.)amount(Fen)?$/.test(field);

/**
 * One top-up or refund: the typed yuan becomes whole fen (string arithmetic, never floats) and
 * the API's refusal is shown under the amount when it is about the amount, else in the dialog.
 */
export function useDepositMove(kind: DepositMove) {
  const translate = useTranslate();
  const { run, busy, error, setError } = useApiStep();
  const [amount, setAmount] = useState('');
  const [issue, setIssue] = useState<string | null>(null);

  const reset = () => {
    setAmount('');
    setIssue(null);
    setError(null);
  };

  const change = (text: string) => {
    setAmount(text);
    setIssue(null);
    setError(null);
  };

  const submit = (residentId: string, onDone: (account: DepositAccountDetail) => void) => {
    const parsed = parsePositiveYuanInput(amount);
    if (!parsed.ok) {
      setIssue(parsed.messageKey);
      return;
    }
    void run((dp) => (kind === 'topUp' ? dp.topUpDeposit : dp.refundDeposit)({ residentId, amountFen: parsed.value }), {
      done: `resources.depositAccounts.${kind}.done`,
      doneArgs: { amount: formatFen(parsed.value) },
      onDone,
    });
  };

  const onAmount = error && isAmountField(error.field);
  return {
    amount,
    change,
    reset,
    submit,
    busy,
    amountError: issue ? translate(issue) : onAmount ? translate(error.message, { _: error.message }) : null,
    dialogError: onAmount ? null : error,
  };
}
