import { Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** "第 2 版" */
export const VersionNumberField = (_props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const record = useRecordContext<{ number: number }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2">
      {translate('resources.priceLists.numberLabel', { number: record.number })}
    </Typography>
  );
};
