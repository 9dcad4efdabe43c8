import { Alert, Chip, Stack } from '@mui/material';
import { formatBasisPoints } from '@wuye/domain';
import { SurveyState, type ListSatisfactionSurveysQuery } from '@wuye/schema';
import { CreateButton, DataTable, List, SelectInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { useViewerProjects } from '../common/ViewerProjectSelect';
import { useLoad } from '../profitability/use-load';

type Row = ListSatisfactionSurveysQuery['satisfactionSurveys']['items'][number];

const filters = [<ProjectInput key="projectId" source="projectId" alwaysOn />, <SelectInput key="state" source="state" choices={enumChoices('SurveyState', SurveyState)} alwaysOn />];

const percent = (bp: number | null | undefined) => (bp == null ? '—' : formatBasisPoints(bp));

const Rates = () => {
  const s = useRecordContext<Row>();
  const translate = useTranslate();
  if (!s) return null;
  return (
    <span>
      {translate('resources.satisfactionSurveys.rates', { returned: s.returned, distributed: s.distributed, response: percent(s.results.responseRateBasisPoints), overall: percent(s.results.overall.rateBasisPoints) })}
    </span>
  );
};

const Dates = () => {
  const s = useRecordContext<Row>();
  return s ? <span style={{ whiteSpace: 'nowrap' }}>{`${s.opensOn} – ${s.closesOn}`}</span> : null;
};

/** Whether each of the viewer's projects held its survey this period (at least yearly, README §7). */
const PeriodStatus = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const { data } = useLoad(`survey-periods:${projects.map((p) => p.id).join(',')}`, (dp) =>
    projects.length ? Promise.all(projects.map((p) => dp.surveyPeriodStatus(p.id).then((status) => ({ project: p, status })))) : undefined,
  );
  if (!data?.length) return null;
  const t = (key: string, args?: object) => translate(`resources.satisfactionSurveys.period.${key}`, args);
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mt: 2 }} data-testid="survey-period-status">
      {data.map(({ project, status }) => (
        <Chip
          key={project.id}
          color={status.surveyed ? 'success' : 'warning'}
          variant={status.surveyed ? 'outlined' : 'filled'}
          label={status.surveyed ? t('done', { project: project.name, period: status.period }) : t('due', { project: project.name, period: status.period, dueBy: status.dueBy })}
          title={t(status.previousSurveyed ? 'previousDone' : 'previousMissed', { period: status.previousPeriod })}
        />
      ))}
    </Stack>
  );
};

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** 满意度调查: each project's surveys, newest first, with returns and rates; whether this period's is held. */
const SurveyList = () => {
  const translate = useTranslate();
  return (
    <>
      <PeriodStatus />
      <List filters={filters} actions={<Actions />} perPage={25} exporter={false} empty={<Alert severity="info" sx={{ mt: 2 }}>{translate('resources.satisfactionSurveys.empty')}</Alert>}>
        <DataTable<Row> bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="period" disableSort />
          <DataTable.Col source="state" disableSort>
            <EnumField source="state" enumName="SurveyState" />
          </DataTable.Col>
          <DataTable.Col source="opensOn" disableSort>
            <Dates />
          </DataTable.Col>
          <DataTable.Col source="returned" disableSort>
            <Rates />
          </DataTable.Col>
        </DataTable>
      </List>
    </>
  );
};

export default SurveyList;
