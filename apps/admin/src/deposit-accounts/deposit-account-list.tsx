import { DataTable, List, SearchInput, TopToolbar, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { MoneyField } from '../common/MoneyField';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { OpenAccountButton } from './OpenAccountButton';
import { ResidentUnit } from './ResidentUnit';
import type { DepositAccountRow } from './types';
import { PhoneSubject } from '@wuye/schema';
import { PhoneText } from '../common/PhoneText';

/** The search box says what it finds: the resident's name or phone. */
const filters = (translate: (key: string) => string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.depositAccounts.fields.q')} />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
];

const Actions = () => (
  <TopToolbar>
    <OpenAccountButton />
  </TopToolbar>
);

/** 押金账户: search by the resident's name or phone. */
const DepositAccountList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters(translate)} actions={<Actions />} perPage={25} exporter={false}>
      <DataTable<DepositAccountRow> bulkActionButtons={false} rowClick="show">
        <DataTable.Col source="resident.name" label="resources.depositAccounts.fields.resident" disableSort />
        <DataTable.Col source="resident.kind" label="resources.depositAccounts.fields.kind" disableSort>
          <EnumField source="resident.kind" enumName="ResidentKind" />
        </DataTable.Col>
        <DataTable.Col<DepositAccountRow>
          source="resident.phone"
          label="resources.depositAccounts.fields.phone"
          disableSort
          render={(a) => <PhoneText phone={a.resident.phone} subject={PhoneSubject.Resident} id={a.resident.id} />}
        />
        <DataTable.Col source="resident.unit" label="resources.depositAccounts.fields.unit" disableSort>
          <ResidentUnit />
        </DataTable.Col>
        <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
        <DataTable.Col source="balanceFen" disableSort align="right" field={MoneyField} />
        <DataTable.Col source="updatedAt" disableSort field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default DepositAccountList;
