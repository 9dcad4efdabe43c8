import { Button as MuiButton, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { useOrderStep } from './order-actions';
import type { OrderRow } from './types';

/** 日终备注: why the order is not signed off yet and when it will be finished. */
export const EodNoteForm = ({ order, onSaved }: { order: OrderRow; onSaved?: () => void }) => {
  const translate = useTranslate();
  const [reason, setReason] = useState(order.eodReason ?? '');
  const [finishAt, setFinishAt] = useState(order.eodExpectedFinishAt ? toChinaInput(new Date(order.eodExpectedFinishAt)) : '');
  const { run, busy, error } = useOrderStep();
  const at = finishAt ? fromChinaInput(finishAt) : null;
  const save = () =>
    run('eodNote', (dp) => dp.recordEndOfDayNote({ id: order.id, reason: reason.trim(), expectedFinishAt: at?.toISOString() ?? null }), onSaved);
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} alignItems={{ md: 'flex-start' }} data-testid="eod-form">
      <TextField
        size="small"
        label={translate('resources.serviceOrders.eod.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={!!error && error.field !== 'expectedFinishAt'}
        helperText={error && error.field !== 'expectedFinishAt' ? translate(error.message, { _: error.message }) : ' '}
        sx={{ flex: 1, minWidth: 220 }}
        slotProps={{ htmlInput: { 'aria-label': `${translate('resources.serviceOrders.eod.reason')} ${order.number}` } }}
      />
      <TextField
        size="small"
        type="datetime-local"
        label={translate('resources.serviceOrders.eod.expectedFinishAt')}
        value={finishAt}
        onChange={(e) => setFinishAt(e.target.value)}
        error={error?.field === 'expectedFinishAt'}
        helperText={error?.field === 'expectedFinishAt' ? translate(error.message, { _: error.message }) : ' '}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 60 } }}
        sx={{ width: { md: 240 }, flex: 'none' }}
      />
      <MuiButton variant="outlined" onClick={save} disabled={busy || reason.trim() === '' || (!!finishAt && !at)} sx={{ mt: { md: 0.5 }, flex: 'none', whiteSpace: 'nowrap' }}>
        {translate('resources.serviceOrders.eod.save')}
      </MuiButton>
    </Stack>
  );
};
