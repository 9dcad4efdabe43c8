import { DialogContentText, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { toMonthInput } from '../common/china-time';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { formatFen, parseSignedYuanInput } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import { mayCorrect } from './statement-steps';
import type { StatementDetail } from './types';
import { useStatementAccess } from './use-statement-access';

const isField = (field: string | undefined, name: RegExp) => !!field && name.test(field);
const AMOUNT = /(^|\.)amount(Fen)?$/;
const DESCRIPTION = /(^|\.)description$/;

/** 更正: an issued statement stays as it is; the correction is an adjustment on the owner's next one. */
export const CorrectStatementButton = () => {
  const statement = useRecordContext<StatementDetail>();
  const { permissions } = useStatementAccess();
  const dialog = useDialog();
  const translate = useTranslate();
  const [amount, setAmount] = useState('');
  const [description, setDescription] = useState('');
  const [issue, setIssue] = useState<string | null>(null);
  const { run, busy, error, setError } = useApiStep();
  if (!statement || !mayCorrect(statement.state, permissions)) return null;

  const open = () => {
    setAmount('');
    setDescription('');
    setIssue(null);
    setError(null);
    dialog.show();
  };
  const confirm = () => {
    const parsed = parseSignedYuanInput(amount);
    if (!parsed.ok) {
      setIssue(parsed.messageKey);
      return;
    }
    void run((dp) => dp.correctStatement({ statementId: statement.id, amountFen: parsed.value, description: description.trim() }), {
      done: 'resources.monthlyStatements.correct.done',
      doneArgs: { amount: formatFen(parsed.value) },
      onDone: dialog.hide,
    });
  };
  const amountError = issue ? translate(issue) : isField(error?.field, AMOUNT) ? translate(error!.message, { _: error!.message }) : null;
  const descriptionError = isField(error?.field, DESCRIPTION) ? translate(error!.message, { _: error!.message }) : null;
  const otherError = error && !amountError && !descriptionError ? error : null;

  return (
    <>
      <Button label="resources.monthlyStatements.actions.correct" onClick={open} />
      <ActionDialog
        title="resources.monthlyStatements.correct.title"
        titleArgs={{ period: toMonthInput(statement) }}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel="resources.monthlyStatements.actions.correct"
        canConfirm={amount.trim() !== '' && description.trim() !== ''}
        busy={busy}
        error={otherError}
      >
        <DialogContentText>{translate('resources.monthlyStatements.correct.hint')}</DialogContentText>
        <TextField
          label={translate('resources.monthlyStatements.correct.amount')}
          value={amount}
          onChange={(e) => {
            setAmount(e.target.value);
            setIssue(null);
          }}
          error={!!amountError}
          helperText={amountError ?? translate('resources.monthlyStatements.correct.amountHint')}
          required
          autoFocus
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <TextField
          label={translate('resources.monthlyStatements.correct.description')}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          error={!!descriptionError}
          helperText={descriptionError ?? ' '}
          required
          multiline
          minRows={2}
        />
      </ActionDialog>
    </>
  );
};
