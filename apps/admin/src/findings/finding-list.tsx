import { Box, Button, Stack, Typography } from '@mui/material';
import { FindingState, type InspectionFindingFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { BooleanInput, DataTable, List, SelectInput, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enum-choices';
import { ProjectNameField } from '../common/ProjectNameField';
import { ProjectInput } from '../common/reference-inputs';
import { StepTimeline } from '../common/StepTimeline';
import { useHasPermission } from '../common/use-has-permission';
import { RecordEntryDialog } from '../penalties/RecordEntryButtons';
import { ClassChip, FindingStateChip, TimelinessChip } from './FindingChips';
import { FindingStepButtons } from './FindingStepButtons';
import { useSubcontractorNames } from './use-subcontractor-names';

type Row = InspectionFindingFieldsFragment;

const filters = [
  <ProjectInput key="projectId" source="projectId" alwaysOn />,
  <SelectInput key="state" source="state" choices={enumChoices('FindingState', FindingState)} alwaysOn />,
  <BooleanInput key="overdue" source="overdue" alwaysOn />,
];

const nowrap = () => ({ whiteSpace: 'nowrap' });

const Item = () => {
  const f = useRecordContext<Row>();
  const translate = useTranslate();
  if (!f) return null;
  return (
    <Stack>
      <span>{f.itemTitle}</span>
      <Typography variant="caption" color="text.secondary">
        {translate(`enums.Department.${f.area}`)} · {f.category}
      </Typography>
    </Stack>
  );
};

const Problem = () => {
  const f = useRecordContext<Row>();
  if (!f) return null;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <ClassChip value={f.nonconformityClass} />
      <span>{f.description}</span>
    </Stack>
  );
};

const Responsible = ({ names }: { names: Map<string, string> }) => {
  const f = useRecordContext<Row>();
  if (!f) return null;
  return <span>{f.responsible?.name ?? (f.subcontractorId ? names.get(f.subcontractorId) : '') ?? ''}</span>;
};

const Action = () => {
  const f = useRecordContext<Row>();
  if (!f?.correctiveAction) return null;
  return (
    <Stack spacing={0.5}>
      <span>{f.correctiveAction}</span>
      <Typography variant="caption" color="text.secondary">
        {f.actionOwner?.name} · {f.actionDeadline}
      </Typography>
    </Stack>
  );
};

const State = () => {
  const f = useRecordContext<Row>();
  if (!f) return null;
  return (
    <Stack spacing={0.5} alignItems="flex-start">
      <FindingStateChip state={f.state} />
      <TimelinessChip timeliness={f.timeliness} />
    </Stack>
  );
};

const Steps = () => {
  const f = useRecordContext<Row>();
  const { refetch } = useListContext();
  return f ? <FindingStepButtons finding={f} onDone={() => void refetch()} /> : null;
};

/**
 * 据此扣分: a penalty for the person responsible, proposed with the inspection as its evidence
 * (the person's supervisor or the project manager confirms it, as any proposal).
 */
const PenaltyFromFinding = ({ finding }: { finding: Row }) => {
  const translate = useTranslate();
  const canRecord = useHasPermission('kpi.manage');
  const [open, setOpen] = useState(false);
  if (!canRecord || !finding.responsibleUserId) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="penalty-from-finding">
        {translate('resources.inspectionFindings.penalty')}
      </Button>
      {open && (
        <RecordEntryDialog
          kind="penalty"
          prefill={{ projectId: finding.projectId, userId: finding.responsibleUserId, note: `${finding.itemTitle}：${finding.description ?? ''}`, evidenceType: 'INSPECTION', evidenceId: finding.inspectionId }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
};

/** Photo, completion note and every step of the finding. */
export const FindingDetails = () => {
  const f = useRecordContext<Row>();
  const translate = useTranslate();
  if (!f) return null;
  const t = (key: string) => translate(`resources.inspectionFindings.fields.${key}`);
  return (
    <Box sx={{ py: 1 }}>
      <Stack direction="row" spacing={3} useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
        <Typography variant="body2">
          {t('inspector')}：{f.inspector?.name}
        </Typography>
        {f.photoRef && (
          <Typography variant="body2">
            {t('photoRef')}：{f.photoRef}
          </Typography>
        )}
        {f.completionNote && (
          <Typography variant="body2">
            {t('completionNote')}：{f.completionNote}
          </Typography>
        )}
        <PenaltyFromFinding finding={f} />
      </Stack>
      <StepTimeline
        steps={f.steps}
        labels="resources.inspectionFindings.timeline"
        rowKey={(s, i) => `${s.at}-${i}`}
        actionLabel={(a) => translate(`enums.FindingStep.${a}`, { _: a })}
        stateLabel={(s) => translate(`enums.FindingState.${s.toUpperCase()}`, { _: s })}
        preWrapNotes
      />
    </Box>
  );
};

/** Overdue actions stand out in the list. */
const rowSx = (f: Row) => (f.timeliness === 'OVERDUE' ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {});

/**
 * 整改跟踪 (README §7): every nonconformity with its corrective action — open ones first, by
 * deadline; overdue ones flagged and tinted — and the steps the viewer may take on each. With
 * `mine`, 我的整改: those the viewer must acknowledge or whose action they own.
 */
export const FindingList = ({ mine = false }: { mine?: boolean }) => {
  const names = useSubcontractorNames();
  return (
    <List filters={filters} perPage={25} exporter={false} storeKey={mine ? 'myFindings.list' : 'inspectionFindings.tracker'} actions={false} title={mine ? 'resources.myFindings.name' : 'resources.inspectionFindings.name'}>
      <DataTable<Row> bulkActionButtons={false} rowClick="expand" expand={<FindingDetails />} rowSx={rowSx}>
        <DataTable.Col source="inspectedAt" cellSx={nowrap} disableSort field={DateTimeField} />
        {!mine && <DataTable.Col source="projectId" disableSort field={ProjectNameField} />}
        <DataTable.Col source="itemTitle" disableSort>
          <Item />
        </DataTable.Col>
        <DataTable.Col source="description" disableSort>
          <Problem />
        </DataTable.Col>
        <DataTable.Col source="responsible" disableSort>
          <Responsible names={names} />
        </DataTable.Col>
        <DataTable.Col source="correctiveAction" disableSort>
          <Action />
        </DataTable.Col>
        <DataTable.Col source="state" cellSx={nowrap} disableSort>
          <State />
        </DataTable.Col>
        <DataTable.Col source="actions" label=" " disableSort>
          <Steps />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};

const TrackerPage = () => <FindingList />;
export default TrackerPage;
