import { Button, Card, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import { InspectionReportState, type InspectionReportRowFragment } from '@wuye/schema';
import { useState } from 'react';
import { DataTable, List, SelectInput, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { hasRole, useViewerRoles } from '../common/viewer-actor';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { reportKey } from '../dataProvider/resources/inspections';
import { previousMonth } from '../profitability/months';

type Row = InspectionReportRowFragment & { id: string };

const filters = [<ProjectInput key="projectId" source="projectId" alwaysOn />, <SelectInput key="state" source="state" choices={enumChoices('InspectionReportState', InspectionReportState)} alwaysOn />];

/** Open any project's month, saved or not: the API assembles a draft from the month's inspections. */
const OpenReport = () => {
  const translate = useTranslate();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const projects = useViewerProjects();
  const [picked, setPicked] = useState('');
  const [month, setMonth] = useState(previousMonth());
  const projectId = picked || projects[0]?.id || '';
  const t = (key: string) => translate(`resources.inspectionReports.${key}`);
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="subtitle1" gutterBottom>
          {t('open')}
        </Typography>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap">
          <ViewerProjectSelect label={t('project')} value={projectId} onChange={setPicked} />
          <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          <Button variant="contained" disabled={!projectId || !isMonthKey(month)} onClick={() => navigate(createPath({ resource: 'inspectionReports', id: reportKey(projectId, month), type: 'show' }))} data-testid="open-report">
            {t('openButton')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};

const Month = () => {
  const r = useRecordContext<Row>();
  const translate = useTranslate();
  if (!r) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <strong>{r.month}</strong>
      {r.late && <Chip size="small" color="error" variant="outlined" label={translate('resources.inspectionReports.late')} />}
    </Stack>
  );
};

/**
 * 检查月报: the reports written so far — for the GM, the approval inbox (submitted ones) by default —
 * and a way to open any month's report.
 */
const ReportList = () => {
  const viewer = useViewerRoles();
  const isGm = hasRole(viewer, 'GENERAL_MANAGER');
  return (
    <>
      <OpenReport />
      <List filters={filters} filterDefaultValues={isGm ? { state: InspectionReportState.Submitted } : {}} perPage={25} exporter={false} actions={false} storeKey={isGm ? 'inspectionReports.inbox' : 'inspectionReports.list'}>
        <DataTable<Row> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
          <DataTable.Col source="month" disableSort>
            <Month />
          </DataTable.Col>
          <DataTable.Col source="state" disableSort>
            <EnumField source="state" enumName="InspectionReportState" />
          </DataTable.Col>
          <DataTable.Col source="submittedAt" disableSort field={DateTimeField} />
          <DataTable.Col source="approvedAt" disableSort field={DateTimeField} />
          <DataTable.Col source="returnReason" disableSort />
        </DataTable>
      </List>
    </>
  );
};

export default ReportList;
