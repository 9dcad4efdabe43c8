import { Stack, Typography } from '@mui/material';
import { PenaltyState, type PenaltyEntryFieldsFragment } from '@wuye/schema';
import { DataTable, List, SelectInput, TextInput, TopToolbar, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { StepTimeline } from '../common/StepTimeline';
import { useHasPermission } from '../common/use-has-permission';
import { AWAITING_REVIEW } from '../dataProvider/resources/kpi';
import { EvidenceLink } from './EvidenceLink';
import { PenaltyStateChip } from './PenaltyStateChip';
import { PenaltyStepButtons } from './PenaltyStepButtons';
import { RecordEntryButtons } from './RecordEntryButtons';

type Row = PenaltyEntryFieldsFragment;

const stateChoices = [{ id: AWAITING_REVIEW, name: 'resources.penaltyEntries.awaitingReview' }, ...enumChoices('PenaltyState', PenaltyState)];

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={stateChoices} alwaysOn />,
  <TextInput key="month" source="month" type="month" alwaysOn sx={{ width: 180 }} slotProps={{ inputLabel: { shrink: true } }} />,
];

const nowrap = () => ({ whiteSpace: 'nowrap' });

const Person = () => {
  const e = useRecordContext<Row>();
  const translate = useTranslate();
  if (!e) return null;
  return (
    <Stack>
      <span>{e.user?.name}</span>
      {e.department && (
        <Typography variant="caption" color="text.secondary">
          {translate(`enums.Department.${e.department}`)}
        </Typography>
      )}
    </Stack>
  );
};

const Rule = () => {
  const e = useRecordContext<Row>();
  const translate = useTranslate();
  if (!e) return null;
  return (
    <Stack>
      <span>{translate(`enums.PenaltyRule.${e.rule}`)}</span>
      {e.needsDelayJudgement && e.state === 'PROPOSED' && (
        <Typography variant="caption" color="warning.main">
          {translate('resources.penaltyEntries.needsDelayJudgement')}
        </Typography>
      )}
    </Stack>
  );
};

const Points = () => {
  const e = useRecordContext<Row>();
  return e ? <strong>−{e.points}</strong> : null;
};

const State = () => {
  const e = useRecordContext<Row>();
  return e ? <PenaltyStateChip state={e.state} /> : null;
};

const Evidence = () => {
  const e = useRecordContext<Row>();
  return e ? <EvidenceLink type={e.evidenceType} id={e.evidenceId} /> : null;
};

const Steps = () => {
  const e = useRecordContext<Row>();
  const { refetch } = useListContext();
  return e ? <PenaltyStepButtons entry={e} onDone={() => void refetch()} /> : null;
};

/** The entry's history: who proposed, confirmed, appealed and decided, with their reasons. */
const History = () => {
  const e = useRecordContext<Row>();
  const translate = useTranslate();
  if (!e) return null;
  return (
    <StepTimeline
      steps={e.steps}
      labels="resources.penaltyEntries.timeline"
      rowKey={(s, i) => `${s.at}-${i}`}
      actionLabel={(a) => translate(`enums.PenaltyStep.${a}`, { _: a })}
      stateLabel={(s) => translate(`enums.PenaltyState.${s.toUpperCase()}`, { _: s })}
      preWrapNotes
    />
  );
};

const Actions = () => {
  const canRecord = useHasPermission('kpi.manage');
  const { refetch } = useListContext();
  return <TopToolbar>{canRecord && <RecordEntryButtons onDone={() => void refetch()} />}</TopToolbar>;
};

/**
 * 扣分审核 (README §7): proposals waiting for a judgement and appeals waiting for the project
 * manager first; every entry with its rule, points, why, evidence and history. A supervisor sees
 * their departments' entries only (the API's scope).
 */
const PenaltyList = () => (
  <List filters={filters} filterDefaultValues={{ state: AWAITING_REVIEW }} actions={<Actions />} perPage={25} exporter={false} storeKey="penaltyEntries.review">
    <DataTable<Row> bulkActionButtons={false} rowClick="expand" expand={<History />}>
      <DataTable.Col source="occurredAt" cellSx={nowrap} disableSort field={DateTimeField} />
      <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
      <DataTable.Col source="user" disableSort>
        <Person />
      </DataTable.Col>
      <DataTable.Col source="rule" disableSort>
        <Rule />
      </DataTable.Col>
      <DataTable.Col source="points" cellSx={nowrap} disableSort>
        <Points />
      </DataTable.Col>
      <DataTable.Col source="state" cellSx={nowrap} disableSort>
        <State />
      </DataTable.Col>
      <DataTable.Col source="summary" disableSort />
      <DataTable.Col source="evidenceType" cellSx={nowrap} disableSort>
        <Evidence />
      </DataTable.Col>
      <DataTable.Col source="appealClosesAt" cellSx={nowrap} disableSort field={DateTimeField} />
      <DataTable.Col source="actions" label=" " cellSx={nowrap} disableSort>
        <Steps />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default PenaltyList;
