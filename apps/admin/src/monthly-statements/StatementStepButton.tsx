import { DialogContentText } from '@mui/material';
import type { StatementAction } from '@wuye/domain';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { toMonthInput } from '../common/china-time';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { formatFen } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import type { WuyeDataProvider } from '../dataProvider';
import { statementSteps } from './statement-steps';
import type { StatementDetail } from './types';
import { useStatementAccess } from './use-statement-access';

const MUTATION: Record<StatementAction, 'issueStatement' | 'confirmStatement' | 'markStatementPaid'> = {
  issue: 'issueStatement',
  confirm: 'confirmStatement',
  pay: 'markStatementPaid',
};

/** 出具 / 业主确认 / 标记已付, each confirmed in a dialog that says what it means. */
export const StatementStepButton = ({ step }: { step: StatementAction }) => {
  const statement = useRecordContext<StatementDetail>();
  const { permissions, roles } = useStatementAccess();
  const dialog = useDialog();
  const translate = useTranslate();
  const { run, busy, error, setError } = useApiStep();
  if (!statement || !statementSteps(statement.state, permissions, roles).includes(step)) return null;
  const label = `resources.monthlyStatements.actions.${step}`;
  const confirm = () =>
    run((dp: WuyeDataProvider) => dp[MUTATION[step]]({ id: statement.id, version: statement.version }), {
      done: 'resources.monthlyStatements.done',
      doneArgs: { action: translate(label) },
      onDone: dialog.hide,
      conflict: 'resources.monthlyStatements.conflict',
    });
  return (
    <>
      <Button label={label} onClick={() => { setError(null); dialog.show(); }} />
      <ActionDialog
        title={label}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel={label}
        busy={busy}
        error={error}
      >
        <DialogContentText>
          {translate('resources.monthlyStatements.stepSummary', { period: toMonthInput(statement), total: formatFen(statement.totalFen) })}
        </DialogContentText>
        <DialogContentText>{translate(`resources.monthlyStatements.stepHint.${step}`)}</DialogContentText>
      </ActionDialog>
    </>
  );
};
