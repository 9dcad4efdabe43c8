import AddIcon from '@mui/icons-material/Add';
import { Chip } from '@mui/material';
import { Department, InspectionLevel, type InspectionRowFragment } from '@wuye/schema';
import { Button, DataTable, List, SelectInput, TextInput, TopToolbar, useCanAccess, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';

type Row = InspectionRowFragment;

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="level" source="level" choices={enumChoices('InspectionLevel', InspectionLevel)} alwaysOn />,
  <SelectInput key="area" source="area" choices={enumChoices('Department', Department)} alwaysOn />,
  <TextInput key="month" source="month" type="month" alwaysOn sx={{ width: 180 }} slotProps={{ inputLabel: { shrink: true } }} />,
];

const nowrap = () => ({ whiteSpace: 'nowrap' });

const Nonconformities = () => {
  const i = useRecordContext<Row>();
  if (!i) return null;
  return <Chip size="small" color={i.nonconformities ? 'error' : 'success'} variant={i.nonconformities ? 'filled' : 'outlined'} label={i.nonconformities} />;
};

const Inspector = () => {
  const i = useRecordContext<Row>();
  return i ? <span>{i.inspector?.name}</span> : null;
};

/** 新增检查: the phone-sized form (a link rather than react-admin's CreateButton, which is icon-only on phones). */
const Actions = () => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ resource: 'inspections', action: 'create' });
  return (
    <TopToolbar>
      {canAccess && (
        <Button to={createPath({ resource: 'inspections', type: 'create' })} label={translate('resources.inspections.record')} data-testid="new-inspection">
          <AddIcon />
        </Button>
      )}
    </TopToolbar>
  );
};

/** 检查记录: every inspection at every level, newest first, with its count of nonconformities. */
const InspectionList = () => (
  <List filters={filters} actions={<Actions />} perPage={25} exporter={false} storeKey="inspections.list">
    <DataTable<Row> bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="inspectedAt" cellSx={nowrap} disableSort field={DateTimeField} />
      <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
      <DataTable.Col source="level" disableSort>
        <EnumField source="level" enumName="InspectionLevel" />
      </DataTable.Col>
      <DataTable.Col source="area" disableSort>
        <EnumField source="area" enumName="Department" />
      </DataTable.Col>
      <DataTable.Col source="period" cellSx={nowrap} disableSort />
      <DataTable.Col source="inspector" disableSort>
        <Inspector />
      </DataTable.Col>
      <DataTable.Col source="nonconformities" disableSort>
        <Nonconformities />
      </DataTable.Col>
      <DataTable.Col source="note" disableSort />
    </DataTable>
  </List>
);

export default InspectionList;
