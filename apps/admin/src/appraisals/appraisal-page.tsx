import { Alert, Box, Button, Card, CardContent, Chip, CircularProgress, Grid, Stack, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import type { AppraisalDimension, BuildingFieldsFragment, HousekeeperAppraisalFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { formatHundredths } from '../common/score';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { useMonthParam } from '../kpi-dashboard/use-month-param';
import { useLoad } from '../profitability/use-load';
import { GradeChip } from './GradeChip';
import { BlockHousekeeperSelect, useHousekeepers } from './BlockHousekeeperSelect';
import { scoreInput, scoresFrom } from './appraisal-form';

type Appraisal = HousekeeperAppraisalFieldsFragment;

/** What the block's data says: follow-ups done and satisfied, complaint deadlines met. */
const Facts = ({ a }: { a: Appraisal }) => {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`resources.housekeeperAppraisals.facts.${key}`, args);
  const f = a.facts;
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
      <Typography variant="caption">{t('buildings', { count: f.buildings })}</Typography>
      <Typography variant="caption">{t('followUps', { done: f.followUpsDone, due: f.followUpsDue })}</Typography>
      <Typography variant="caption">{t('satisfied', { satisfied: f.followUpsSatisfied, rated: f.followUpsRated })}</Typography>
      <Typography variant="caption">{t('complaints', { met: f.complaintMilestonesMet, due: f.complaintMilestonesDue })}</Typography>
    </Stack>
  );
};

/** One housekeeper's month: derived dimensions as the data gives them, the manager's scored here, then made final. */
const AppraisalCard = ({ a, onSaved }: { a: Appraisal; onSaved: () => void }) => {
  const translate = useTranslate();
  const canManage = useHasPermission('appraisal.manage');
  const editable = canManage && !a.final;
  const [scores, setScores] = useState<Partial<Record<AppraisalDimension, string>>>(() => Object.fromEntries(a.dimensions.filter((d) => d.source === 'manager').map((d) => [d.dimension, scoreInput(d.scoreHundredths)])));
  const [comment, setComment] = useState(a.comment ?? '');
  const { run, busy, error } = useApiStep();
  const t = (key: string, args?: object) => translate(`resources.housekeeperAppraisals.${key}`, args);
  const parsed = scoresFrom(scores);
  const save = (finalize: boolean) =>
    run(
      (dp) =>
        dp.saveHousekeeperAppraisal({ projectId: a.projectId, userId: a.userId, month: a.month, version: a.version, scores: parsed.scores, comment: comment.trim() || undefined, finalize }),
      { done: finalize ? 'resources.housekeeperAppraisals.finalized' : 'resources.housekeeperAppraisals.saved', onDone: onSaved },
    );
  const fieldError = (d: string) => error?.field === `scores.${d.toLowerCase()}`;
  return (
    <Card variant="outlined" data-testid="appraisal" data-housekeeper={a.housekeeper?.name}>
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          <Typography variant="h6" component="h2">
            {a.housekeeper?.name}
          </Typography>
          {a.final ? <Chip size="small" color="success" label={t('final')} /> : <Chip size="small" variant="outlined" label={t('draft')} />}
          <Box sx={{ flex: 1 }} />
          <Typography variant="h5" data-testid="appraisal-total">
            {formatHundredths(a.totalHundredths)}
          </Typography>
          <GradeChip grade={a.grade} />
        </Stack>
        <Facts a={a} />
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('dimension')}</TableCell>
              <TableCell align="right">{t('weight')}</TableCell>
              <TableCell>{t('source')}</TableCell>
              <TableCell align="right">{t('score')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {a.dimensions.map((d) => (
              <TableRow key={d.dimension}>
                <TableCell>{translate(`enums.AppraisalDimension.${d.dimension}`)}</TableCell>
                <TableCell align="right">{d.weight}%</TableCell>
                <TableCell>{translate(`enums.AppraisalSource.${d.source}`, { _: d.source })}</TableCell>
                <TableCell align="right">
                  {editable && d.source === 'manager' ? (
                    <TextField
                      size="small"
                      value={scores[d.dimension] ?? ''}
                      onChange={(e) => setScores((s) => ({ ...s, [d.dimension]: e.target.value }))}
                      error={fieldError(d.dimension) || parsed.invalid.includes(d.dimension)}
                      sx={{ width: 90 }}
                      slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': `${a.housekeeper?.name ?? ''} ${translate(`enums.AppraisalDimension.${d.dimension}`)}` } }}
                      placeholder="0–100"
                    />
                  ) : (
                    formatHundredths(d.scoreHundredths)
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {editable ? (
          <TextField label={t('comment')} value={comment} onChange={(e) => setComment(e.target.value)} multiline minRows={2} fullWidth sx={{ mt: 2 }} />
        ) : (
          a.comment && (
            <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
              {a.comment}
            </Typography>
          )
        )}
        {a.missing.length > 0 && !a.final && (
          <Typography variant="caption" color="warning.main" component="p" sx={{ mt: 1 }}>
            {t('missing', { dimensions: a.missing.map((d) => translate(`enums.AppraisalDimension.${d}`)).join('、') })}
          </Typography>
        )}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {translate(error.message, { _: error.message })}
          </Alert>
        )}
        {editable && (
          <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
            <Button variant="outlined" onClick={() => save(false)} disabled={busy || parsed.invalid.length > 0} data-testid="save-appraisal">
              {translate('ra.action.save')}
            </Button>
            <Button variant="contained" onClick={() => save(true)} disabled={busy || parsed.invalid.length > 0} data-testid="finalize-appraisal">
              {t('finalize')}
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};

/** 组团: every building of the project and whose block it is in. */
const Blocks = ({ projectId }: { projectId: string }) => {
  const translate = useTranslate();
  const canAssign = useHasPermission('building.manage');
  const housekeepers = useHousekeepers(projectId);
  const { data = [], refetch } = useGetList<BuildingFieldsFragment>('buildings', { filter: { projectId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } });
  return (
    <Table size="small" data-testid="blocks">
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.housekeeperAppraisals.building')}</TableCell>
          <TableCell align="right">{translate('resources.housekeeperAppraisals.units')}</TableCell>
          <TableCell>{translate('resources.housekeeperAppraisals.housekeeper')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((b) => (
          <TableRow key={b.id}>
            <TableCell>
              {b.code} {b.name}
            </TableCell>
            <TableCell align="right">{b.unitCount}</TableCell>
            <TableCell>
              <BlockHousekeeperSelect building={b} housekeepers={housekeepers} onDone={() => void refetch()} disabled={!canAssign} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * 管家考核 (README §7): per project and month, each housekeeper's five dimensions — efficiency,
 * records and resident feedback derived from their block's data, attitude and teamwork scored by
 * the project manager — the weighted total and grade, made final once the month is over; and the
 * buildings of each housekeeper's block.
 */
const AppraisalPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const [picked, setPicked] = useState('');
  const projectId = picked || projects[0]?.id || '';
  const [month, setMonth] = useMonthParam();
  const [tab, setTab] = useState<'appraisals' | 'blocks'>('appraisals');
  const { data, error, loading, reload } = useLoad(`appraisals:${projectId}:${month}`, (dp) => (projectId ? dp.housekeeperAppraisals(projectId, month) : undefined));
  const t = (key: string) => translate(`resources.housekeeperAppraisals.${key}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.housekeeperAppraisals.name" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
          <ViewerProjectSelect label={t('project')} value={projectId} onChange={setPicked} />
          {tab === 'appraisals' && <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />}
          {loading && <CircularProgress size={20} />}
        </Stack>
        <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }}>
          <Tab value="appraisals" label={t('tabs.appraisals')} />
          <Tab value="blocks" label={t('tabs.blocks')} />
        </Tabs>
        {tab === 'blocks' ? (
          projectId && <Blocks projectId={projectId} />
        ) : (
          <>
            {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
            {data && data.length === 0 && <Alert severity="info">{t('none')}</Alert>}
            <Grid container spacing={2}>
              {(data ?? []).map((a) => (
                <Grid key={`${a.userId}-${a.version}`} size={{ xs: 12, lg: 6 }}>
                  <AppraisalCard a={a} onSaved={reload} />
                </Grid>
              ))}
            </Grid>
          </>
        )}
      </CardContent>
    </Card>
  );
};

export default AppraisalPage;
