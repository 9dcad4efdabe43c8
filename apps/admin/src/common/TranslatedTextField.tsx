import { Typography } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

type Props = FieldProps & { prefix: string };

/** A documented string code (e.g. audit `change`: create | update | delete) with its label, or as-is if unknown. */
export const TranslatedTextField = ({ prefix, ...props }: Props) => {
  const value = useFieldValue(props) as string | null | undefined;
  const translate = useTranslate();
  if (value == null) return null;
  return (
    <Typography component="span" variant="body2">
      {translate(`${prefix}.${value}`, { _: value })}
    </Typography>
  );
};
