import { PaymentMethod, type PaymentRowFragment } from '@wuye/schema';
import { DataTable, DateInput, List, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumField } from '../common/EnumField';
import { enumChoices } from '../common/enum-choices';
import { MoneyField } from '../common/MoneyField';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { RefLink } from '../common/RefLink';
import { TranslatedTextField } from '../common/TranslatedTextField';

/** The search box says what it finds: a receipt or an order number. */
const filters = (translate: (key: string) => string) => [
  <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.payments.fields.q')} />,
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="method" source="method" choices={enumChoices('PaymentMethod', PaymentMethod)} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

const orderNumber = (order: Record<string, unknown>) => String(order.number);

/** 收款记录: newest first; the search finds a receipt or order number. */
const PaymentList = () => {
  const translate = useTranslate();
  return (
    <List filters={filters(translate)} perPage={25} exporter={false} sort={{ field: 'paidAt', order: 'DESC' }}>
      <DataTable<PaymentRowFragment> bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="receiptNumber" disableSort />
        <DataTable.Col source="order" disableSort>
          <RefLink source="order" reference="serviceOrders" display={orderNumber} />
        </DataTable.Col>
        <DataTable.Col source="projectId" disableSort field={ProjectNameField} />
        <DataTable.Col source="amountFen" disableSort align="right" field={MoneyField} />
        <DataTable.Col source="method" disableSort>
          <EnumField source="method" enumName="PaymentMethod" />
        </DataTable.Col>
        <DataTable.Col source="stage" disableSort>
          <TranslatedTextField source="stage" prefix="enums.PaymentStage" />
        </DataTable.Col>
        <DataTable.Col source="collectedBy.name" label="resources.payments.fields.collectedBy" disableSort />
        <DataTable.Col source="paidAt" disableSort field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default PaymentList;
