import { Alert, Box, Card, CardContent, Chip, CircularProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import type { MyScorecardQuery, StaffScoreFieldsFragment } from '@wuye/schema';
import type { ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { GradeChip } from '../appraisals/GradeChip';
import { formatHundredths } from '../common/score';
import { useChinaTime } from '../common/DateTimeField';
import { useViewerProjects } from '../common/ViewerProjectSelect';
import { useMonthParam } from '../kpi-dashboard/use-month-param';
import { EvidenceLink } from '../penalties/EvidenceLink';
import { PenaltyStateChip } from '../penalties/PenaltyStateChip';
import { currentMonth } from '../profitability/months';
import { useLoad } from '../profitability/use-load';
import { AppealButton } from './AppealButton';

type Scorecard = MyScorecardQuery['myScorecard'];

const Figure = ({ label, value, testId, emphasis }: { label: string; value: ReactNode; testId: string; emphasis?: boolean }) => (
  <Box sx={{ minWidth: 96 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant={emphasis ? 'h4' : 'h6'} data-testid={testId}>
      {value}
    </Typography>
  </Box>
);

/** One project's month: the score and how it was reached. */
export const ScoreBreakdown = ({ score, projectName }: { score: StaffScoreFieldsFragment; projectName?: string }) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.myScorecard.${key}`);
  return (
    <Card variant="outlined" data-testid="score-breakdown">
      <CardContent>
        <Stack direction="row" spacing={1} alignItems="center" sx={{ mb: 1 }}>
          {projectName && <Typography variant="subtitle1">{projectName}</Typography>}
          {score.department && <Chip size="small" variant="outlined" label={translate(`enums.Department.${score.department}`)} />}
          {score.provisional && <Chip size="small" color="warning" label={t('provisional')} title={t('provisionalHint')} />}
        </Stack>
        <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap" alignItems="flex-end">
          <Figure label={t('score')} value={score.score} testId="my-score" emphasis />
          <Figure label={t('base')} value={score.base} testId="my-base" />
          <Figure label={t('deducted')} value={score.deducted ? `−${score.deducted}` : 0} testId="my-deducted" />
          <Figure label={t('commended')} value={score.commended ? `+${score.commended}` : 0} testId="my-commended" />
          <Figure label={t('pending')} value={score.pending} testId="my-pending" />
          <Figure label={t('underAppeal')} value={score.underAppeal} testId="my-under-appeal" />
        </Stack>
      </CardContent>
    </Card>
  );
};

const Entries = ({ card, onChanged }: { card: Scorecard; onChanged: () => void }) => {
  const translate = useTranslate();
  const time = useChinaTime();
  const t = (key: string) => translate(`resources.myScorecard.${key}`);
  if (!card.entries.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {t('noEntries')}
      </Typography>
    );
  }
  return (
    <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
      <Table size="small" data-testid="my-entries">
        <TableHead>
          <TableRow>
            <TableCell>{t('occurredAt')}</TableCell>
            <TableCell>{t('rule')}</TableCell>
            <TableCell align="right">{t('points')}</TableCell>
            <TableCell>{t('state')}</TableCell>
            <TableCell>{t('why')}</TableCell>
            <TableCell>{t('evidence')}</TableCell>
            <TableCell>{t('appealClosesAt')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {card.entries.map((e) => {
            const decision = [...e.steps].reverse().find((s) => s.action === 'uphold' || s.action === 'overturn' || s.action === 'dismiss');
            return (
              <TableRow key={e.id} data-testid="my-entry" data-entry={e.id} data-state={e.state}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(e.occurredAt)}</TableCell>
                <TableCell>{translate(`enums.PenaltyRule.${e.rule}`)}</TableCell>
                <TableCell align="right">
                  <strong>−{e.points}</strong>
                </TableCell>
                <TableCell>
                  <PenaltyStateChip state={e.state} />
                </TableCell>
                <TableCell sx={{ maxWidth: 360 }}>
                  {e.summary}
                  {decision?.note && (
                    <Typography variant="caption" color="text.secondary" component="div" data-testid="decision-note">
                      {translate(`enums.PenaltyStep.${decision.action}`)}：{decision.note}（{decision.actorName}）
                    </Typography>
                  )}
                </TableCell>
                <TableCell>
                  <EvidenceLink type={e.evidenceType} id={e.evidenceId} />
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.appealClosesAt ? time(e.appealClosesAt) : ''}</TableCell>
                <TableCell>
                  <AppealButton entry={e} onDone={onChanged} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
};

/** The viewer's final housekeeper appraisals, one row a month: each dimension, the total and the grade. */
const MyAppraisals = () => {
  const translate = useTranslate();
  const { data } = useLoad('my-appraisals', (dp) => dp.myAppraisals());
  if (!data?.length) return null;
  const dimensions = data[0]!.dimensions.map((d) => d.dimension);
  return (
    <Box sx={{ mt: 4 }} component="section" aria-label={translate('resources.myScorecard.appraisals')}>
      <Typography variant="h6" gutterBottom>
        {translate('resources.myScorecard.appraisals')}
      </Typography>
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <Table size="small" data-testid="my-appraisals">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.myScorecard.month')}</TableCell>
              {dimensions.map((d) => (
                <TableCell key={d} align="right">
                  {translate(`enums.AppraisalDimension.${d}`)}
                </TableCell>
              ))}
              <TableCell align="right">{translate('resources.housekeeperAppraisals.total')}</TableCell>
              <TableCell>{translate('resources.housekeeperAppraisals.comment')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((a) => (
              <TableRow key={`${a.projectId}-${a.month}`} data-testid="my-appraisal">
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.month}</TableCell>
                {dimensions.map((d) => (
                  <TableCell key={d} align="right">
                    {formatHundredths(a.dimensions.find((x) => x.dimension === d)?.scoreHundredths)}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <strong>{formatHundredths(a.totalHundredths)}</strong> <GradeChip grade={a.grade} />
                </TableCell>
                <TableCell>{a.comment}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};

/**
 * 我的考核 (README §7): the viewer's month — score and breakdown, every entry with its rule, why,
 * evidence and appeal window, an appeal while the API says it is open — their commendations, and
 * their final housekeeper appraisals if any.
 */
const ScorecardPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const [month, setMonth] = useMonthParam(() => currentMonth());
  const { data, error, loading, reload } = useLoad(`scorecard:${month}`, (dp) => dp.myScorecard(month));
  const t = (key: string) => translate(`resources.myScorecard.${key}`);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.myScorecard.name" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'scorecard-month' } }} />
          {loading && <CircularProgress size={20} />}
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && (
          <>
            <Stack spacing={2}>
              {/* The API's score rows do not name their project; with one project it is that one. */}
              {data.scores.map((s, i) => (
                <ScoreBreakdown key={i} score={s} projectName={projects.length === 1 ? projects[0]!.name : undefined} />
              ))}
            </Stack>
            <Typography variant="h6" sx={{ mt: 3 }} gutterBottom>
              {t('entries')}
            </Typography>
            <Entries card={data} onChanged={reload} />
            {data.commendations.length > 0 && (
              <>
                <Typography variant="h6" sx={{ mt: 3 }} gutterBottom>
                  {t('commendations')}
                </Typography>
                <Table size="small" data-testid="my-commendations">
                  <TableBody>
                    {data.commendations.map((c) => (
                      <TableRow key={c.id}>
                        <TableCell>{translate(`enums.CommendationKind.${c.kind}`)}</TableCell>
                        <TableCell align="right">
                          <strong>+{c.points}</strong>
                        </TableCell>
                        <TableCell>{c.note}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </>
            )}
          </>
        )}
        <MyAppraisals />
      </CardContent>
    </Card>
  );
};

export default ScorecardPage;
