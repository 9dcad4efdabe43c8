import { Alert, LinearProgress } from '@mui/material';
import { DataTable, Loading, ReferenceManyField, TopToolbar, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { DetailShow } from '../common/DetailPage';
import { EntriesByCategory } from './EntriesByCategory';
import { MarginWarningList } from './MarginWarningList';
import { NoticeLink } from './NoticeLink';
import { PersonAtField } from './PersonAtField';
import { PriceListStateField } from './PriceListStateField';
import { PriceListSummary, Section } from './PriceListSummary';
import { VersionNumberField } from './VersionNumberField';
import { ApproveButton, EditDraftButton, PublishButton, RejectButton, ReviewLinkButton, ReviseButton } from './workflow-buttons';
import type { PriceListWithEntries } from './types';

const Actions = () => (
  <TopToolbar>
    <NoticeLink />
    <EditDraftButton />
    <ReviseButton />
    <ReviewLinkButton />
    <RejectButton />
    <ApproveButton />
    <PublishButton />
  </TopToolbar>
);

const Entries = () => {
  const list = useRecordContext<PriceListWithEntries>();
  const translate = useTranslate();
  // A list's copy of the record (shown until the full one arrives) has no entries.
  if (!list?.entries) return <LinearProgress sx={{ mt: 2 }} />;
  const warned = list.entries.filter((e) => e.margin?.warnings.length);
  const hasMargins = list.entries.some((e) => e.margin);
  const count = (code: string) => warned.filter((e) => e.margin!.warnings.some((w) => w.code === code)).length;
  return (
    <>
      <Section title={translate('resources.priceLists.fields.entries')}>
        {hasMargins && warned.length > 0 && (
          <Alert severity="warning" sx={{ mb: 1 }}>
            {translate('resources.priceLists.warningSummary', { loss: count('LOSS'), over: count('OVER_MARGIN') })}
          </Alert>
        )}
        <EntriesByCategory entries={list.entries} />
      </Section>
      {hasMargins && (
        <Section title={translate('resources.priceLists.marginWarnings')}>
          <MarginWarningList rows={warned.map((e) => ({ id: e.id, category: e.category, name: e.name, warnings: e.margin!.warnings }))} />
        </Section>
      )}
    </>
  );
};

const History = () => {
  const translate = useTranslate();
  return (
    <Section title={translate('resources.priceLists.history')}>
      <ReferenceManyField reference="priceLists" target="projectId" source="projectId" perPage={50}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="number" label="resources.priceLists.fields.number" disableSort field={VersionNumberField} />
          <DataTable.Col source="state" label="resources.priceLists.fields.state" disableSort field={PriceListStateField} />
          <DataTable.Col source="submittedByName" label="resources.priceLists.fields.submittedByName" disableSort>
            <PersonAtField name="submittedByName" at="submittedAt" />
          </DataTable.Col>
          <DataTable.Col source="decidedByName" label="resources.priceLists.fields.decidedByName" disableSort>
            <PersonAtField name="decidedByName" at="decidedAt" />
          </DataTable.Col>
          <DataTable.Col source="approvalRef" label="resources.priceLists.fields.approvalRef" disableSort />
          <DataTable.Col source="effectiveFrom" label="resources.priceLists.fields.effectiveFrom" disableSort field={DateTimeField} />
          <DataTable.Col source="effectiveTo" label="resources.priceLists.fields.effectiveTo" disableSort field={DateTimeField} />
        </DataTable>
      </ReferenceManyField>
    </Section>
  );
};

const PriceListTitle = () => {
  const list = useRecordContext<PriceListWithEntries>();
  const translate = useTranslate();
  return <span>{list ? translate('resources.priceLists.title', { project: list.project.name, number: list.number }) : ''}</span>;
};

const PriceListShow = () => {
  const { permissions, isPending } = usePermissions<string[]>();
  if (isPending) return <Loading />;
  // Unit cost and margins are internal: only for the GM and the project's managers.
  const margins = Array.isArray(permissions) && permissions.includes('priceList.publish');
  return (
    <DetailShow actions={<Actions />} title={<PriceListTitle />} queryOptions={{ meta: { margins } }}>
      <PriceListSummary />
      <Entries />
      <History />
    </DetailShow>
  );
};

export default PriceListShow;
