import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, CircularProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { LossDecisionAction, LossDecisionState, type LossDecisionFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { formatChinaTime } from '../common/DateTimeField';
import { useApiStep } from '../common/use-api-step';
import { DraftPriceListLink } from '../loss-decisions/DecisionSummary';
import { csvFileName } from '../profitability/csv';
import { ExportButton } from '../profitability/ExportButton';
import { projectName, useViewerProjects } from '../profitability/filters';
import { useLoad } from '../profitability/use-load';

type Deciding = { decision: LossDecisionFieldsFragment; action: LossDecisionAction; item: string; project: string };

/** 批准 or 驳回 a proposed discontinuation; a rejection needs its reason. */
const DecideDialog = ({ deciding, onClose, onDone }: { deciding: Deciding; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const [note, setNote] = useState('');
  const { run, busy, error } = useApiStep();
  const approve = deciding.action === LossDecisionAction.Approve;
  const key = approve ? 'approveDialog' : 'rejectDialog';
  const t = (k: string) => translate(`resources.pnlOverview.${key}.${k}`);
  const confirm = () =>
    void run((dp) => dp.decideLossDecision({ id: deciding.decision.id, version: deciding.decision.version, action: deciding.action, reason: note.trim() || null }), {
      done: approve ? 'resources.pnlOverview.approved' : 'resources.pnlOverview.rejected',
      doneArgs: { item: deciding.item },
      onDone: () => {
        onClose();
        onDone();
      },
    });
  return (
    <ActionDialog
      title={`resources.pnlOverview.${key}.title`}
      titleArgs={{ item: deciding.item, project: deciding.project }}
      open
      onClose={onClose}
      onConfirm={confirm}
      confirmLabel={approve ? 'resources.pnlOverview.approve' : 'resources.pnlOverview.reject'}
      canConfirm={approve || note.trim() !== ''}
      busy={busy}
      error={error}
    >
      <Typography variant="body2">{translate('resources.pnlOverview.pmReason', { reason: deciding.decision.reason })}</Typography>
      {approve && <Alert severity="warning">{t('hint')}</Alert>}
      <TextField
        label={t(approve ? 'note' : 'reason')}
        helperText={approve ? undefined : t('hint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        required={!approve}
        multiline
        minRows={2}
        fullWidth
        autoFocus
        slotProps={{ htmlInput: { maxLength: 1000 } }}
      />
    </ActionDialog>
  );
};

/**
 * The GM's inbox of proposed decisions: discontinuations are approved or rejected here; a price
 * rise is decided where prices are, in the price list approval (审批), so it links there.
 */
export const PendingDecisions = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const projects = useViewerProjects();
  const [round, setRound] = useState(0);
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const loaded = useLoad(`pending|${round}`, (dp) =>
    Promise.all([dp.lossDecisions({ states: [LossDecisionState.Proposed] }), dp.catalogItemNames()]).then(([page, names]) => ({ page, names })),
  );
  const items = loaded.data?.page.items ?? [];
  const item = (d: LossDecisionFieldsFragment) => loaded.data?.names.get(d.catalogItemId)?.name ?? '';
  const project = (d: LossDecisionFieldsFragment) => projectName(projects, d.projectId);
  const col = (k: string) => translate(`resources.pnlOverview.pendingColumns.${k}`);
  return (
    <Box data-testid="pending-decisions">
      <Stack direction="row" alignItems="center" justifyContent="space-between">
        <Typography variant="h6">{translate('resources.pnlOverview.pending')}</Typography>
        <ExportButton
          rows={items}
          fileName={csvFileName(translate('resources.pnlOverview.pendingFile'))}
          columns={[
            { header: col('project'), value: project },
            { header: col('itemName'), value: item },
            { header: col('month'), value: (d) => d.month },
            { header: col('kind'), value: (d) => translate(`enums.LossDecisionKind.${d.kind}`) },
            { header: col('reason'), value: (d) => d.reason },
            { header: col('createdAt'), value: (d) => formatChinaTime(d.createdAt, locale) },
          ]}
        />
      </Stack>
      {loaded.loading && <CircularProgress size={24} />}
      {loaded.error && <Alert severity="error">{translate(loaded.error, { _: loaded.error })}</Alert>}
      {!loaded.loading && !loaded.error && items.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.pnlOverview.pendingEmpty')}
        </Typography>
      )}
      {items.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              {['project', 'itemName', 'month', 'kind', 'reason', 'createdAt'].map((k) => (
                <TableCell key={k}>{col(k)}</TableCell>
              ))}
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((d) => (
              <TableRow key={d.id} data-testid="pending-decision" data-kind={d.kind}>
                <TableCell>{project(d)}</TableCell>
                <TableCell>{item(d)}</TableCell>
                <TableCell>{d.month}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{translate(`enums.LossDecisionKind.${d.kind}`)}</TableCell>
                <TableCell sx={{ maxWidth: 320 }}>{d.reason}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatChinaTime(d.createdAt, locale)}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {d.kind === 'DISCONTINUE' ? (
                    <Stack direction="row" spacing={1}>
                      <Button
                        size="small"
                        variant="contained"
                        color="success"
                        startIcon={<CheckIcon />}
                        onClick={() => setDeciding({ decision: d, action: LossDecisionAction.Approve, item: item(d), project: project(d) })}
                      >
                        {translate('resources.pnlOverview.approve')}
                      </Button>
                      <Button
                        size="small"
                        color="error"
                        startIcon={<CloseIcon />}
                        onClick={() => setDeciding({ decision: d, action: LossDecisionAction.Reject, item: item(d), project: project(d) })}
                      >
                        {translate('resources.pnlOverview.reject')}
                      </Button>
                    </Stack>
                  ) : d.kind === 'RAISE_PRICE' && d.priceListId ? (
                    <DraftPriceListLink priceListId={d.priceListId} label="resources.pnlOverview.viaPriceList" />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {deciding && <DecideDialog deciding={deciding} onClose={() => setDeciding(null)} onDone={() => setRound((n) => n + 1)} />}
    </Box>
  );
};
