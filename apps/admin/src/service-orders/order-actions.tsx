import {
  Button as MuiButton,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Rating,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { ORDER_PERMISSIONS, allowedOrderActions, type OrderAction, type OrderState, type Role } from '@wuye/domain';
import { ConsentMethod, PaymentMethod } from '@wuye/schema';
import { useEffect, useState } from 'react';
import { Button, useDataProvider, useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { toChinaInput, fromChinaInput } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { formatFen } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import type { StaffChoice } from '../dataProvider/resources/service-orders';
import type { WuyeDataProvider } from '../dataProvider';
import type { Identity } from '../authProvider';
import type { OrderDetail, OrderRow } from './types';

/** Runs one step of an order (see useApiStep); the success message names the step. */
export function useOrderStep() {
  const translate = useTranslate();
  const { run: runStep, ...rest } = useApiStep();
  const run = <T,>(action: string, step: (dp: WuyeDataProvider) => Promise<T>, onDone?: (result: T) => void): Promise<boolean> =>
    runStep(step, {
      done: 'resources.serviceOrders.done',
      doneArgs: { action: translate(`resources.serviceOrders.actions.${action}`) },
      onDone,
      conflict: 'resources.serviceOrders.conflict',
    });
  return { run, ...rest };
}

/** Steps the state table allows now; the API still checks assignment, consent and the rest. */
export const allows = (order: { state: string } | undefined, action: OrderAction) =>
  !!order && allowedOrderActions(order.state.toLowerCase() as OrderState).includes(action);

/**
 * Whether the viewer holds one of the roles the domain's table lets take a step (only a worker
 * starts, only a supervisor assigns …), so the front desk is not offered the worker's buttons.
 */
export function useMayTake(action: OrderAction): boolean {
  const canAct = useHasPermission('order.act');
  const { data } = useGetIdentity();
  const roles = ((data as Identity | undefined)?.viewer.roles ?? []).map((r) => r.role.toLowerCase() as Role);
  return canAct && ORDER_PERMISSIONS[action].roles.some((role) => roles.includes(role));
}

/**
 * A labelled step button; `big` for the worker's phone screen. (react-admin's Button shows only its
 * icon on small screens, so the big one is a plain MUI button that keeps its words.)
 */
const StepButton = ({ action, onClick, big, color }: { action: string; onClick: () => void; big?: boolean; color?: 'primary' | 'error' | 'success' | 'warning' }) => {
  const translate = useTranslate();
  const label = `resources.serviceOrders.actions.${action}`;
  if (big) {
    return (
      <MuiButton onClick={onClick} variant="contained" color={color ?? 'primary'} size="large" sx={{ minHeight: 56, fontSize: '1.1rem', flex: '1 1 40%' }}>
        {translate(label)}
      </MuiButton>
    );
  }
  return <Button label={label} onClick={onClick} color={color ?? 'primary'} size="small" />;
};

const useOrder = <T extends OrderRow = OrderRow>() => useRecordContext<T>();

/** A note-only step (开工, 关闭). */
const SimpleStep = ({ action, step, mutation, big, color }: { action: string; step: OrderAction; mutation: 'startServiceOrder' | 'closeServiceOrder'; big?: boolean; color?: 'primary' | 'success' }) => {
  const order = useOrder();
  const canAct = useMayTake(step);
  const dialog = useDialog();
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  const translate = useTranslate();
  if (!canAct || !allows(order, step)) return null;
  const confirm = () =>
    run(action, (dp) => dp[mutation]({ id: order!.id, version: order!.version, note: note.trim() || null }), dialog.hide);
  return (
    <>
      <StepButton action={action} onClick={() => { setError(null); dialog.show(); }} big={big} color={color} />
      <ActionDialog
        title={`resources.serviceOrders.actions.${action}`}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel={`resources.serviceOrders.actions.${action}`}
        busy={busy}
        error={error}
        fullScreen={big}
      >
        <DialogContentText>{order!.number}</DialogContentText>
        <TextField label={translate('resources.serviceOrders.dialog.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} fullWidth />
      </ActionDialog>
    </>
  );
};

export const StartButton = ({ big }: { big?: boolean }) => <SimpleStep action="start" step="start" mutation="startServiceOrder" big={big} color="primary" />;
export const CloseButton = () => <SimpleStep action="close" step="close" mutation="closeServiceOrder" />;

/** 取消 / 拒绝 / 业主不同意: a reason is required (the resident is told). */
const ReasonStep = ({ action, step }: { action: 'cancel' | 'reject' | 'decline'; step: OrderAction }) => {
  const order = useOrder();
  const canAct = useMayTake(step);
  const dialog = useDialog();
  const [reason, setReason] = useState('');
  const [cancelledBy, setCancelledBy] = useState<'resident' | 'staff'>('resident');
  const { run, busy, error, setError } = useOrderStep();
  const translate = useTranslate();
  if (!canAct || !allows(order, step)) return null;
  const input = { id: order!.id, version: order!.version, reason: reason.trim() };
  const confirm = () =>
    run(
      action,
      (dp) =>
        action === 'cancel'
          ? dp.cancelServiceOrder({ ...input, cancelledBy })
          : action === 'reject'
            ? dp.rejectServiceOrder(input)
            : dp.declineServiceOrder(input),
      dialog.hide,
    );
  return (
    <>
      <StepButton action={action} onClick={() => { setError(null); dialog.show(); }} color="error" />
      <ActionDialog
        title={`resources.serviceOrders.actions.${action}`}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel={`resources.serviceOrders.actions.${action}`}
        canConfirm={reason.trim() !== ''}
        busy={busy}
        error={error}
      >
        {action === 'cancel' && (
          <TextField select label={translate('resources.serviceOrders.cancel.cancelledBy')} value={cancelledBy} onChange={(e) => setCancelledBy(e.target.value as 'resident' | 'staff')}>
            <MenuItem value="resident">{translate('resources.serviceOrders.cancel.resident')}</MenuItem>
            <MenuItem value="staff">{translate('resources.serviceOrders.cancel.staff')}</MenuItem>
          </TextField>
        )}
        <TextField
          label={translate('resources.serviceOrders.dialog.reason')}
          helperText={translate('resources.serviceOrders.dialog.reasonHint')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          multiline
          minRows={2}
          autoFocus
          fullWidth
        />
      </ActionDialog>
    </>
  );
};

export const CancelButton = () => <ReasonStep action="cancel" step="cancel" />;
export const RejectButton = () => <ReasonStep action="reject" step="reject" />;
export const DeclineButton = () => <ReasonStep action="decline" step="decline" />;

/** 业主确认: method and name; an emergency may go ahead on spoken consent. */
export const ConsentButton = () => {
  const order = useOrder<OrderDetail>();
  const canAct = useMayTake('consent');
  const dialog = useDialog();
  const translate = useTranslate();
  const [method, setMethod] = useState<ConsentMethod>(ConsentMethod.InPerson);
  const [consentBy, setConsentBy] = useState('');
  const [verbal, setVerbal] = useState(false);
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  if (!canAct || !allows(order, 'consent')) return null;
  const emergency = order!.urgency === 'EMERGENCY';
  const open = () => {
    setError(null);
    setConsentBy(order!.resident?.name ?? order!.contactName);
    setVerbal(false);
    dialog.show();
  };
  const confirm = () =>
    run(
      'consent',
      (dp) =>
        dp.recordConsent({ id: order!.id, version: order!.version, method, consentBy: consentBy.trim(), verbal: emergency && verbal, note: note.trim() || null }),
      dialog.hide,
    );
  return (
    <>
      <StepButton action="consent" onClick={open} />
      <ActionDialog
        title="resources.serviceOrders.actions.consent"
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel="resources.serviceOrders.actions.consent"
        canConfirm={consentBy.trim() !== ''}
        busy={busy}
        error={error}
      >
        {order!.quoteTotalFen != null && (
          <DialogContentText>{translate('resources.serviceOrders.quote.total', { total: formatFen(order!.quoteTotalFen) })}</DialogContentText>
        )}
        <TextField select label={translate('resources.serviceOrders.consent.method')} value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
          {enumChoices('ConsentMethod', ConsentMethod).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('resources.serviceOrders.consent.consentBy')} value={consentBy} onChange={(e) => setConsentBy(e.target.value)} required />
        {emergency && (
          <FormControlLabel control={<Checkbox checked={verbal} onChange={(e) => setVerbal(e.target.checked)} />} label={translate('resources.serviceOrders.consent.verbal')} />
        )}
        <TextField label={translate('resources.serviceOrders.dialog.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline fullWidth />
      </ActionDialog>
    </>
  );
};

function useStaff(load: ((dp: WuyeDataProvider) => Promise<StaffChoice[]>) | null) {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const [staff, setStaff] = useState<StaffChoice[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!load) return;
    let live = true;
    load(dataProvider).then(
      (rows) => live && setStaff(rows),
      (e: Error) => live && setFailed(e.message),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [!!load]);
  return { staff, failed };
}

/** 派工 (to a supervisor of the project) and 指派 (to a worker). */
const ChooseStaffStep = ({ action }: { action: 'dispatch' | 'assign' }) => {
  const order = useOrder<OrderDetail>();
  const canAct = useMayTake(action);
  const dialog = useDialog();
  const translate = useTranslate();
  const [chosen, setChosen] = useState('');
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  const projectId = order?.projectId;
  const { staff, failed } = useStaff(
    dialog.open && projectId ? (dp) => (action === 'dispatch' ? dp.projectSupervisors(projectId) : dp.projectWorkers(projectId)) : null,
  );
  if (!canAct || !allows(order, action)) return null;
  const confirm = () =>
    run(
      action,
      (dp) =>
        action === 'dispatch'
          ? dp.dispatchServiceOrder({ id: order!.id, version: order!.version, supervisorId: chosen, note: note.trim() || null })
          : dp.assignServiceOrder({ id: order!.id, version: order!.version, workerId: chosen, note: note.trim() || null }),
      dialog.hide,
    );
  const label = translate(action === 'dispatch' ? 'resources.serviceOrders.dispatch.supervisor' : 'resources.serviceOrders.assign.worker');
  return (
    <>
      <StepButton action={action} onClick={() => { setError(null); setChosen(''); dialog.show(); }} />
      <ActionDialog
        title={`resources.serviceOrders.actions.${action}`}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel={`resources.serviceOrders.actions.${action}`}
        canConfirm={chosen !== ''}
        busy={busy}
        error={error ?? (failed ? { message: failed } : null)}
      >
        <TextField select label={label} value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={!staff} required
          helperText={staff && staff.length === 0 ? translate(`resources.serviceOrders.${action}.none`) : ' '}>
          {(staff ?? []).map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.department ? `${s.name}（${translate(`enums.Department.${s.department}`)}）` : s.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField label={translate('resources.serviceOrders.dialog.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline fullWidth />
      </ActionDialog>
    </>
  );
};

export const DispatchButton = () => <ChooseStaffStep action="dispatch" />;
export const AssignButton = () => <ChooseStaffStep action="assign" />;

const inAnHour = (minutes: number) => toChinaInput(new Date(Math.ceil((Date.now() + minutes * 60_000) / 900_000) * 900_000));

/** 预约: a window in China time. */
export const BookButton = () => {
  const order = useOrder();
  const canAct = useMayTake('book');
  const dialog = useDialog();
  const translate = useTranslate();
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  if (!canAct || !allows(order, 'book')) return null;
  const from = fromChinaInput(start);
  const to = fromChinaInput(end);
  const open = () => {
    setError(null);
    setStart(inAnHour(60));
    setEnd(inAnHour(180));
    dialog.show();
  };
  const confirm = () => run('book', (dp) => dp.bookServiceOrder({ id: order!.id, version: order!.version, start: from!.toISOString(), end: to!.toISOString() }), dialog.hide);
  const slot = { inputLabel: { shrink: true }, htmlInput: { step: 60 } };
  return (
    <>
      <StepButton action="book" onClick={open} />
      <ActionDialog title="resources.serviceOrders.actions.book" open={dialog.open} onClose={dialog.hide} onConfirm={confirm}
        confirmLabel="resources.serviceOrders.actions.book" canConfirm={!!from && !!to} busy={busy} error={error}>
        <DialogContentText>{translate('resources.serviceOrders.book.hint')}</DialogContentText>
        <TextField type="datetime-local" label={translate('resources.serviceOrders.book.start')} value={start} onChange={(e) => setStart(e.target.value)} slotProps={slot} />
        <TextField type="datetime-local" label={translate('resources.serviceOrders.book.end')} value={end} onChange={(e) => setEnd(e.target.value)} slotProps={slot} />
      </ActionDialog>
    </>
  );
};

/** 无人在家: when the worker arrived and what the note card says; the order goes back to be re-booked. */
export const NoOneHomeButton = ({ big }: { big?: boolean }) => {
  const order = useOrder();
  const canAct = useMayTake('no_one_home');
  const dialog = useDialog();
  const translate = useTranslate();
  const [arrivedAt, setArrivedAt] = useState('');
  const [note, setNote] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  if (!canAct || !allows(order, 'no_one_home')) return null;
  const at = fromChinaInput(arrivedAt);
  const open = () => {
    setError(null);
    setArrivedAt(toChinaInput(new Date(Date.now() - 5 * 60_000)));
    dialog.show();
  };
  const confirm = () =>
    run('noOneHome', (dp) => dp.recordNoOneHome({ id: order!.id, version: order!.version, arrivedAt: at!.toISOString(), note: note.trim() || null }), dialog.hide);
  return (
    <>
      <StepButton action="noOneHome" onClick={open} big={big} color="warning" />
      <ActionDialog title="resources.serviceOrders.actions.noOneHome" open={dialog.open} onClose={dialog.hide} onConfirm={confirm}
        confirmLabel="resources.serviceOrders.actions.noOneHome" canConfirm={!!at} busy={busy} error={error} fullScreen={big}>
        <TextField type="datetime-local" label={translate('resources.serviceOrders.noOneHome.arrivedAt')} value={arrivedAt} onChange={(e) => setArrivedAt(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 60 } }} />
        <TextField label={translate('resources.serviceOrders.noOneHome.note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} fullWidth />
      </ActionDialog>
    </>
  );
};

/** 完工验收: the resident's sign-off — rating, comment — and the minutes spent. */
export const CompleteButton = ({ big }: { big?: boolean }) => {
  const order = useOrder();
  const canAct = useMayTake('complete');
  const dialog = useDialog();
  const translate = useTranslate();
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [minutes, setMinutes] = useState('');
  const { run, busy, error, setError } = useOrderStep();
  if (!canAct || !allows(order, 'complete')) return null;
  const minutesValue = /^\d{1,5}$/.test(minutes.trim()) ? Number(minutes.trim()) : null;
  const confirm = () =>
    run(
      'complete',
      (dp) => dp.completeServiceOrder({ id: order!.id, version: order!.version, rating: rating!, comment: comment.trim() || null, minutesSpent: minutesValue! }),
      dialog.hide,
    );
  return (
    <>
      <StepButton action="complete" onClick={() => { setError(null); dialog.show(); }} big={big} color="success" />
      <ActionDialog title="resources.serviceOrders.actions.complete" open={dialog.open} onClose={dialog.hide} onConfirm={confirm}
        confirmLabel="resources.serviceOrders.actions.complete" canConfirm={rating != null && minutesValue != null} busy={busy} error={error} fullScreen={big}>
        <DialogContentText>{translate('resources.serviceOrders.complete.signOff')}</DialogContentText>
        <Stack spacing={0.5}>
          <Typography component="legend" variant="body2" id="rating-label">
            {translate('resources.serviceOrders.complete.rating')}
          </Typography>
          <Rating name="rating" value={rating} onChange={(_e, v) => setRating(v)} size="large" aria-labelledby="rating-label"
            getLabelText={(value: number) => translate('resources.serviceOrders.complete.stars', { smart_count: value })} sx={{ fontSize: '2.5rem' }} />
        </Stack>
        <TextField label={translate('resources.serviceOrders.complete.comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} fullWidth />
        <TextField label={translate('resources.serviceOrders.complete.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} required
          error={minutes !== '' && minutesValue == null} helperText={minutes !== '' && minutesValue == null ? translate('app.money.minutesFormat') : ' '}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }} />
      </ActionDialog>
    </>
  );
};

const newKey = () => crypto.randomUUID();

/**
 * 收款: the idempotency key is made once per opening of the dialog, so a double click or a retry
 * after a lost answer returns the first payment instead of charging twice.
 */
export const PayButton = () => {
  const order = useOrder<OrderDetail>();
  const canAct = useMayTake('settle');
  const dialog = useDialog();
  const translate = useTranslate();
  const { data: identity } = useGetIdentity();
  const me = (identity as Identity | undefined)?.viewer.user;
  const [method, setMethod] = useState<PaymentMethod>(PaymentMethod.Cash);
  const [collectedBy, setCollectedBy] = useState('');
  const [key, setKey] = useState(newKey);
  const [receipt, setReceipt] = useState<string | null>(null);
  const { run, busy, error, setError } = useOrderStep();
  if (!canAct || !allows(order, 'settle') || order!.charge !== 'PAID') {
    return receipt ? <PaidReceipt receipt={receipt} onClose={() => setReceipt(null)} /> : null;
  }
  const collectors = [
    ...(me ? [{ id: me.id, label: translate('resources.serviceOrders.pay.me', { name: me.name }) }] : []),
    ...[order!.worker, order!.supervisor].filter((s): s is NonNullable<typeof s> => !!s && s.id !== me?.id).map((s) => ({ id: s.id, label: s.name })),
  ];
  const open = () => {
    setError(null);
    setKey(newKey());
    setCollectedBy(me?.id ?? '');
    dialog.show();
  };
  // The API's figure: the quote less any prepayment.
  const due = order!.amountDueFen;
  const confirm = () =>
    run(
      'pay',
      (dp) => dp.payServiceOrder({ id: order!.id, method, idempotencyKey: key, collectedById: collectedBy || null }),
      (result) => {
        dialog.hide();
        setReceipt(result.payment.receiptNumber);
      },
    );
  return (
    <>
      <StepButton action="pay" onClick={open} color="success" />
      <ActionDialog title="resources.serviceOrders.pay.title" titleArgs={{ number: order!.number }} open={dialog.open} onClose={dialog.hide} onConfirm={confirm}
        confirmLabel="resources.serviceOrders.actions.pay" canConfirm={collectedBy !== ''} busy={busy} error={error}>
        <Typography variant="h6">{translate('resources.serviceOrders.pay.due', { amount: formatFen(due) })}</Typography>
        <TextField select label={translate('resources.serviceOrders.pay.method')} value={method} onChange={(e) => setMethod(e.target.value as PaymentMethod)}>
          {enumChoices('PaymentMethod', PaymentMethod).map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {translate(c.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField select label={translate('resources.serviceOrders.pay.collectedBy')} value={collectedBy} onChange={(e) => setCollectedBy(e.target.value)}>
          {collectors.map((c) => (
            <MenuItem key={c.id} value={c.id}>
              {c.label}
            </MenuItem>
          ))}
        </TextField>
      </ActionDialog>
      {receipt && <PaidReceipt receipt={receipt} onClose={() => setReceipt(null)} />}
    </>
  );
};

const PaidReceipt = ({ receipt, onClose }: { receipt: string; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} aria-labelledby="receipt-title">
      <DialogTitle id="receipt-title">{translate('enums.OrderAction.pay')}</DialogTitle>
      <DialogContent>
        <Typography variant="h5" data-testid="receipt-number">
          {translate('resources.serviceOrders.pay.receipt', { receipt })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} variant="contained">
          {translate('ra.action.close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
