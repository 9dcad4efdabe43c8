import SendIcon from '@mui/icons-material/Send';
import {
  Alert,
  AlertTitle,
  Box,
  Card,
  CardContent,
  Chip,
  Link,
  List as MuiList,
  ListItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Button,
  EditBase,
  Loading,
  ShowButton,
  Title,
  useDataProvider,
  useEditContext,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { fen, formatBasisPoints, formatYuan } from '@wuye/domain';
import type { Identity } from '../authProvider';
import { groupByCategory } from '../common/group-by-category';
import type { WuyeDataProvider } from '../dataProvider';
import { EntryEditorRow } from './EntryEditorRow';
import type { EntrySettings } from './entry-draft';
import { PriceListStateChip } from './PriceListStateField';
import { ReviseButton } from './workflow-buttons';
import type { EntryWithMargin, NotReady, NotReadyIssue, PriceListWithMargins } from './types';

const COLUMNS = ['name', 'unit', 'mode', 'priceYuan', 'labourMinutes', 'materials', 'overhead', 'risk', 'unitCost', 'margin', 'actions'] as const;

const scrollToEntry = (catalogItemId: string | null | undefined) => {
  const row = catalogItemId ? document.getElementById(`entry-${catalogItemId}`) : null;
  row?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  row?.querySelector('input')?.focus({ preventScroll: true });
};

/** What keeps the draft from going to the GM, item by item, each a link to its row. */
const NotReadyIssues = ({ result }: { result: Pick<NotReady, 'message' | 'issues'> }) => {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mb: 2 }} data-testid="not-ready">
      <AlertTitle>{result.message}</AlertTitle>
      <MuiList dense disablePadding>
        {result.issues.map((issue, i) => (
          <ListItem key={i} disableGutters sx={{ py: 0 }}>
            <Link component="button" type="button" variant="body2" onClick={() => scrollToEntry(issue.catalogItemId)} sx={{ textAlign: 'left' }}>
              {issue.itemName ? `${issue.itemName} · ` : ''}
              {translate(`resources.priceLists.issueFields.${issue.field}`, { _: issue.field })}
              {translate('app.labelSeparator')}
              {issue.message}
            </Link>
          </ListItem>
        ))}
      </MuiList>
    </Alert>
  );
};

const EditorView = () => {
  const { record: list, isPending, refetch } = useEditContext<PriceListWithMargins>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const { data: identity } = useGetIdentity();
  const company = (identity as Identity | undefined)?.viewer.company;

  const [entries, setEntries] = useState<EntryWithMargin[]>([]);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const [notReady, setNotReady] = useState<Pick<NotReady, 'message' | 'issues'> | null>(null);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (list?.entries) setEntries(list.entries);
  }, [list]);

  const onDirtyChange = useCallback((id: string, isDirty: boolean) => {
    setDirty((previous) => {
      if (previous.has(id) === isDirty) return previous;
      const next = new Set(previous);
      if (isDirty) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const onSaved = useCallback((saved: EntryWithMargin) => {
    setEntries((previous) => previous.map((e) => (e.id === saved.id ? saved : e)));
    setNotReady((previous) =>
      previous ? { ...previous, issues: previous.issues.filter((i) => i.catalogItemId !== saved.catalogItemId) } : previous,
    );
  }, []);

  const onConflict = useCallback(() => void refetch(), [refetch]);

  const settings = useMemo<EntrySettings | null>(
    () =>
      list && company
        ? {
            labourRateFenPerHour: list.project.labourRateFenPerHour,
            marginCeilingBp: company.marginCeilingBp,
            extraUnits: company.extraUnits,
            locale,
          }
        : null,
    [list, company, locale],
  );

  const issuesByItem = useMemo(() => {
    const map = new Map<string, NotReadyIssue[]>();
    for (const issue of notReady?.issues ?? []) {
      if (!issue.catalogItemId) continue;
      map.set(issue.catalogItemId, [...(map.get(issue.catalogItemId) ?? []), issue]);
    }
    return map;
  }, [notReady]);

  if (isPending || !list?.entries || !settings) return <Loading />;
  const isDraft = list.state === 'DRAFT';

  const submit = async () => {
    setSubmitting(true);
    try {
      const result = await dataProvider.submitPriceList({ id: list.id, version: list.version });
      if (result.__typename === 'PriceListNotReady') {
        setNotReady(result);
        notify(result.message, { type: 'warning' });
      } else {
        notify('resources.priceLists.actions.submitted', { type: 'success' });
        redirect('show', 'priceLists', list.id);
      }
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Box sx={{ mt: 1, minWidth: 0 }}>
      <Title title={translate('resources.priceLists.editor.title', { project: list.project.name, number: list.number })} />
      <Card sx={{ mb: 2 }}>
        <CardContent>
          <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
            <Typography variant="h6" component="h1">
              {list.project.name} · {translate('resources.priceLists.numberLabel', { number: list.number })}
            </Typography>
            <PriceListStateChip state={list.state} />
            <Chip
              size="small"
              variant="outlined"
              label={translate('resources.priceLists.editor.labourRate', { rate: formatYuan(fen(settings.labourRateFenPerHour)) })}
            />
            <Chip
              size="small"
              variant="outlined"
              label={translate('resources.priceLists.editor.ceiling', { rate: formatBasisPoints(settings.marginCeilingBp) })}
            />
            <Box sx={{ flex: 1 }} />
            {dirty.size > 0 && (
              <Typography variant="body2" color="warning.dark">
                {translate('resources.priceLists.editor.unsaved', { count: dirty.size })}
              </Typography>
            )}
            <ShowButton record={list} resource="priceLists" />
            <ReviseButton />
            {isDraft && (
              <Button
                label="resources.priceLists.actions.submit"
                variant="contained"
                onClick={submit}
                disabled={submitting || dirty.size > 0}
                title={dirty.size > 0 ? translate('resources.priceLists.editor.saveFirst') : undefined}
              >
                <SendIcon />
              </Button>
            )}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('resources.priceLists.editor.help')}
          </Typography>
        </CardContent>
      </Card>

      {(list.state === 'REJECTED' || list.state === 'DRAFT') && list.decisionReason && (
        <Alert severity={list.state === 'REJECTED' ? 'error' : 'warning'} sx={{ mb: 2 }}>
          {translate(list.state === 'REJECTED' ? 'resources.priceLists.rejectedBecause' : 'resources.priceLists.lastRejection', {
            reason: list.decisionReason,
          })}
        </Alert>
      )}
      {!isDraft && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('resources.priceLists.editor.notDraft', { state: translate(`enums.PriceListState.${list.state}`) })}
        </Alert>
      )}
      {notReady && notReady.issues.length > 0 && <NotReadyIssues result={notReady} />}

      <Card sx={{ overflowX: 'auto' }}>
        <Table
          size="small"
          aria-label={translate('resources.priceLists.fields.entries')}
          sx={{ '& td, & th': { px: 0.75 }, '& .MuiInputBase-input': { fontSize: '0.875rem' } }}
        >
          <TableHead>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableCell key={c} sx={{ whiteSpace: 'nowrap' }}>
                  {c === 'actions' ? '' : translate(`resources.priceLists.editor.columns.${c}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {groupByCategory(entries).map(([category, rows]) => [
              <TableRow key={`category-${category}`}>
                <TableCell colSpan={COLUMNS.length} sx={{ bgcolor: 'action.hover', fontWeight: 600 }}>
                  {category} <Chip size="small" label={rows.length} sx={{ ml: 1 }} />
                </TableCell>
              </TableRow>,
              ...rows.map((entry) => (
                <EntryEditorRow
                  key={`${entry.id}:${entry.version}`}
                  entry={entry}
                  settings={settings}
                  readOnly={!isDraft}
                  submitIssues={issuesByItem.get(entry.catalogItemId)}
                  onSaved={onSaved}
                  onDirtyChange={onDirtyChange}
                  onConflict={onConflict}
                />
              )),
            ])}
          </TableBody>
        </Table>
      </Card>
    </Box>
  );
};

/** The project manager's editor of a draft: the resource's edit view, loaded with margins. */
const PriceListEditor = () => (
  <EditBase mutationMode="pessimistic" queryOptions={{ meta: { margins: true } }}>
    <EditorView />
  </EditBase>
);

export default PriceListEditor;
