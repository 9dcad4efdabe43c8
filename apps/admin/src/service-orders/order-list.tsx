import { BooleanInput, CreateButton, DataTable, DateInput, List, SearchInput, SelectInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { OrderUrgency, ServiceOrderState } from '@wuye/schema';
import { Chip } from '@mui/material';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { ProjectInput } from '../common/reference-inputs';
import { OrderStateField } from './OrderStateField';
import type { OrderRow } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('ServiceOrderState', ServiceOrderState)} alwaysOn />,
  <SelectInput key="urgency" source="urgency" choices={enumChoices('OrderUrgency', OrderUrgency)} alwaysOn />,
  <BooleanInput key="breached" source="breached" alwaysOn />,
  <BooleanInput key="dissatisfied" source="dissatisfied" alwaysOn />,
  <DateInput key="createdFrom" source="createdFrom" alwaysOn />,
  <DateInput key="createdTo" source="createdTo" alwaysOn />,
];

const BreachedFlag = () => {
  const order = useRecordContext<OrderRow>();
  const translate = useTranslate();
  if (!order?.breached) return null;
  return <Chip size="small" color="error" variant="outlined" label={translate('resources.serviceOrders.breachedFlag')} />;
};

const Actions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** 服务单看板: newest first; 超时 and 不满意 come from the API. */
const OrderList = () => (
  <List filters={filters} actions={<Actions />} perPage={25} exporter={false} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable<OrderRow> bulkActionButtons={false} rowClick="show">
      <DataTable.Col source="number" />
      <DataTable.Col source="unit.number" label="resources.serviceOrders.fields.unit" disableSort />
      <DataTable.Col source="resident.name" label="resources.serviceOrders.fields.resident" disableSort>
        <ResidentName />
      </DataTable.Col>
      <DataTable.Col source="catalogItem.name" label="resources.serviceOrders.fields.catalogItem" disableSort />
      <DataTable.Col source="state" field={OrderStateField} />
      <DataTable.Col source="urgency" disableSort>
        <EnumField source="urgency" enumName="OrderUrgency" />
      </DataTable.Col>
      <DataTable.Col source="supervisor.name" label="resources.serviceOrders.fields.supervisor" disableSort />
      <DataTable.Col source="worker.name" label="resources.serviceOrders.fields.worker" disableSort />
      <DataTable.Col source="breached" label="resources.serviceOrders.breachedFlag" disableSort>
        <BreachedFlag />
      </DataTable.Col>
      <DataTable.Col source="createdAt" field={DateTimeField} />
    </DataTable>
  </List>
);

/** A visitor's order has no resident: the contact is the visitor. */
const ResidentName = () => {
  const order = useRecordContext<OrderRow>();
  return <span>{order?.resident?.name ?? order?.contactName ?? ''}</span>;
};

export default OrderList;
