import { DialogContentText } from '@mui/material';
import type { RequisitionFieldsFragment } from '@wuye/schema';
import { Button, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { formatFen } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import { usePermissionList } from '../common/use-has-permission';
import { linesSummary, requisitionSteps, type RequisitionStep } from './requisition-rules';

type Props = { requisition: RequisitionFieldsFragment; orderNumber: string; supervisorId: string | null | undefined };

const StepButton = ({ step, requisition, orderNumber }: Omit<Props, 'supervisorId'> & { step: RequisitionStep }) => {
  const dialog = useDialog();
  const translate = useTranslate();
  const { run, busy, error, setError } = useApiStep();
  const label = `resources.materialRequisitions.actions.${step}`;
  const confirm = () =>
    run((dp) => (step === 'sign' ? dp.signRequisition : dp.issueRequisition)({ id: requisition.id, version: requisition.version }), {
      done: 'resources.materialRequisitions.done',
      doneArgs: { action: translate(label), number: orderNumber },
      onDone: dialog.hide,
      conflict: 'resources.materialRequisitions.conflict',
    });
  return (
    <>
      <Button
        label={label}
        onClick={(e) => {
          // In a list row: the click is the step, not a row click.
          e.stopPropagation();
          setError(null);
          dialog.show();
        }}
        size="small"
        aria-label={`${translate(label)} ${orderNumber}`}
      />
      <ActionDialog title={label} open={dialog.open} onClose={dialog.hide} onConfirm={confirm} confirmLabel={label} busy={busy} error={error}>
        <DialogContentText>
          {translate('resources.materialRequisitions.stepSummary', { number: orderNumber, lines: linesSummary(requisition.lines), total: formatFen(requisition.totalCostFen) })}
        </DialogContentText>
        <DialogContentText>{translate(`resources.materialRequisitions.stepHint.${step}`)}</DialogContentText>
      </ActionDialog>
    </>
  );
};

/** 签字 (the order's supervisor) and 发料, as the requisition's state allows. */
export const RequisitionStepButtons = ({ requisition, orderNumber, supervisorId }: Props) => {
  const permissions = usePermissionList();
  const { data } = useGetIdentity();
  const userId = (data as Identity | undefined)?.viewer.user?.id;
  const steps = requisitionSteps(requisition, { userId, permissions }, supervisorId);
  return (
    <>
      {steps.map((step) => (
        <StepButton key={step} step={step} requisition={requisition} orderNumber={orderNumber} />
      ))}
    </>
  );
};
