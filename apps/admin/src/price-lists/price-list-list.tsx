import { DataTable, List, SelectInput, TopToolbar, useCanAccess, useListContext } from 'react-admin';
import { PriceListState } from '@wuye/schema';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { RefLink } from '../common/RefLink';
import { ProjectInput } from '../common/reference-inputs';
import { PersonAtField } from './PersonAtField';
import { PriceListStateField } from './PriceListStateField';
import { StartDraftButton } from './StartDraftButton';
import { VersionNumberField } from './VersionNumberField';
import type { PriceListRecord } from './types';

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('PriceListState', PriceListState)} alwaysOn />,
];

const Actions = () => {
  const { filterValues } = useListContext();
  return (
    <TopToolbar>
      <StartDraftButton projectId={filterValues.projectId as string | undefined} />
    </TopToolbar>
  );
};

/** 版本历史: every version of every visible project, newest submission first (the API's order). */
const PriceListList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'priceLists', action: 'edit' });
  return (
    <List filters={filters} actions={<Actions />} perPage={25} exporter={false} sort={{ field: 'submittedAt', order: 'DESC' }}>
      <DataTable<PriceListRecord>
        bulkActionButtons={false}
        rowClick={(_id, _resource, record) => (record.state === 'DRAFT' && canEdit ? 'edit' : 'show')}
      >
        <DataTable.Col source="project" disableSort>
          <RefLink source="project" reference="projects" display={(p) => `${p.code} ${p.name}`} />
        </DataTable.Col>
        <DataTable.Col source="number" disableSort field={VersionNumberField} />
        <DataTable.Col source="state" disableSort field={PriceListStateField} />
        <DataTable.Col source="submittedByName" disableSort>
          <PersonAtField name="submittedByName" at="submittedAt" />
        </DataTable.Col>
        <DataTable.Col source="decidedByName" disableSort>
          <PersonAtField name="decidedByName" at="decidedAt" />
        </DataTable.Col>
        <DataTable.Col source="approvalRef" disableSort />
        <DataTable.Col source="effectiveFrom" disableSort field={DateTimeField} />
        <DataTable.Col source="effectiveTo" disableSort field={DateTimeField} />
      </DataTable>
    </List>
  );
};

export default PriceListList;
