import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { fen, formatYuan } from '@wuye/domain';
import { formatChinaTime } from '../common/DateTimeField';
import { MarginWarningList } from '../price-lists/MarginWarningList';
import { Section } from '../price-lists/PriceListSummary';
import type { PriceListDiff } from '../price-lists/types';

type Entry = PriceListDiff['added'][number];
type Change = PriceListDiff['changed'][number]['changes'][number];

const AMOUNT_FIELDS = new Set(['price', 'min', 'max']);

/** One changed field, old → new: amounts (fen, as text) in yuan, the pricing mode by its label. */
const ChangeLine = ({ change }: { change: Change }) => {
  const translate = useTranslate();
  const show = (value: string | null | undefined) => {
    if (value == null) return '—';
    if (AMOUNT_FIELDS.has(change.field)) return formatYuan(fen(Number(value)));
    if (change.field === 'mode') return translate(`enums.PricingMode.${value.toUpperCase()}`, { _: value });
    return value;
  };
  return (
    <Typography variant="body2" component="div" sx={{ whiteSpace: 'nowrap' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {translate(`resources.priceListReviews.changeFields.${change.field}`, { _: change.field })}
        {translate('app.labelSeparator')}
      </Box>
      <Box component="span" sx={{ textDecoration: 'line-through', color: 'text.secondary' }}>
        {show(change.before)}
      </Box>
      {' → '}
      <Box component="span" sx={{ fontWeight: 600 }}>
        {show(change.after)}
      </Box>
    </Typography>
  );
};

const EntryTable = ({ entries, label }: { entries: readonly Entry[]; label: string }) => {
  const translate = useTranslate();
  const field = (f: string) => translate(`resources.priceLists.fields.${f}`);
  return (
    <Table size="small" aria-label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{field('category')}</TableCell>
          <TableCell>{field('name')}</TableCell>
          <TableCell>{field('unit')}</TableCell>
          <TableCell>{field('mode')}</TableCell>
          <TableCell>{field('priceText')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{e.category}</TableCell>
            <TableCell>{e.name}</TableCell>
            <TableCell>{e.unit}</TableCell>
            <TableCell>{translate(`enums.PricingMode.${e.mode}`)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.priceText ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** What a version changes against the published one: the GM's basis for approving it. */
export const PriceListDiffView = ({ diff }: { diff: PriceListDiff }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: Record<string, unknown>) => translate(`resources.priceListReviews.diff.${key}`, args);
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0;
  return (
    <>
      <Alert severity="info" sx={{ mt: 2 }}>
        {diff.against
          ? t('against', {
              number: diff.against.number,
              state: translate(`enums.PriceListState.${diff.against.state}`),
              from: diff.against.effectiveFrom ? formatChinaTime(diff.against.effectiveFrom, locale) : '—',
            })
          : t('noAgainst')}
        {' '}
        {t('summary', { changed: diff.changed.length, added: diff.added.length, removed: diff.removed.length })}
      </Alert>
      {nothing && diff.against && (
        <Alert severity="success" sx={{ mt: 2 }}>
          {t('none')}
        </Alert>
      )}
      {diff.changed.length > 0 && (
        <Section title={t('changed')}>
          <Table size="small" aria-label={t('changed')} data-testid="diff-changed">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.priceLists.fields.category')}</TableCell>
                <TableCell>{translate('resources.priceLists.fields.name')}</TableCell>
                <TableCell>{t('change')}</TableCell>
                <TableCell>{t('before')}</TableCell>
                <TableCell>{t('after')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {diff.changed.map((c) => (
                <TableRow key={c.catalogItemId}>
                  <TableCell>{c.after.category}</TableCell>
                  <TableCell>{c.after.name}</TableCell>
                  <TableCell>
                    <Stack spacing={0.25}>
                      {c.changes.map((change) => (
                        <ChangeLine key={change.field} change={change} />
                      ))}
                    </Stack>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{c.before.priceText ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}>{c.after.priceText ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Section>
      )}
      {diff.added.length > 0 && (
        <Section title={t('added')}>
          <EntryTable entries={diff.added} label={t('added')} />
        </Section>
      )}
      {diff.removed.length > 0 && (
        <Section title={t('removed')}>
          <EntryTable entries={diff.removed} label={t('removed')} />
        </Section>
      )}
      <Section title={translate('resources.priceLists.marginWarnings')}>
        <MarginWarningList rows={diff.marginWarnings.map((m) => ({ ...m, id: m.catalogItemId }))} />
      </Section>
    </>
  );
};
