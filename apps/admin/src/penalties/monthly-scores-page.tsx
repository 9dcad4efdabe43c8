import { Alert, Box, Card, CardContent, Chip, CircularProgress, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { formatHundredths } from '../common/score';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { useMonthParam } from '../kpi-dashboard/use-month-param';
import { currentMonth } from '../profitability/months';
import { useLoad } from '../profitability/use-load';

/**
 * 考核得分 (README §7): every staff member's month in a project — the base less counted points plus
 * commendations, what is still pending or under appeal — with department and project averages. A
 * supervisor sees their departments only (the API's scope). Names come from the staff list: the
 * score rows carry the person's id only.
 */
const MonthlyScoresPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const [month, setMonth] = useMonthParam(() => currentMonth());
  const [picked, setProjectId] = useState('');
  const projectId = picked || projects[0]?.id || '';
  const t = (key: string, args?: object) => translate(`resources.monthlyScores.${key}`, args);
  const { data, error, loading } = useLoad(`scores:${projectId}:${month}`, (dp) =>
    projectId ? Promise.all([dp.monthlyScores(projectId, month), dp.staffOf(projectId)]).then(([scores, staff]) => ({ scores, names: new Map(staff.map((s) => [s.id, s.name])) })) : undefined,
  );
  const department = (d: string | null | undefined) => (d ? translate(`enums.Department.${d}`) : t('noDepartment'));
  const rows = data ? [...data.scores.scores].sort((a, b) => a.score - b.score || (data.names.get(a.userId) ?? '').localeCompare(data.names.get(b.userId) ?? '', 'zh-CN')) : [];
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.monthlyScores.name" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
          <ViewerProjectSelect label={t('project')} value={projectId} onChange={setProjectId} />
          <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          {loading && <CircularProgress size={20} />}
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, lg: 8 }}>
              <Table size="small" data-testid="monthly-scores">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('person')}</TableCell>
                    <TableCell>{t('department')}</TableCell>
                    <TableCell align="right">{t('base')}</TableCell>
                    <TableCell align="right">{t('deducted')}</TableCell>
                    <TableCell align="right">{t('commended')}</TableCell>
                    <TableCell align="right">{t('score')}</TableCell>
                    <TableCell align="right">{t('pending')}</TableCell>
                    <TableCell align="right">{t('underAppeal')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((s) => (
                    <TableRow key={s.userId} data-testid="score-row">
                      <TableCell>{data.names.get(s.userId) ?? s.userId.slice(0, 8)}</TableCell>
                      <TableCell>{department(s.department)}</TableCell>
                      <TableCell align="right">{s.base}</TableCell>
                      <TableCell align="right">{s.deducted ? `−${s.deducted}` : 0}</TableCell>
                      <TableCell align="right">{s.commended ? `+${s.commended}` : 0}</TableCell>
                      <TableCell align="right">
                        <Stack direction="row" spacing={0.5} justifyContent="flex-end" alignItems="center">
                          <strong>{s.score}</strong>
                          {s.provisional && <Chip size="small" variant="outlined" label={t('provisional')} />}
                        </Stack>
                      </TableCell>
                      <TableCell align="right">{s.pending || ''}</TableCell>
                      <TableCell align="right">{s.underAppeal || ''}</TableCell>
                    </TableRow>
                  ))}
                  {rows.length === 0 && (
                    <TableRow>
                      <TableCell colSpan={8}>
                        <Typography variant="body2" color="text.secondary">
                          {t('none')}
                        </Typography>
                      </TableCell>
                    </TableRow>
                  )}
                </TableBody>
              </Table>
            </Grid>
            <Grid size={{ xs: 12, lg: 4 }}>
              <Typography variant="subtitle1" gutterBottom>
                {t('averages')}
              </Typography>
              <Table size="small" data-testid="score-averages">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('department')}</TableCell>
                    <TableCell align="right">{t('staff')}</TableCell>
                    <TableCell align="right">{t('average')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.scores.byDepartment.map((d) => (
                    <TableRow key={d.department ?? 'none'}>
                      <TableCell>{department(d.department)}</TableCell>
                      <TableCell align="right">{d.staff}</TableCell>
                      <TableCell align="right">{formatHundredths(d.averageHundredths)}</TableCell>
                    </TableRow>
                  ))}
                  {data.scores.project && (
                    <TableRow>
                      <TableCell>
                        <strong>{t('wholeProject')}</strong>
                      </TableCell>
                      <TableCell align="right">{data.scores.project.staff}</TableCell>
                      <TableCell align="right" data-testid="project-average">
                        <strong>{formatHundredths(data.scores.project.averageHundredths)}</strong>
                      </TableCell>
                    </TableRow>
                  )}
                </TableBody>
              </Table>
              {!data.scores.project && (
                <Box sx={{ mt: 1 }}>
                  <Typography variant="caption" color="text.secondary">
                    {t('departmentsOnly')}
                  </Typography>
                </Box>
              )}
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
};

export default MonthlyScoresPage;
