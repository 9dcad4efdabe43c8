import SaveIcon from '@mui/icons-material/Save';
import UndoIcon from '@mui/icons-material/Undo';
import { CircularProgress, IconButton, MenuItem, Stack, TableCell, TableRow, TextField, Tooltip, Typography, type TextFieldProps } from '@mui/material';
import { memo, useEffect, useMemo, useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate, type HttpError } from 'react-admin';
import { KNOWN_UNITS, renderCatalogMessage, type CatalogMessageKey } from '@wuye/domain';
import { PricingMode } from '@wuye/schema';
import { enumChoices } from '../common/enum-choices';
import type { WuyeDataProvider } from '../dataProvider';
import { MarginRates, UnitCost, WarningChips, warningTint } from './MarginCells';
import { evaluateEntry, sameTexts, textsOf, type EntryField, type EntrySettings, type Issue } from './entry-draft';
import { fromServer, worstWarning } from './margin-view';
import type { EntryWithMargin, NotReadyIssue } from './types';

const modes = enumChoices('PricingMode', PricingMode);

type Props = {
  entry: EntryWithMargin;
  settings: EntrySettings;
  readOnly: boolean;
  /** What the last submission said is missing on this entry. */
  submitIssues?: readonly NotReadyIssue[];
  onSaved: (entry: EntryWithMargin) => void;
  onDirtyChange: (id: string, dirty: boolean) => void;
  onConflict: () => void;
};

/**
 * One entry of a draft, edited in place and saved on its own with the version it was loaded
 * at. While typing, unit cost and margin are previewed with the domain rules; once saved, the
 * API's figures are shown.
 */
export const EntryEditorRow = memo(function EntryEditorRow({ entry, settings, readOnly, submitIssues, onSaved, onDirtyChange, onConflict }: Props) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const initial = useMemo(() => textsOf(entry), [entry]);
  const [texts, setTexts] = useState(initial);
  const [saving, setSaving] = useState(false);
  const dirty = !sameTexts(texts, initial);
  const evaluation = useMemo(() => evaluateEntry(texts, settings), [texts, settings]);
  const margin = dirty ? evaluation.margin : fromServer(entry.margin);
  const warning = worstWarning(margin);

  useEffect(() => {
    onDirtyChange(entry.id, dirty);
    return () => onDirtyChange(entry.id, false);
  }, [entry.id, dirty, onDirtyChange]);

  const message = (issue: Issue | undefined) =>
    !issue ? undefined : issue.source === 'app' ? translate(issue.key) : renderCatalogMessage(issue.key as CatalogMessageKey, locale === 'en' ? 'en' : 'zh', issue.params);

  const set = (field: EntryField) => (event: React.ChangeEvent<HTMLInputElement>) => setTexts({ ...texts, [field]: event.target.value });

  const save = async () => {
    if (!dirty || !evaluation.input || saving) return;
    setSaving(true);
    try {
      const saved = await dataProvider.updatePriceListEntry({ id: entry.id, version: entry.version, ...evaluation.input });
      notify('resources.priceLists.editor.saved', { type: 'success', messageArgs: { name: entry.name } });
      onSaved(saved);
    } catch (error) {
      const e = error as HttpError;
      if (e.status === 409) {
        notify('resources.priceLists.editor.conflict', { type: 'warning', messageArgs: { name: entry.name } });
        onConflict();
      } else {
        notify(e.message || 'ra.notification.http_error', { type: 'error' });
      }
    } finally {
      setSaving(false);
    }
  };

  const input = (field: EntryField, label: string, width: number, props: TextFieldProps = {}) => {
    const issue = message(evaluation.issues[field]);
    return (
      <Tooltip title={issue ?? ''} placement="top" arrow disableHoverListener={!issue}>
        <TextField
          size="small"
          variant="standard"
          value={texts[field]}
          onChange={set(field)}
          onKeyDown={(e) => e.key === 'Enter' && save()}
          disabled={readOnly || saving}
          error={!!issue}
          sx={{ width }}
          slotProps={{ htmlInput: { 'aria-label': `${entry.name} ${translate(label)}`, inputMode: 'decimal' } }}
          {...props}
        />
      </Tooltip>
    );
  };

  const units = [...new Set([...KNOWN_UNITS.map((u) => u.unit), ...settings.extraUnits, entry.unit])];
  const usesPrice = texts.mode === PricingMode.Fixed;
  const usesRange = texts.mode === PricingMode.Range || texts.mode === PricingMode.Workload;
  const col = (field: string) => `resources.priceLists.editor.columns.${field}`;

  return (
    <TableRow
      id={`entry-${entry.catalogItemId}`}
      data-testid="entry-row"
      sx={[
        warningTint(warning),
        submitIssues?.length ? { outline: '2px solid', outlineColor: 'error.main', outlineOffset: -2 } : {},
      ]}
    >
      <TableCell sx={{ minWidth: 110 }}>
        <Typography variant="body2" fontWeight={dirty ? 600 : undefined}>
          {entry.name}
          {dirty && ' *'}
        </Typography>
        {submitIssues?.map((issue, i) => (
          <Typography key={i} variant="caption" color="error" display="block">
            {issue.message}
          </Typography>
        ))}
      </TableCell>
      <TableCell>
        {input('unit', col('unit'), 56, {
          select: true,
          children: units.map((u) => (
            <MenuItem key={u} value={u}>
              {u}
            </MenuItem>
          )),
        })}
      </TableCell>
      <TableCell>
        {input('mode', col('mode'), 112, {
          select: true,
          children: modes.map((m) => (
            <MenuItem key={m.id} value={m.id}>
              {translate(m.name)}
            </MenuItem>
          )),
        })}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {usesPrice && input('price', col('price'), 76)}
        {usesRange && (
          <Stack direction="row" alignItems="center" spacing={0.5}>
            {input('min', col('min'), 68)}
            <span>–</span>
            {input('max', col('max'), 76)}
          </Stack>
        )}
        {texts.mode === PricingMode.Free && <Typography variant="body2">¥0.00</Typography>}
        {texts.mode === PricingMode.Unset && (
          <Typography variant="body2" color="text.secondary">
            {translate('enums.PricingMode.UNSET')}
          </Typography>
        )}
      </TableCell>
      <TableCell>{input('labourMinutes', col('labourMinutes'), 52)}</TableCell>
      <TableCell>{input('materials', col('materials'), 64)}</TableCell>
      <TableCell>{input('overhead', col('overhead'), 48)}</TableCell>
      <TableCell>{input('risk', col('risk'), 48)}</TableCell>
      <TableCell>{margin ? <UnitCost margin={margin} /> : '—'}</TableCell>
      <TableCell sx={{ minWidth: 120 }}>
        {margin && (
          <Stack spacing={0.5}>
            <MarginRates margin={margin} />
            <WarningChips margin={margin} />
          </Stack>
        )}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }} padding="none">
        {!readOnly && (
          <>
            <Tooltip title={translate('resources.priceLists.editor.save')}>
              <span>
                <IconButton
                  size="small"
                  color="primary"
                  onClick={save}
                  disabled={!dirty || !evaluation.input || saving}
                  aria-label={`${translate('resources.priceLists.editor.save')} ${entry.name}`}
                >
                  {saving ? <CircularProgress size={18} /> : <SaveIcon fontSize="small" />}
                </IconButton>
              </span>
            </Tooltip>
            <Tooltip title={translate('resources.priceLists.editor.undo')}>
              <span>
                <IconButton
                  size="small"
                  onClick={() => setTexts(initial)}
                  disabled={!dirty || saving}
                  aria-label={`${translate('resources.priceLists.editor.undo')} ${entry.name}`}
                >
                  <UndoIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </>
        )}
      </TableCell>
    </TableRow>
  );
});
