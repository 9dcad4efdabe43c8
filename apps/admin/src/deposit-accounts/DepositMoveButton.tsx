import AddCardIcon from '@mui/icons-material/AddCard';
import UndoIcon from '@mui/icons-material/Undo';
import { DialogContentText } from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { formatFen } from '../common/money';
import { useHasPermission } from '../common/use-has-permission';
import { AmountInput } from './AmountInput';
import type { DepositAccountDetail, DepositMove } from './types';
import { useDepositMove } from './use-deposit-move';

/** 充值 / 退款 on an account; the API refuses a refund above the balance. */
export const DepositMoveButton = ({ kind }: { kind: DepositMove }) => {
  const account = useRecordContext<DepositAccountDetail>();
  const canManage = useHasPermission('deposit.manage');
  const dialog = useDialog();
  const translate = useTranslate();
  const move = useDepositMove(kind);
  if (!account || !canManage) return null;
  const open = () => {
    move.reset();
    dialog.show();
  };
  return (
    <>
      <Button label={`resources.depositAccounts.actions.${kind}`} onClick={open} startIcon={kind === 'topUp' ? <AddCardIcon /> : <UndoIcon />} />
      <ActionDialog
        title={`resources.depositAccounts.${kind}.title`}
        titleArgs={{ name: account.resident.name }}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={() => move.submit(account.residentId, dialog.hide)}
        confirmLabel={`resources.depositAccounts.actions.${kind}`}
        canConfirm={move.amount.trim() !== ''}
        busy={move.busy}
        error={move.dialogError}
      >
        <DialogContentText>{translate('resources.depositAccounts.dialog.balance', { balance: formatFen(account.balanceFen) })}</DialogContentText>
        <AmountInput value={move.amount} onChange={move.change} error={move.amountError} autoFocus />
      </ActionDialog>
    </>
  );
};
