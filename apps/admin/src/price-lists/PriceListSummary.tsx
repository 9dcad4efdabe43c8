import { Alert, Box, Typography } from '@mui/material';
import { Labeled, TextField, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeField, formatChinaTime } from '../common/DateTimeField';
import { RefLink } from '../common/RefLink';
import { PersonAtField } from './PersonAtField';
import { PriceListStateField } from './PriceListStateField';
import { VersionNumberField } from './VersionNumberField';
import type { PriceListState } from '@wuye/schema';
import type { PriceListRecord } from './types';

// A reworked draft still carries the GM's reason for rejecting it (revise keeps the decision).
const DECISION_LABEL: Record<PriceListState, string> = {
  DRAFT: 'resources.priceLists.lastRejection',
  SUBMITTED: 'resources.priceLists.lastRejection',
  REJECTED: 'resources.priceLists.rejectedBecause',
  APPROVED: 'resources.priceLists.decisionNote',
  PUBLISHED: 'resources.priceLists.decisionNote',
  SUPERSEDED: 'resources.priceLists.decisionNote',
};
const DECISION_SEVERITY: Record<PriceListState, 'error' | 'warning' | 'info'> = {
  DRAFT: 'warning',
  SUBMITTED: 'warning',
  REJECTED: 'error',
  APPROVED: 'info',
  PUBLISHED: 'info',
  SUPERSEDED: 'info',
};

const Field = ({ label, children }: { label: string; children: React.ReactElement }) => (
  <Labeled label={`resources.priceLists.fields.${label}`}>{children}</Labeled>
);

/** Who submitted and decided, when it is in effect, the approval reference printed on the notice. */
export const PriceListSummary = () => {
  const list = useRecordContext<PriceListRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!list) return null;
  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 4, rowGap: 1 }}>
        <Field label="project">
          <RefLink source="project" reference="projects" display={(p) => `${p.code} ${p.name}`} />
        </Field>
        <Field label="number">
          <VersionNumberField />
        </Field>
        <Field label="state">
          <PriceListStateField />
        </Field>
        <Field label="submittedByName">
          <PersonAtField name="submittedByName" at="submittedAt" />
        </Field>
        <Field label="decidedByName">
          <PersonAtField name="decidedByName" at="decidedAt" />
        </Field>
        <Field label="approvalRef">
          <TextField source="approvalRef" emptyText="—" />
        </Field>
        <Field label="effectiveFrom">
          <DateTimeField source="effectiveFrom" emptyText="—" />
        </Field>
        <Field label="effectiveTo">
          <DateTimeField source="effectiveTo" emptyText="—" />
        </Field>
      </Box>
      {list.decisionReason && (
        <Alert severity={DECISION_SEVERITY[list.state]} sx={{ mt: 2 }}>
          {translate(DECISION_LABEL[list.state], { reason: list.decisionReason })}
        </Alert>
      )}
      {list.state === 'APPROVED' && list.scheduledAt && (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate('resources.priceLists.scheduled', { at: formatChinaTime(list.scheduledAt, locale) })}
        </Alert>
      )}
    </Box>
  );
};

export const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box sx={{ mt: 3 }}>
    <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
      {title}
    </Typography>
    {children}
  </Box>
);

