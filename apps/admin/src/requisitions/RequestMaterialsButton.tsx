import DeleteIcon from '@mui/icons-material/Delete';
import { Button as MuiButton, IconButton, Paper, Stack, TextField } from '@mui/material';
import type { RequisitionLineInput } from '@wuye/schema';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import type { OrderDetail } from '../service-orders/types';
import { toRequisitionLine, type LineDraft, type LineIssue } from './requisition-rules';

type Draft = LineDraft & { key: number };

let nextKey = 1;
const blank = (): Draft => ({ key: nextKey++, name: '', unit: '个', quantity: '1', unitCost: '' });

/** Materials are drawn only for work assigned or under way (README §3.4). */
const ACTIVE = ['ASSIGNED', 'IN_PROGRESS'];

/** `input.lines.1.unitCostFen` → line 1, the unit cost input. */
function apiLineField(field: string | undefined): { index: number; field: LineIssue['field'] } | null {
  const match = field ? /lines[.[](\d+)\]?\.?(\w+)?/.exec(field) : null;
  if (!match) return null;
  const map: Record<string, LineIssue['field']> = { name: 'name', unit: 'unit', quantityMilli: 'quantity', unitCostFen: 'unitCost' };
  return { index: Number(match[1]), field: map[match[2] ?? ''] ?? 'name' };
}

/** 申请领料: the requisition cites the order number, as the paper form does, and lists the materials. */
export const RequestMaterialsButton = () => {
  const order = useRecordContext<OrderDetail>();
  const canRequest = useHasPermission('order.materials');
  const dialog = useDialog();
  const translate = useTranslate();
  const [cited, setCited] = useState('');
  const [lines, setLines] = useState<Draft[]>([]);
  const [issues, setIssues] = useState<Record<number, LineIssue>>({});
  const { run, busy, error, setError } = useApiStep();
  if (!order || !canRequest || !ACTIVE.includes(order.state)) return null;

  const open = () => {
    setError(null);
    setIssues({});
    setCited(order.number);
    setLines([blank()]);
    dialog.show();
  };
  const patch = (key: number, change: Partial<Draft>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));
  const confirm = () => {
    const found: Record<number, LineIssue> = {};
    const inputs: RequisitionLineInput[] = [];
    lines.forEach((line, i) => {
      const result = toRequisitionLine(line);
      if ('issue' in result) found[i] = result.issue;
      else inputs.push(result.input);
    });
    setIssues(found);
    if (Object.keys(found).length) return;
    void run((dp) => dp.requestMaterials({ orderId: order.id, citedOrderNumber: cited.trim(), lines: inputs }), {
      done: 'resources.materialRequisitions.requested',
      doneArgs: { number: order.number },
      onDone: dialog.hide,
    });
  };

  const apiLine = apiLineField(error?.field);
  const citedError = error?.field && /orderNumber$/i.test(error.field) ? translate(error.message, { _: error.message }) : null;
  // Shown under the input it names, else at the foot of the dialog.
  const underAField = !!citedError || (!!apiLine && apiLine.index < lines.length);
  const errorOf = (i: number, field: LineIssue['field']) => {
    if (issues[i]?.field === field) return translate(issues[i].messageKey);
    if (apiLine?.index === i && apiLine.field === field && error) return translate(error.message, { _: error.message });
    return null;
  };
  const t = (key: string) => translate(`resources.materialRequisitions.request.${key}`);

  return (
    <>
      <Button label="resources.materialRequisitions.actions.request" onClick={open} size="small" />
      <ActionDialog
        title="resources.materialRequisitions.request.title"
        titleArgs={{ number: order.number }}
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel="resources.materialRequisitions.actions.request"
        canConfirm={lines.length > 0 && cited.trim() !== ''}
        busy={busy}
        error={underAField ? null : error}
        maxWidth="md"
      >
        <TextField
          label={t('citedOrderNumber')}
          value={cited}
          onChange={(e) => setCited(e.target.value)}
          error={!!citedError}
          helperText={citedError ?? t('citedHint')}
          required
        />
        {lines.map((line, i) => (
          <Paper key={line.key} variant="outlined" sx={{ p: 1.5 }} data-testid="requisition-line">
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'flex-start' }}>
              <TextField label={`${t('name')} ${i + 1}`} value={line.name} onChange={(e) => patch(line.key, { name: e.target.value })}
                error={!!errorOf(i, 'name')} helperText={errorOf(i, 'name') ?? ' '} sx={{ flex: 2 }} />
              <TextField label={`${t('quantity')} ${i + 1}`} value={line.quantity} onChange={(e) => patch(line.key, { quantity: e.target.value })}
                error={!!errorOf(i, 'quantity')} helperText={errorOf(i, 'quantity') ?? ' '} slotProps={{ htmlInput: { inputMode: 'decimal' } }} sx={{ width: 110 }} />
              <TextField label={`${t('unit')} ${i + 1}`} value={line.unit} onChange={(e) => patch(line.key, { unit: e.target.value })}
                error={!!errorOf(i, 'unit')} helperText={errorOf(i, 'unit') ?? ' '} sx={{ width: 90 }} />
              <TextField label={`${t('unitCost')} ${i + 1}`} value={line.unitCost} onChange={(e) => patch(line.key, { unitCost: e.target.value })}
                error={!!errorOf(i, 'unitCost')} helperText={errorOf(i, 'unitCost') ?? ' '} slotProps={{ htmlInput: { inputMode: 'decimal' } }} sx={{ width: 150 }} />
              <IconButton aria-label={`${t('remove')} ${i + 1}`} onClick={() => setLines((all) => all.filter((l) => l.key !== line.key))} sx={{ mt: 1 }}>
                <DeleteIcon />
              </IconButton>
            </Stack>
          </Paper>
        ))}
        <MuiButton onClick={() => setLines((all) => [...all, blank()])} sx={{ alignSelf: 'flex-start' }}>
          {t('addLine')}
        </MuiButton>
      </ActionDialog>
    </>
  );
};
