import { Alert, Card, CardContent, Chip, CircularProgress, Grid, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useChinaTime } from '../common/DateTimeField';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { useLoad } from '../profitability/use-load';

/**
 * 检查计划 (README §7): where the three-level plan stands in a project — every post's daily
 * coverage (visited within 3 working days, or overdue) and the weeks, months and half years of the
 * last year that had no inspection of their level. The API works both out.
 */
const PlanPage = () => {
  const translate = useTranslate();
  const time = useChinaTime();
  const projects = useViewerProjects();
  const [picked, setPicked] = useState('');
  const projectId = picked || projects[0]?.id || '';
  const { data, error, loading } = useLoad(`plan:${projectId}`, (dp) => (projectId ? dp.inspectionPlan(projectId) : undefined));
  const t = (key: string, args?: object) => translate(`resources.inspectionPlan.${key}`, args);
  const overdue = data?.posts.filter((p) => p.status === 'overdue').length ?? 0;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.inspectionPlan.name" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
          <ViewerProjectSelect label={t('project')} value={projectId} onChange={setPicked} />
          {loading && <CircularProgress size={20} />}
          {data && (
            <Typography variant="caption" color="text.secondary">
              {t('asOf', { time: time(data.asOf) })}
            </Typography>
          )}
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && (
          <Grid container spacing={3}>
            <Grid size={{ xs: 12, md: 7 }}>
              <Typography variant="h6" gutterBottom>
                {t('coverage', { overdue, total: data.posts.length })}
              </Typography>
              <Table size="small" data-testid="post-coverage">
                <TableHead>
                  <TableRow>
                    <TableCell>{t('post')}</TableCell>
                    <TableCell>{t('area')}</TableCell>
                    <TableCell>{t('lastVisitedOn')}</TableCell>
                    <TableCell>{t('dueBy')}</TableCell>
                    <TableCell>{t('status')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data.posts.map((p) => (
                    <TableRow key={p.postId} data-status={p.status}>
                      <TableCell>{p.postName}</TableCell>
                      <TableCell>{translate(`enums.Department.${p.area}`)}</TableCell>
                      <TableCell>{p.lastVisitedOn ?? t('never')}</TableCell>
                      <TableCell>{time(p.dueBy)}</TableCell>
                      <TableCell>
                        <Chip size="small" color={p.status === 'overdue' ? 'error' : 'success'} variant={p.status === 'overdue' ? 'filled' : 'outlined'} label={translate(`enums.PostCoverage.${p.status}`, { _: p.status })} />
                      </TableCell>
                    </TableRow>
                  ))}
                  {data.posts.length === 0 && (
                    <TableRow>
                      <TableCell colSpan={5}>{t('noPosts')}</TableCell>
                    </TableRow>
                  )}
                </TableBody>
              </Table>
            </Grid>
            <Grid size={{ xs: 12, md: 5 }}>
              <Typography variant="h6" gutterBottom>
                {t('missed', { count: data.missed.length })}
              </Typography>
              {data.missed.length === 0 ? (
                <Alert severity="success">{t('noneMissed')}</Alert>
              ) : (
                <Table size="small" data-testid="missed-inspections">
                  <TableHead>
                    <TableRow>
                      <TableCell>{t('level')}</TableCell>
                      <TableCell>{t('area')}</TableCell>
                      <TableCell>{t('period')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.missed.map((m) => (
                      <TableRow key={`${m.level}-${m.area ?? ''}-${m.period}`}>
                        <TableCell>{translate(`enums.InspectionLevel.${m.level}`)}</TableCell>
                        <TableCell>{m.area ? translate(`enums.Department.${m.area}`) : '—'}</TableCell>
                        <TableCell>
                          {m.period}
                          <Typography variant="caption" color="text.secondary" component="div">
                            {m.firstDay} – {m.lastDay}
                          </Typography>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              )}
            </Grid>
          </Grid>
        )}
      </CardContent>
    </Card>
  );
};

export default PlanPage;
