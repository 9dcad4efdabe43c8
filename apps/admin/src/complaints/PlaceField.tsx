import { Stack, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { ProjectNameField } from '../common/ProjectNameField';

/** Project and unit in one table cell: "翠湖花园" over "2-2-602" (a record with `projectId` and `unit`). */
export const PlaceField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ projectId: string; unit?: { number: string } | null }>();
  if (!record) return null;
  return (
    <Stack>
      <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
        <ProjectNameField />
      </Typography>
      {record.unit && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {record.unit.number}
        </Typography>
      )}
    </Stack>
  );
};
