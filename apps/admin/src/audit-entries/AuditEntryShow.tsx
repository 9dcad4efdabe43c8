import { Grid, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntryFieldsFragment } from '@wuye/schema';
import { JsonBlock } from './JsonBlock';

/** One entry in full: the before and after snapshots side by side. */
export const AuditEntryShow = () => {
  const entry = useRecordContext<AuditEntryFieldsFragment>();
  const translate = useTranslate();
  if (!entry) return null;
  const empty = translate('resources.auditEntries.empty');
  return (
    <Grid container spacing={2} sx={{ p: 1 }}>
      {(['before', 'after'] as const).map((side) => (
        <Grid key={side} size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle2" gutterBottom>
            {translate(`resources.auditEntries.fields.${side}`)}
          </Typography>
          <JsonBlock value={entry[side]} empty={empty} />
        </Grid>
      ))}
    </Grid>
  );
};
