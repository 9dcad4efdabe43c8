import { Chip, Grid, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { GetInspectionQuery } from '@wuye/schema';
import { RecordContextProvider, useCreatePath, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { useChinaTime } from '../common/DateTimeField';
import { DetailSection, DetailShow, detailItem } from '../common/DetailPage';
import { ProjectNameField } from '../common/ProjectNameField';
import { ClassChip, FindingStateChip, TimelinessChip } from '../findings/FindingChips';
import { FindingStepButtons } from '../findings/FindingStepButtons';
import { useSubcontractorNames } from '../findings/use-subcontractor-names';
import { useLoad } from '../profitability/use-load';

type Inspection = GetInspectionQuery['inspection'];

const Item = detailItem('inspections');

const Body = () => {
  const i = useRecordContext<Inspection>();
  const translate = useTranslate();
  const time = useChinaTime();
  const refresh = useRefresh();
  const createPath = useCreatePath();
  const names = useSubcontractorNames();
  const posts = useLoad(`posts-all:${i?.projectId ?? ''}`, (dp) => (i ? dp.inspectionPosts(i.projectId, true) : undefined));
  if (!i) return null;
  const t = (key: string) => translate(`resources.inspections.${key}`);
  const post = posts.data?.find((p) => p.id === i.postId);
  return (
    <>
      <Grid container spacing={2}>
        <Item label="projectId">
          <ProjectNameField source="projectId" />
        </Item>
        <Item label="level">{translate(`enums.InspectionLevel.${i.level}`)}</Item>
        <Item label="area">{translate(`enums.Department.${i.area}`)}</Item>
        <Item label="period">{i.period}</Item>
        <Item label="inspectedAt">{time(i.inspectedAt)}</Item>
        <Item label="inspector">{i.inspector?.name}</Item>
        <Item label="postId">{post?.name}</Item>
        <Item label="nonconformities">{String(i.nonconformities)}</Item>
        {i.note && (
          <Item label="note" wide>
            {i.note}
          </Item>
        )}
      </Grid>
      <DetailSection title="resources.inspections.findings" testId="inspection-findings">
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('fields.item')}</TableCell>
              <TableCell>{t('fields.result')}</TableCell>
              <TableCell>{t('fields.description')}</TableCell>
              <TableCell>{t('fields.responsible')}</TableCell>
              <TableCell>{t('fields.correctiveAction')}</TableCell>
              <TableCell>{t('fields.state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {i.findings.map((f) => (
              <RecordContextProvider key={f.id} value={f}>
                <TableRow data-testid="finding-row" data-result={f.result}>
                  <TableCell>
                    <Stack>
                      <span>{f.itemTitle}</span>
                      <Typography variant="caption" color="text.secondary">
                        {f.category}
                      </Typography>
                    </Stack>
                  </TableCell>
                  <TableCell>
                    {f.result === 'PASS' ? <Chip size="small" color="success" variant="outlined" label={translate('enums.FindingResult.PASS')} /> : <ClassChip value={f.nonconformityClass} />}
                  </TableCell>
                  <TableCell>
                    {f.description}
                    {f.photoRef && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {t('fields.photoRef')}：{f.photoRef}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{f.responsible?.name ?? (f.subcontractorId ? names.get(f.subcontractorId) : '')}</TableCell>
                  <TableCell>
                    {f.correctiveAction}
                    {f.actionDeadline && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {f.actionOwner?.name} · {f.actionDeadline}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>
                    <Stack spacing={0.5} alignItems="flex-start">
                      <FindingStateChip state={f.state} />
                      <TimelinessChip timeliness={f.timeliness} />
                    </Stack>
                  </TableCell>
                  <TableCell>{f.result === 'NONCONFORMITY' && <FindingStepButtons finding={f} onDone={refresh} />}</TableCell>
                </TableRow>
              </RecordContextProvider>
            ))}
          </TableBody>
        </Table>
        {i.nonconformities > 0 && (
          <Link component={RouterLink} to={createPath({ resource: 'inspectionFindings', type: 'list' })} variant="body2" sx={{ mt: 1, display: 'inline-block' }}>
            {t('toTracker')}
          </Link>
        )}
      </DetailSection>
    </>
  );
};

const ShowTitle = () => {
  const i = useRecordContext<Inspection>();
  const translate = useTranslate();
  return <span>{i ? translate('resources.inspections.showTitle', { level: translate(`enums.InspectionLevel.${i.level}`), period: i.period }) : ''}</span>;
};

/** 检查记录: what was checked, each item's result and every nonconformity's corrective action. */
const InspectionShow = () => (
  <DetailShow title={<ShowTitle />}>
    <Body />
  </DetailShow>
);

export default InspectionShow;
