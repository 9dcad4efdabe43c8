import { Alert, FormControl, FormControlLabel, FormHelperText, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { LossDecisionKind, PricingMode, type LossDecisionFieldsFragment } from '@wuye/schema';
import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { toChinaInput } from '../common/china-time';
import { fenToInput, formatFen } from '../common/money';
import { useApiStep } from '../common/use-api-step';
import { useLoad } from '../profitability/use-load';
import type { ItemPnl } from '../profitability/pivot';
import { checkDecision, RAISE_MODES, type DecisionTexts } from './decision-form';

const KINDS = [LossDecisionKind.GrowVolume, LossDecisionKind.RaisePrice, LossDecisionKind.Discontinue, LossDecisionKind.Other];

const blank = (): DecisionTexts => ({ kind: '', reason: '', mode: PricingMode.Fixed, price: '', min: '', max: '', target: '', reviewOn: '' });

type Props = { pnl: ItemPnl | null; onClose: () => void; onRecorded: (decision: LossDecisionFieldsFragment) => void };

/**
 * 处理: the project manager's decision on a loss or thin item of a month — grow volume (target and
 * review date), raise the price (the new price goes into the project's draft price list for the
 * GM's approval), discontinue (the GM approves) or another measure — always with a reason.
 */
export const DecisionDialog = ({ pnl, onClose, onRecorded }: Props) => {
  const translate = useTranslate();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.lossDecisions.dialog.${key}`, args);
  const [texts, setTexts] = useState<DecisionTexts>(blank);
  const [touched, setTouched] = useState(false);
  const [priceEdited, setPriceEdited] = useState(false);
  const { run, busy, error, setError } = useApiStep();
  const current = useLoad(pnl ? `${pnl.projectId}|${pnl.itemId}` : '', (dp) => (pnl ? dp.publishedEntry(pnl.projectId, pnl.itemId) : undefined));
  const entry = current.data ?? null;

  // A new item: start again; the published price (once loaded) is where a rise starts from.
  useEffect(() => {
    setTexts(blank());
    setTouched(false);
    setPriceEdited(false);
    setError(null);
  }, [pnl?.projectId, pnl?.itemId, pnl?.month]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (!entry || !(RAISE_MODES as readonly string[]).includes(entry.mode)) return;
    setTexts((s) => ({ ...s, mode: entry.mode, price: fenToInput(entry.priceFen), min: fenToInput(entry.minFen), max: fenToInput(entry.maxFen) }));
  }, [entry]);

  const today = toChinaInput(new Date()).slice(0, 10);
  const check = useMemo(() => checkDecision(texts, entry, today), [texts, entry, today]);
  if (!pnl) return null;

  const set = (field: keyof DecisionTexts) => (e: { target: { value: string } }) => {
    if (field === 'price' || field === 'min' || field === 'max') setPriceEdited(true);
    setTexts((s) => ({ ...s, [field]: e.target.value }));
  };
  // Say what is wrong once the user tried to save, or as soon as a new price is typed.
  const issue = (field: keyof DecisionTexts) =>
    touched || (priceEdited && (field === 'price' || field === 'min' || field === 'max')) ? check.issues[field] : undefined;
  const helper = (field: keyof DecisionTexts, hint?: string) => {
    const key = issue(field);
    return key ? translate(key) : hint;
  };

  const confirm = () => {
    setTouched(true);
    if (!check.input) return;
    void run((dp) => dp.recordLossDecision({ projectId: pnl.projectId, itemId: pnl.itemId, month: pnl.month, ...check.input! }), {
      done: 'resources.lossDecisions.recorded',
      doneArgs: (d) => ({ kind: translate(`enums.LossDecisionKind.${d.kind}`) }),
      onDone: (d) => {
        onRecorded(d);
        onClose();
      },
    });
  };

  const usesPrice = texts.mode === PricingMode.Fixed;
  return (
    <ActionDialog
      title="resources.lossDecisions.dialog.title"
      titleArgs={{ item: pnl.itemName, month: pnl.month }}
      open
      onClose={onClose}
      onConfirm={confirm}
      confirmLabel="resources.lossDecisions.dialog.confirm"
      canConfirm={!!check.input || !touched}
      busy={busy}
      error={error}
      maxWidth="sm"
    >
      <Typography variant="body2" color="text.secondary">
        {t('summary', {
          status: translate(`enums.PnlStatus.${pnl.status}`),
          orders: pnl.orders,
          revenue: formatFen(pnl.revenueFen),
          cost: formatFen(pnl.costFen),
          margin: formatFen(pnl.marginFen),
          costPerOrder: formatFen(pnl.costPerOrderFen) || '—',
        })}
      </Typography>
      <FormControl error={!!issue('kind')}>
        <FormLabel id="loss-decision-kind">{t('kind')}</FormLabel>
        <RadioGroup row aria-labelledby="loss-decision-kind" value={texts.kind} onChange={set('kind')}>
          {KINDS.map((k) => (
            <FormControlLabel key={k} value={k} control={<Radio />} label={translate(`enums.LossDecisionKind.${k}`)} />
          ))}
        </RadioGroup>
        {issue('kind') && <FormHelperText>{translate(issue('kind')!)}</FormHelperText>}
      </FormControl>

      {texts.kind === 'RAISE_PRICE' && (
        <Stack spacing={2} data-testid="raise-price-inputs">
          <Alert severity="info">{t('raiseHint')}</Alert>
          <Typography variant="body2" data-testid="current-price">
            {current.loading ? '…' : entry ? t('currentPrice', { price: entry.priceText ?? '—', unit: entry.unit }) : t('noCurrentPrice')}
          </Typography>
          <Stack direction="row" spacing={2} alignItems="flex-start">
            <TextField select size="small" label={t('mode')} value={texts.mode} onChange={set('mode')} sx={{ minWidth: 150 }}>
              {RAISE_MODES.map((m) => (
                <MenuItem key={m} value={m}>
                  {translate(`enums.PricingMode.${m}`)}
                </MenuItem>
              ))}
            </TextField>
            {usesPrice ? (
              <TextField
                size="small"
                label={t('price')}
                value={texts.price}
                onChange={set('price')}
                error={!!issue('price')}
                helperText={helper('price', entry ? t('perUnit', { unit: entry.unit }) : undefined)}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              />
            ) : (
              <>
                <TextField size="small" label={t('min')} value={texts.min} onChange={set('min')} error={!!issue('min')} helperText={helper('min')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
                <TextField size="small" label={t('max')} value={texts.max} onChange={set('max')} error={!!issue('max')} helperText={helper('max')} slotProps={{ htmlInput: { inputMode: 'decimal' } }} />
              </>
            )}
          </Stack>
        </Stack>
      )}

      {texts.kind === 'GROW_VOLUME' && (
        <Stack direction="row" spacing={2} alignItems="flex-start">
          <TextField
            size="small"
            label={t('target')}
            value={texts.target}
            onChange={set('target')}
            error={!!issue('target')}
            helperText={helper('target', t('targetHint', { orders: pnl.orders }))}
            slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          />
          <TextField
            size="small"
            type="date"
            label={t('reviewOn')}
            value={texts.reviewOn}
            onChange={set('reviewOn')}
            error={!!issue('reviewOn')}
            helperText={helper('reviewOn', t('reviewOnHint'))}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today } }}
          />
        </Stack>
      )}

      {texts.kind === 'DISCONTINUE' && <Alert severity="warning">{t('discontinueHint')}</Alert>}

      <TextField
        label={t('reason')}
        value={texts.reason}
        onChange={set('reason')}
        error={!!issue('reason')}
        helperText={helper('reason', t('reasonHint'))}
        required
        multiline
        minRows={3}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </ActionDialog>
  );
};
