import { DataTable, List, SelectInput, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { toMonthInput } from '../common/china-time';
import { MoneyField } from '../common/MoneyField';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { PrepareStatementsButton } from './PrepareStatementsButton';
import { ResidentNameField } from './ResidentNameField';
import { StatementStateField } from './StatementStateField';
import type { StatementRow } from './types';

const STATES = ['draft', 'issued', 'confirmed', 'paid'].map((id) => ({ id, name: `enums.StatementState.${id}` }));

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <TextInput key="period" source="period" type="month" alwaysOn slotProps={{ inputLabel: { shrink: true } }} />,
  <SelectInput key="state" source="state" choices={STATES} alwaysOn />,
];

const Actions = () => (
  <TopToolbar>
    <PrepareStatementsButton />
  </TopToolbar>
);

const Period = () => {
  const statement = useRecordContext<StatementRow>();
  return statement ? <span>{toMonthInput(statement)}</span> : null;
};

/** 月结账单: newest month first. */
const StatementList = () => (
  <List filters={filters} actions={<Actions />} perPage={25} exporter={false}>
    <DataTable<StatementRow> bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="residentId" disableSort field={ResidentNameField} />
      <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
      <DataTable.Col source="period" disableSort>
        <Period />
      </DataTable.Col>
      <DataTable.Col source="state" disableSort field={StatementStateField} />
      <DataTable.Col source="chargesTotalFen" disableSort align="right" field={MoneyField} />
      <DataTable.Col source="adjustmentsTotalFen" disableSort align="right" field={MoneyField} />
      <DataTable.Col source="totalFen" disableSort align="right" field={MoneyField} />
    </DataTable>
  </List>
);

export default StatementList;
