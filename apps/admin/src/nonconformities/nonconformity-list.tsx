import { Chip, Link, Stack } from '@mui/material';
import type { NonconformityRowFragment } from '@wuye/schema';
import { BooleanInput, DataTable, List, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { DateTimeField } from '../common/DateTimeField';
import { PlaceField } from '../complaints/PlaceField';
import { ProjectInput } from '../common/reference-inputs';
import { CloseNonconformityButton } from './CloseNonconformityButton';

type Row = NonconformityRowFragment;

const filters = [<ProjectInput key="projectId" source="projectId" alwaysOn />, <BooleanInput key="open" source="open" alwaysOn />];

/** The complaints and orders that make the repeat, each a link. */
const Records = () => {
  const n = useRecordContext<Row>();
  const createPath = useCreatePath();
  if (!n) return null;
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {n.records.map((r) => (
        <Link key={r.id} component={RouterLink} to={createPath({ resource: r.kind === 'Complaint' ? 'complaints' : 'serviceOrders', id: r.id, type: 'show' })} variant="body2">
          {r.label}
        </Link>
      ))}
    </Stack>
  );
};

const State = () => {
  const n = useRecordContext<Row>();
  const translate = useTranslate();
  if (!n) return null;
  return <Chip size="small" color={n.state === 'open' ? 'warning' : 'default'} variant={n.state === 'open' ? 'filled' : 'outlined'} label={translate(`enums.NonconformityState.${n.state}`, { _: n.state })} />;
};

const Source = () => {
  const n = useRecordContext<Row>();
  const translate = useTranslate();
  return n ? <span>{translate(`enums.NonconformitySource.${n.source}`, { _: n.source })}</span> : null;
};

/** 不合格记录: newest first; open ones are closed with the corrective and preventive action. */
const NonconformityList = () => (
  <List filters={filters} filterDefaultValues={{ open: true }} perPage={25} exporter={false} actions={false}>
    <DataTable<Row> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
      <DataTable.Col source="unit" label="resources.nonconformities.fields.unit" disableSort>
        <PlaceField />
      </DataTable.Col>
      <DataTable.Col source="source" disableSort>
        <Source />
      </DataTable.Col>
      <DataTable.Col source="summary" disableSort />
      <DataTable.Col source="records" disableSort>
        <Records />
      </DataTable.Col>
      <DataTable.Col source="state" disableSort>
        <State />
      </DataTable.Col>
      <DataTable.Col source="correctiveAction" disableSort />
      <DataTable.Col source="closedAt" disableSort field={DateTimeField} />
      <DataTable.Col source="actions" label=" " disableSort>
        <CloseNonconformityButton />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default NonconformityList;
