import { Chip, Link, Stack, Typography } from '@mui/material';
import { FollowUpState, PhoneSubject, type FollowUpRowFragment } from '@wuye/schema';
import { BooleanInput, DataTable, List, SelectInput, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { PlaceField } from '../complaints/PlaceField';
import { ProjectInput } from '../common/reference-inputs';
import { RecordFollowUpButton } from './RecordFollowUpButton';
import { PhoneText } from '../common/PhoneText';

type Row = FollowUpRowFragment;

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('FollowUpState', FollowUpState)} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

const nowrap = () => ({ whiteSpace: 'nowrap' });

/** The visited order or complaint, as a link to it. */
const Subject = () => {
  const fu = useRecordContext<Row>();
  const createPath = useCreatePath();
  if (!fu) return null;
  const resource = fu.subjectKind === 'Complaint' ? 'complaints' : 'serviceOrders';
  return (
    <Link component={RouterLink} to={createPath({ resource, id: fu.subjectId, type: 'show' })} onClick={(e) => e.stopPropagation()} variant="body2" data-testid="follow-up-subject">
      {fu.subjectLabel}
    </Link>
  );
};

/** 已逾期 in red; a visit not chosen by the sample says so. */
const Flags = () => {
  const fu = useRecordContext<Row>();
  const translate = useTranslate();
  if (!fu) return null;
  return (
    <Stack direction="row" spacing={0.5}>
      {fu.overdue && <Chip size="small" color="error" label={translate('resources.followUps.overdueFlag')} data-testid="overdue-flag" />}
      {fu.state === 'NOT_SAMPLED' && <Chip size="small" variant="outlined" label={translate('enums.FollowUpState.NOT_SAMPLED')} />}
      {fu.state === 'VISITED' && <Chip size="small" color="success" variant="outlined" label={translate('enums.FollowUpState.VISITED')} />}
    </Stack>
  );
};

/** Who to call: the name over the phone number. */
const Contact = () => {
  const fu = useRecordContext<Row>();
  if (!fu) return null;
  return (
    <Stack>
      <span>{fu.contactName}</span>
      <Typography component="span" variant="caption" color="text.secondary">
        <PhoneText phone={fu.contactPhone} subject={PhoneSubject.FollowUp} id={fu.id} />
      </Typography>
    </Stack>
  );
};

const Visitor = () => {
  const fu = useRecordContext<Row>();
  const translate = useTranslate();
  return fu ? <span>{translate(`enums.FollowUpVisitor.${fu.visitor}`, { _: fu.visitor })}</span> : null;
};

const Department = () => {
  const fu = useRecordContext<Row>();
  const translate = useTranslate();
  return fu?.department ? <span>{translate(`enums.Department.${fu.department.toUpperCase()}`, { _: fu.department })}</span> : null;
};

const OpenedComplaint = () => {
  const fu = useRecordContext<Row>();
  const createPath = useCreatePath();
  const translate = useTranslate();
  if (!fu?.openedComplaintId) return null;
  return (
    <Link component={RouterLink} to={createPath({ resource: 'complaints', id: fu.openedComplaintId, type: 'show' })} onClick={(e) => e.stopPropagation()} variant="body2">
      {translate('resources.followUps.openedComplaint')}
    </Link>
  );
};

/**
 * 回访工作表 (README §5): planned visits due soonest first, overdue ones flagged; visited and
 * not-sampled ones behind the state filter (the sample is reproducible: bucket below the rate).
 */
const FollowUpList = () => (
  <List filters={filters} filterDefaultValues={{ state: FollowUpState.Planned }} perPage={25} exporter={false} sort={{ field: 'dueAt', order: 'ASC' }} storeKey="followUps.worklist" actions={false}>
    <DataTable<Row> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="subjectLabel" cellSx={nowrap} disableSort>
        <Subject />
      </DataTable.Col>
      <DataTable.Col source="subject" cellSx={nowrap} disableSort>
        <EnumField source="subject" enumName="FollowUpSubject" />
      </DataTable.Col>
      <DataTable.Col source="unit" label="resources.followUps.fields.unit" disableSort>
        <PlaceField />
      </DataTable.Col>
      <DataTable.Col source="contactName" cellSx={nowrap} disableSort>
        <Contact />
      </DataTable.Col>
      <DataTable.Col source="department" disableSort>
        <Department />
      </DataTable.Col>
      <DataTable.Col source="visitor" disableSort>
        <Visitor />
      </DataTable.Col>
      <DataTable.Col source="dueAt" cellSx={nowrap} disableSort field={DateTimeField} />
      <DataTable.Col source="flags" cellSx={nowrap} label="resources.followUps.fields.flags" disableSort>
        <Flags />
      </DataTable.Col>
      <DataTable.Col source="satisfaction" disableSort>
        <Stack>
          <EnumField source="satisfaction" enumName="FollowUpRating" />
          <OpenedComplaint />
        </Stack>
      </DataTable.Col>
      <DataTable.Col source="actions" cellSx={nowrap} label=" " disableSort>
        <RecordFollowUpButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default FollowUpList;
