import { Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, type FieldProps } from 'react-admin';
import { formatChinaTime } from '../common/DateTimeField';

type Props = Omit<FieldProps, 'source'> & { source?: string; name: string; at: string };

/** Who did it and when (China time), e.g. the submitter and the submission time, in one cell. */
export const PersonAtField = ({ name, at }: Props) => {
  const record = useRecordContext<Record<string, string | null | undefined>>();
  const [locale] = useLocaleState();
  if (!record || (!record[name] && !record[at])) return null;
  return (
    <Stack spacing={0}>
      <Typography component="span" variant="body2">
        {record[name] ?? '—'}
      </Typography>
      {record[at] && (
        <Typography component="span" variant="caption" color="text.secondary">
          {formatChinaTime(record[at]!, locale)}
        </Typography>
      )}
    </Stack>
  );
};
