import type { MaterialRequisitionRowFragment } from '@wuye/schema';
import { DataTable, List, SelectInput, useRecordContext } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { MoneyField } from '../common/MoneyField';
import { ProjectInput } from '../common/reference-inputs';
import { RefLink } from '../common/RefLink';
import { linesSummary, REQUISITION_STATES } from './requisition-rules';
import { RequisitionStateChip } from './RequisitionStateField';
import { RequisitionStepButtons } from './RequisitionStepButtons';

type Row = MaterialRequisitionRowFragment;

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={REQUISITION_STATES.map((id) => ({ id, name: `enums.RequisitionState.${id}` }))} alwaysOn />,
];

const orderNumber = (order: Record<string, unknown>) => String(order.number);

const Lines = () => {
  const r = useRecordContext<Row>();
  return r ? <span>{linesSummary(r.lines)}</span> : null;
};

const State = () => {
  const r = useRecordContext<Row>();
  return r ? <RequisitionStateChip state={r.state} /> : null;
};

const Steps = () => {
  const r = useRecordContext<Row>();
  return r ? <RequisitionStepButtons requisition={r} orderNumber={r.order.number} supervisorId={r.order.supervisorId} /> : null;
};

/** 领料单: oldest first, as queues are worked; a supervisor signs the requisitions of their orders, then they are issued. */
const RequisitionList = () => (
  <List filters={filters} perPage={25} exporter={false} sort={{ field: 'createdAt', order: 'ASC' }}>
    <DataTable<Row> bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="order" disableSort>
        <RefLink source="order" reference="serviceOrders" display={orderNumber} />
      </DataTable.Col>
      <DataTable.Col source="requestedBy.name" label="resources.materialRequisitions.fields.requestedBy" disableSort />
      <DataTable.Col source="lines" disableSort>
        <Lines />
      </DataTable.Col>
      <DataTable.Col source="totalCostFen" disableSort align="right" field={MoneyField} />
      <DataTable.Col source="state" disableSort>
        <State />
      </DataTable.Col>
      <DataTable.Col source="createdAt" disableSort field={DateTimeField} />
      <DataTable.Col source="actions" label="resources.materialRequisitions.fields.actions" disableSort>
        <Steps />
      </DataTable.Col>
    </DataTable>
  </List>
);

export default RequisitionList;
