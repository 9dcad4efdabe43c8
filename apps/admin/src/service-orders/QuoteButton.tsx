import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Autocomplete, Button as MuiButton, IconButton, Paper, Stack, TextField, Typography } from '@mui/material';
import { PricingMode, QuoteLineKind, type QuoteLineInput } from '@wuye/schema';
import { useEffect, useState } from 'react';
import { Button, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { fenToInput, parseYuanInput } from '../common/money';
import { milliToText, parseQuantityInput } from '../common/quantity';
import type { WuyeDataProvider } from '../dataProvider';
import { ActionDialog } from '../common/ActionDialog';
import { allows, useMayTake, useOrderStep } from './order-actions';
import type { OrderDetail, PublishedEntry } from './types';

type Draft = { key: number; kind: QuoteLineKind; catalogItemId: string | null; name: string; quantity: string; price: string; amount: string };

let nextKey = 1;
const draft = (kind: QuoteLineKind, rest: Partial<Draft> = {}): Draft => ({
  key: nextKey++,
  kind,
  catalogItemId: null,
  name: '',
  quantity: '1',
  price: '',
  amount: '',
  ...rest,
});

/** Range and by-workload items take a concrete unit price; fixed and free items use the published one. */
const needsPrice = (entry: PublishedEntry | undefined) => entry?.mode === PricingMode.Range || entry?.mode === PricingMode.Workload;

const fromQuote = (order: OrderDetail): Draft[] =>
  order.quoteLines.map((line) =>
    draft(line.kind, {
      catalogItemId: line.catalogItemId ?? null,
      name: line.name,
      quantity: milliToText(line.quantityMilli),
      price: fenToInput(line.unitPriceFen),
      amount: fenToInput(line.amountFen),
    }),
  );

type LineIssue = { field: 'quantity' | 'price' | 'amount' | 'name' | 'item'; messageKey: string };

/** Format checks only (yuan, thousandths); whether a price is allowed is the API's answer. */
function toInput(line: Draft, entry: PublishedEntry | undefined): { input?: QuoteLineInput; issue?: LineIssue } {
  const quantity = parseQuantityInput(line.quantity);
  switch (line.kind) {
    case QuoteLineKind.Catalog: {
      if (!line.catalogItemId) return { issue: { field: 'item', messageKey: 'ra.validation.required' } };
      if (!quantity.ok) return { issue: { field: 'quantity', messageKey: quantity.messageKey } };
      let unitPriceFen: number | null = null;
      if (needsPrice(entry)) {
        const price = parseYuanInput(line.price);
        if (!price.ok) return { issue: { field: 'price', messageKey: price.messageKey } };
        unitPriceFen = price.value;
      }
      return { input: { kind: line.kind, catalogItemId: line.catalogItemId, quantityMilli: quantity.value, unitPriceFen } };
    }
    case QuoteLineKind.Material: {
      if (!line.name.trim()) return { issue: { field: 'name', messageKey: 'ra.validation.required' } };
      if (!quantity.ok) return { issue: { field: 'quantity', messageKey: quantity.messageKey } };
      const price = parseYuanInput(line.price);
      if (!price.ok) return { issue: { field: 'price', messageKey: price.messageKey } };
      return { input: { kind: line.kind, name: line.name.trim(), quantityMilli: quantity.value, unitPriceFen: price.value } };
    }
    default: {
      if (!line.name.trim()) return { issue: { field: 'name', messageKey: 'ra.validation.required' } };
      const amount = parseYuanInput(line.amount);
      if (!amount.ok) return { issue: { field: 'amount', messageKey: amount.messageKey } };
      return { input: { kind: line.kind, name: line.name.trim(), amountFen: amount.value } };
    }
  }
}

/** `input.lines[2].unitPriceFen` → line 2, the price input. */
function apiLineField(field: string | undefined): { index: number; field: LineIssue['field'] } | null {
  const match = field && /lines[.[](\d+)\]?\.?(\w+)?/.exec(field);
  if (!match) return null;
  const name = match[2] ?? '';
  const map: Record<string, LineIssue['field']> = { unitPriceFen: 'price', quantityMilli: 'quantity', amountFen: 'amount', name: 'name', catalogItemId: 'item' };
  return { index: Number(match[1]), field: map[name] ?? 'price' };
}

const LineEditor = ({ line, index, entries, issue, apiMessage, onChange, onRemove }: {
  line: Draft;
  index: number;
  entries: PublishedEntry[];
  issue?: LineIssue;
  apiMessage?: string;
  onChange: (patch: Partial<Draft>) => void;
  onRemove: () => void;
}) => {
  const translate = useTranslate();
  const entry = entries.find((e) => e.catalogItemId === line.catalogItemId);
  const errorOf = (field: LineIssue['field']) => (issue?.field === field ? (apiMessage ?? translate(issue.messageKey)) : undefined);
  const kindLabel = translate(`enums.QuoteLineKind.${line.kind}`);
  const priceHelp =
    entry && needsPrice(entry)
      ? translate('resources.serviceOrders.quote.allowed', { range: entry.priceText ?? '' })
      : entry?.mode === PricingMode.Fixed
        ? translate('resources.serviceOrders.quote.fixed', { price: entry.priceText ?? '' })
        : entry?.mode === PricingMode.Free
          ? translate('resources.serviceOrders.quote.free')
          : ' ';
  return (
    <Paper variant="outlined" sx={{ p: 1.5 }} data-testid="quote-line">
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} alignItems={{ sm: 'flex-start' }}>
        {line.kind === QuoteLineKind.Catalog ? (
          <Autocomplete
            options={entries}
            groupBy={(e) => e.category}
            getOptionLabel={(e) => `${e.name}（${e.priceText ?? translate(`enums.PricingMode.${e.mode}`)} / ${e.unit}）`}
            value={entry ?? null}
            onChange={(_e, value) => onChange({ catalogItemId: value?.catalogItemId ?? null, price: value?.mode === PricingMode.Fixed ? fenToInput(value.priceFen) : '' })}
            isOptionEqualToValue={(a, b) => a.catalogItemId === b.catalogItemId}
            sx={{ flex: 2, minWidth: 220 }}
            renderInput={(params) => (
              <TextField {...params} label={`${kindLabel} ${index + 1}`} error={!!errorOf('item')} helperText={errorOf('item') ?? priceHelp} />
            )}
          />
        ) : (
          <TextField
            label={`${translate(line.kind === QuoteLineKind.Material ? 'resources.serviceOrders.quote.materialName' : 'resources.serviceOrders.quote.goodsName')} ${index + 1}`}
            value={line.name}
            onChange={(e) => onChange({ name: e.target.value })}
            error={!!errorOf('name')}
            helperText={errorOf('name') ?? ' '}
            sx={{ flex: 2 }}
          />
        )}
        {line.kind !== QuoteLineKind.Goods && (
          <TextField
            label={`${translate('resources.serviceOrders.quote.quantity')}${entry ? `（${entry.unit}）` : ''}`}
            value={line.quantity}
            onChange={(e) => onChange({ quantity: e.target.value })}
            error={!!errorOf('quantity')}
            helperText={errorOf('quantity') ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${translate('resources.serviceOrders.quote.quantity')} ${index + 1}` } }}
            sx={{ width: 120 }}
          />
        )}
        {(line.kind === QuoteLineKind.Material || (line.kind === QuoteLineKind.Catalog && needsPrice(entry))) && (
          <TextField
            label={translate('resources.serviceOrders.quote.unitPrice')}
            value={line.price}
            onChange={(e) => onChange({ price: e.target.value })}
            error={!!errorOf('price')}
            helperText={errorOf('price') ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${translate('resources.serviceOrders.quote.unitPrice')} ${index + 1}` } }}
            sx={{ width: 160 }}
          />
        )}
        {line.kind === QuoteLineKind.Goods && (
          <TextField
            label={translate('resources.serviceOrders.quote.amount')}
            value={line.amount}
            onChange={(e) => onChange({ amount: e.target.value })}
            error={!!errorOf('amount')}
            helperText={errorOf('amount') ?? ' '}
            slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            sx={{ width: 160 }}
          />
        )}
        <IconButton aria-label={`${translate('resources.serviceOrders.quote.remove')} ${index + 1}`} onClick={onRemove} sx={{ mt: 1 }}>
          <DeleteIcon />
        </IconButton>
      </Stack>
    </Paper>
  );
};

/** 报价: only the items published for the order's project; the API checks prices against them. */
export const QuoteButton = () => {
  const order = useRecordContext<OrderDetail>();
  const canAct = useMayTake('quote');
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [entries, setEntries] = useState<PublishedEntry[] | null | undefined>(undefined);
  const [lines, setLines] = useState<Draft[]>([]);
  const [issues, setIssues] = useState<Record<number, LineIssue>>({});
  const { run, busy, error, setError } = useOrderStep();

  useEffect(() => {
    if (!open || !order) return;
    let live = true;
    dataProvider.publishedPrices(order.projectId).then(
      (list) => live && setEntries(list ? list.entries.filter((e) => e.mode !== PricingMode.Unset) : null),
      (e: Error) => live && setError({ message: e.message }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, order?.projectId]);

  if (!order || !canAct || !allows(order, 'quote')) return null;

  const show = () => {
    setError(null);
    setIssues({});
    setLines(order.quoteLines?.length ? fromQuote(order) : [draft(QuoteLineKind.Catalog)]);
    setOpen(true);
  };
  const patch = (key: number, change: Partial<Draft>) => setLines((all) => all.map((l) => (l.key === key ? { ...l, ...change } : l)));

  const apiLine = apiLineField(error?.field);
  const save = () => {
    const found: Record<number, LineIssue> = {};
    const inputs: QuoteLineInput[] = [];
    lines.forEach((line, i) => {
      const { input, issue } = toInput(line, entries?.find((e) => e.catalogItemId === line.catalogItemId));
      if (issue) found[i] = issue;
      else if (input) inputs.push(input);
    });
    setIssues(found);
    if (Object.keys(found).length) return;
    void run('quote', (dp) => dp.quoteServiceOrder({ id: order.id, version: order.version, lines: inputs }), () => setOpen(false));
  };

  return (
    <>
      <Button label="resources.serviceOrders.actions.quote" onClick={show} size="small" />
      <ActionDialog
        title="resources.serviceOrders.quote.title"
        titleArgs={{ number: order.number }}
        open={open}
        onClose={() => setOpen(false)}
        onConfirm={save}
        confirmLabel="resources.serviceOrders.actions.quote"
        canConfirm={!!entries && lines.length > 0}
        busy={busy}
        error={error}
        maxWidth="md"
      >
        {entries === null && <Alert severity="warning">{translate('resources.serviceOrders.quote.noPriceList')}</Alert>}
        {entries && (
          <>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.serviceOrders.quote.hint')}
            </Typography>
            {lines.map((line, i) => (
              <LineEditor
                key={line.key}
                line={line}
                index={i}
                entries={entries}
                issue={issues[i] ?? (apiLine?.index === i ? { field: apiLine.field, messageKey: '' } : undefined)}
                apiMessage={!issues[i] && apiLine?.index === i ? error?.message : undefined}
                onChange={(change) => patch(line.key, change)}
                onRemove={() => setLines((all) => all.filter((l) => l.key !== line.key))}
              />
            ))}
            {lines.length === 0 && <Alert severity="info">{translate('resources.serviceOrders.quote.empty')}</Alert>}
            <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap>
              <MuiButton onClick={() => setLines((all) => [...all, draft(QuoteLineKind.Catalog)])}>{translate('resources.serviceOrders.quote.addCatalog')}</MuiButton>
              <MuiButton onClick={() => setLines((all) => [...all, draft(QuoteLineKind.Material)])}>{translate('resources.serviceOrders.quote.addMaterial')}</MuiButton>
              <MuiButton onClick={() => setLines((all) => [...all, draft(QuoteLineKind.Goods, { quantity: '' })])}>{translate('resources.serviceOrders.quote.addGoods')}</MuiButton>
            </Stack>
          </>
        )}
      </ActionDialog>
    </>
  );
};
