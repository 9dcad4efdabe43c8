import { ComplaintKind, ComplaintSeverity, Department } from '@wuye/schema';
import { BooleanInput, CreateButton, DataTable, List, SearchInput, SelectInput, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { ProjectInput } from '../common/reference-inputs';
import { NextClockField } from './ClockCountdown';
import { PlaceField } from './PlaceField';
import { CategoryField, ComplaintStateField } from './ComplaintStateField';
import { CATEGORY_CHOICES } from './intake';
import type { ComplaintRow } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <BooleanInput key="open" source="open" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('ComplaintKind', ComplaintKind)} alwaysOn />,
  <SelectInput key="category" source="category" choices={CATEGORY_CHOICES} alwaysOn />,
  <SelectInput key="severity" source="severity" choices={enumChoices('ComplaintSeverity', ComplaintSeverity)} alwaysOn />,
  <SelectInput key="department" source="department" choices={enumChoices('Department', Department)} alwaysOn />,
];

const nowrap = () => ({ whiteSpace: 'nowrap' });

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/**
 * 投诉 inbox: newest first, open ones by default, each with its most pressing deadline counting down
 * live (超时 in red, 已暂停 in blue). The page asks the API again every minute.
 */
const ComplaintList = () => (
  <List
    filters={filters}
    filterDefaultValues={{ open: true }}
    actions={<Actions />}
    perPage={25}
    exporter={false}
    sort={{ field: 'createdAt', order: 'DESC' }}
    queryOptions={{ refetchInterval: 60_000 }}
  >
    <DataTable<ComplaintRow> bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="number" cellSx={nowrap} disableSort />
      <DataTable.Col source="kind" cellSx={nowrap} disableSort>
        <EnumField source="kind" enumName="ComplaintKind" />
      </DataTable.Col>
      <DataTable.Col source="state" cellSx={nowrap} disableSort>
        <ComplaintStateField />
      </DataTable.Col>
      <DataTable.Col source="deadline" cellSx={nowrap} label="resources.complaints.fields.deadline" disableSort>
        <NextClockField />
      </DataTable.Col>
      <DataTable.Col source="unit" label="resources.complaints.fields.unit" disableSort>
        <PlaceField />
      </DataTable.Col>
      <DataTable.Col source="contactName" cellSx={nowrap} disableSort />
      <DataTable.Col source="category" disableSort>
        <CategoryField short />
      </DataTable.Col>
      <DataTable.Col source="severity" disableSort>
        <EnumField source="severity" enumName="ComplaintSeverity" />
      </DataTable.Col>
      <DataTable.Col source="responsibleDepartment" disableSort>
        <EnumField source="responsibleDepartment" enumName="Department" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
    </DataTable>
  </List>
);

export default ComplaintList;
