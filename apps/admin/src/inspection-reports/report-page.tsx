import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, GlobalStyles, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { formatBasisPoints, INSPECTION_REPORT_SECTIONS, type InspectionReportSection } from '@wuye/domain';
import type { InspectionReportFieldsFragment } from '@wuye/schema';
import { useState, type ReactNode } from 'react';
import { Title, useCreatePath, useGetIdentity, useTranslate } from 'react-admin';
import { Link as RouterLink, useParams } from 'react-router-dom';
import type { Identity } from '../authProvider';
import { ActionDialog } from '../common/ActionDialog';
import { useChinaTime } from '../common/DateTimeField';
import { StepTimeline } from '../common/StepTimeline';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import { hasRole, useViewerRoles } from '../common/viewer-actor';
import { parseReportKey } from '../dataProvider/resources/inspections';
import { ClassChip } from '../findings/FindingChips';
import { useLoad } from '../profitability/use-load';
import { ParetoChart } from './ParetoChart';

type Report = InspectionReportFieldsFragment;
type Sections = Record<InspectionReportSection, string>;

const PRINT_ROOT = 'inspection-report';

/** A4 without the console around it: only the report is printed, the editing controls never. */
const printStyles = (
  <GlobalStyles
    styles={{
      '.print-only': { display: 'none' },
      '@media print': {
        '@page': { size: 'A4', margin: '15mm' },
        'body *': { visibility: 'hidden' },
        [`#${PRINT_ROOT}, #${PRINT_ROOT} *`]: { visibility: 'visible' },
        [`#${PRINT_ROOT}`]: { position: 'absolute', left: 0, top: 0, width: '100%', padding: 0 },
        '.no-print': { display: 'none !important' },
        '.print-only': { display: 'block' },
        body: { background: '#fff' },
      },
    }}
  />
);

const percent = (bp: number | null | undefined) => (bp == null ? '—' : formatBasisPoints(bp));

const Figure = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <Grid size={{ xs: 6, sm: 3 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h6" data-testid={testId}>
      {value}
    </Typography>
  </Grid>
);

const CountList = ({ title, rows, label }: { title: string; rows: ReadonlyArray<{ key: string; count: number }>; label: (key: string) => string }) => (
  <Box sx={{ minWidth: 150, flex: 1 }}>
    <Typography variant="subtitle2">{title}</Typography>
    <Table size="small">
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>{label(r.key)}</TableCell>
            <TableCell align="right">{r.count}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  </Box>
);

const toSections = (r: Report): Sections => Object.fromEntries(INSPECTION_REPORT_SECTIONS.map((s) => [s, r.sections[s] ?? ''])) as Sections;

/** The GM's decision: approve, or return with the reason the project leader will read. */
const DecisionButtons = ({ report, onDone }: { report: Report; onDone: (r: Report) => void }) => {
  const translate = useTranslate();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const approve = useApiStep();
  const back = useApiStep();
  const t = (key: string) => translate(`resources.inspectionReports.${key}`);
  return (
    <>
      <Button variant="contained" color="success" disabled={approve.busy} onClick={() => approve.run((dp) => dp.stepInspectionReport({ id: report.id!, version: report.version, action: 'APPROVE' }), { done: 'resources.inspectionReports.approved', onDone })} data-testid="approve-report">
        {t('approve')}
      </Button>
      <Button variant="outlined" color="error" onClick={() => setReturning(true)} data-testid="return-report">
        {t('return')}
      </Button>
      {approve.error && <Alert severity="error">{translate(approve.error.message, { _: approve.error.message })}</Alert>}
      <ActionDialog
        open={returning}
        title="resources.inspectionReports.returnTitle"
        onClose={() => setReturning(false)}
        onConfirm={() => back.run((dp) => dp.stepInspectionReport({ id: report.id!, version: report.version, action: 'RETURN', reason: reason.trim() }), { done: 'resources.inspectionReports.returned', onDone: (r) => (setReturning(false), onDone(r)) })}
        confirmLabel="resources.inspectionReports.return"
        canConfirm={reason.trim() !== ''}
        busy={back.busy}
        error={back.error}
      >
        <TextField label={t('returnReason')} value={reason} onChange={(e) => setReason(e.target.value)} required multiline minRows={3} />
      </ActionDialog>
    </>
  );
};

const ReportBody = ({ report, onChanged }: { report: Report; onChanged: (r: Report) => void }) => {
  const translate = useTranslate();
  const time = useChinaTime();
  const viewer = useViewerRoles();
  const canWrite = useHasPermission('inspectionReport.write');
  const isGm = hasRole(viewer, 'GENERAL_MANAGER');
  const [sections, setSections] = useState<Sections>(() => toSections(report));
  const save = useApiStep();
  const submit = useApiStep();
  const t = (key: string, args?: object) => translate(`resources.inspectionReports.${key}`, args);
  const f = report.figures;
  const editable = canWrite && report.state === 'DRAFT';
  const dirty = INSPECTION_REPORT_SECTIONS.some((s) => (report.sections[s] ?? '') !== sections[s]);
  const saveSections = () =>
    save.run((dp) => dp.saveInspectionReport({ projectId: report.projectId, month: report.month, version: report.version, sections }), { done: 'resources.inspectionReports.saved', onDone: onChanged });
  const sectionError = (s: string) => [save.error, submit.error].find((e) => e?.field === `sections.${s}`);
  return (
    <>
      {report.state === 'DRAFT' && report.returnReason && (
        <Alert severity="warning" className="no-print" sx={{ mb: 2 }} data-testid="return-reason">
          {t('returnedBecause', { reason: report.returnReason })}
        </Alert>
      )}
      <Typography variant="h6" gutterBottom>
        {t('figures')}
      </Typography>
      <Grid container spacing={2} sx={{ mb: 2 }}>
        <Figure label={t('itemsChecked')} value={f.itemsChecked} />
        <Figure label={t('passed')} value={f.passed} />
        <Figure label={t('nonconformities')} value={f.nonconformities} testId="report-nonconformities" />
        <Figure label={t('passRate')} value={percent(f.passRateBasisPoints)} />
        <Figure label={t('actionsTotal')} value={f.correctiveActions.total} />
        <Figure label={t('actionsOnTime')} value={percent(f.correctiveActions.onTimeBasisPoints)} />
        <Figure label={t('actionsOpen')} value={f.correctiveActions.open} />
        <Figure label={t('actionsOverdue')} value={f.correctiveActions.overdue} />
      </Grid>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 7 }}>
          {f.pareto.length ? <ParetoChart rows={f.pareto} title={t('pareto')} cutoffLabel={t('cutoff')} /> : <Alert severity="info">{t('noNonconformities')}</Alert>}
        </Grid>
        <Grid size={{ xs: 12, md: 5 }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('byCategory')}
          </Typography>
          <Table size="small" data-testid="pareto-table">
            <TableHead>
              <TableRow>
                <TableCell>{t('category')}</TableCell>
                <TableCell align="right">{t('count')}</TableCell>
                <TableCell align="right">{t('share')}</TableCell>
                <TableCell align="right">{t('cumulative')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {f.pareto.map((r) => (
                <TableRow key={r.category} sx={r.vital ? { '& td': { fontWeight: 600 } } : undefined}>
                  <TableCell>{r.category}</TableCell>
                  <TableCell align="right">{r.count}</TableCell>
                  <TableCell align="right">{percent(r.shareBasisPoints)}</TableCell>
                  <TableCell align="right">{percent(r.cumulativeBasisPoints)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mt: 2 }}>
            <CountList title={t('byLevel')} rows={f.inspections} label={(k) => translate(`enums.InspectionLevel.${k.toUpperCase()}`, { _: k })} />
            <CountList title={t('byArea')} rows={f.byArea} label={(k) => translate(`enums.Department.${k.toUpperCase()}`, { _: k })} />
            <CountList title={t('byClass')} rows={f.byClass} label={(k) => translate(`enums.NonconformityClassShort.${k.toUpperCase()}`, { _: k })} />
          </Stack>
        </Grid>
      </Grid>

      {f.bySubcontractor.length > 0 && (
        <Box sx={{ mt: 3, breakInside: 'avoid' }}>
          <Typography variant="subtitle1" gutterBottom>
            {t('bySubcontractor')}
          </Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{t('subcontractor')}</TableCell>
                <TableCell align="right">{t('nonconformities')}</TableCell>
                <TableCell align="right">{translate('enums.NonconformityClassShort.SERIOUS')}</TableCell>
                <TableCell align="right">{translate('enums.NonconformityClassShort.GENERAL')}</TableCell>
                <TableCell align="right">{translate('enums.NonconformityClassShort.MINOR')}</TableCell>
                <TableCell align="right">{t('actionsOpen')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {f.bySubcontractor.map((s) => (
                <TableRow key={s.subcontractorId}>
                  <TableCell>{s.name}</TableCell>
                  <TableCell align="right">{s.nonconformities}</TableCell>
                  <TableCell align="right">{s.serious}</TableCell>
                  <TableCell align="right">{s.general}</TableCell>
                  <TableCell align="right">{s.minor}</TableCell>
                  <TableCell align="right">{s.open}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}

      <Box sx={{ mt: 3 }}>
        <Typography variant="subtitle1" gutterBottom>
          {t('keyFindings')}
        </Typography>
        {report.keyFindings.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('noKeyFindings')}
          </Typography>
        ) : (
          <Table size="small" data-testid="key-findings">
            <TableBody>
              {report.keyFindings.map((k) => (
                <TableRow key={k.id}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(k.inspectedAt)}</TableCell>
                  <TableCell>
                    <ClassChip value={k.nonconformityClass} />
                  </TableCell>
                  <TableCell>
                    {k.itemTitle}：{k.description}
                  </TableCell>
                  <TableCell>{k.correctiveAction}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>

      <Stack spacing={2} sx={{ mt: 3 }} data-testid="report-sections">
        {INSPECTION_REPORT_SECTIONS.map((s) => (
          <Box key={s} sx={{ breakInside: 'avoid' }}>
            <Typography variant="subtitle1" component="h3">
              {translate(`enums.InspectionReportSection.${s}`)}
            </Typography>
            {editable ? (
              <TextField
                className="no-print"
                value={sections[s]}
                onChange={(e) => setSections((x) => ({ ...x, [s]: e.target.value }))}
                multiline
                minRows={s === 'timeAndMethod' ? 1 : 3}
                fullWidth
                error={!!sectionError(s)}
                helperText={sectionError(s) ? translate(sectionError(s)!.message, { _: sectionError(s)!.message }) : undefined}
                slotProps={{ htmlInput: { 'aria-label': translate(`enums.InspectionReportSection.${s}`), 'data-section': s } }}
              />
            ) : null}
            <Typography variant="body2" className={editable ? 'print-only' : undefined} sx={{ whiteSpace: 'pre-wrap' }} data-section-text={s}>
              {sections[s] || '—'}
            </Typography>
          </Box>
        ))}
      </Stack>

      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mt: 3 }} className="no-print">
        {editable && (
          <Button variant="outlined" onClick={saveSections} disabled={save.busy || !dirty} data-testid="save-report">
            {translate('ra.action.save')}
          </Button>
        )}
        {editable && (
          <Button
            variant="contained"
            disabled={submit.busy || dirty || !report.id}
            onClick={() => submit.run((dp) => dp.stepInspectionReport({ id: report.id!, version: report.version, action: 'SUBMIT' }), { done: 'resources.inspectionReports.submitted', onDone: onChanged })}
            data-testid="submit-report"
          >
            {t('submit')}
          </Button>
        )}
        {editable && (dirty || !report.id) && (
          <Typography variant="caption" color="text.secondary">
            {t('saveBeforeSubmit')}
          </Typography>
        )}
        {isGm && report.state === 'SUBMITTED' && report.id && <DecisionButtons report={report} onDone={onChanged} />}
        {[save.error, submit.error].map((e, i) =>
          e && !e.field?.startsWith('sections.') ? (
            <Alert key={i} severity="error" role="alert">
              {translate(e.message, { _: e.message })}
            </Alert>
          ) : null,
        )}
      </Stack>

      {report.steps.length > 0 && (
        <Box sx={{ mt: 3 }} className="no-print">
          <Typography variant="subtitle1" gutterBottom>
            {t('history')}
          </Typography>
          <StepTimeline
            steps={report.steps}
            labels="resources.inspectionReports.timeline"
            rowKey={(s, i) => `${s.at}-${i}`}
            actionLabel={(a) => translate(`enums.InspectionReportStep.${a}`, { _: a })}
            stateLabel={(s) => translate(`enums.InspectionReportState.${s.toUpperCase()}`, { _: s })}
            preWrapNotes
          />
        </Box>
      )}
    </>
  );
};

const STATE_COLOR = { DRAFT: 'default', SUBMITTED: 'warning', APPROVED: 'success' } as const;

/**
 * 检查月报 (README §7): assembled by the API from the month's inspections — figures, problems by
 * category with the Pareto chart, the key (serious) problems — with the five written sections the
 * project leader or quality edits while it is a draft, submitted to and approved (or returned) by
 * the GM, then read-only with its figures frozen. Prints on A4 without the console around it.
 */
const ReportPage = () => {
  const { id = '' } = useParams();
  const key = parseReportKey(id);
  const translate = useTranslate();
  const time = useChinaTime();
  const createPath = useCreatePath();
  const { data: identity } = useGetIdentity();
  const [saved, setSaved] = useState<Report | null>(null);
  const { data, error, loading } = useLoad(`report:${id}`, (dp) => (key ? dp.inspectionReport(key.projectId, key.month) : undefined));
  const report = saved && saved.projectId === key?.projectId && saved.month === key?.month ? saved : data;
  const projectName = (identity as Identity | undefined)?.viewer.projects.find((p) => p.id === key?.projectId)?.name ?? '';
  const t = (k: string, args?: object) => translate(`resources.inspectionReports.${k}`, args);
  const heading = t('reportTitle', { project: projectName, month: key?.month ?? '' });
  return (
    <Card sx={{ mt: 2 }}>
      {printStyles}
      <Title title={heading} />
      <CardContent id={PRINT_ROOT}>
        <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
          <Button className="no-print" component={RouterLink} to={createPath({ resource: 'inspectionReports', type: 'list' })} startIcon={<ArrowBackIcon />} size="small">
            {t('backToList')}
          </Button>
          <Typography variant="h5" component="h1" data-testid="report-title">
            {heading}
          </Typography>
          {report && <Chip size="small" color={STATE_COLOR[report.state]} label={translate(`enums.InspectionReportState.${report.state}`)} data-testid="report-state" data-state={report.state} />}
          {report?.late && <Chip size="small" color="error" variant="outlined" label={t('late')} title={t('lateHint', { due: report.weeklySummaryDueOn })} data-testid="report-late" />}
          {loading && <CircularProgress size={20} className="no-print" />}
          <Box sx={{ flex: 1 }} />
          <Button className="no-print" startIcon={<PrintIcon />} onClick={() => window.print()} data-testid="print-report">
            {t('print')}
          </Button>
        </Stack>
        {report && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 2 }}>
            {t('meta', { due: report.weeklySummaryDueOn, submitted: report.submittedAt ? time(report.submittedAt) : '—', approved: report.approvedAt ? time(report.approvedAt) : '—' })}
          </Typography>
        )}
        {!key && <Alert severity="error">{t('badKey')}</Alert>}
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {/* A fresh body after each save or step: the sections start again from what the API stored. */}
        {report && <ReportBody key={`${report.version}-${report.state}`} report={report} onChanged={setSaved} />}
      </CardContent>
    </Card>
  );
};

export default ReportPage;
