import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { formatFen } from './money';

/** An integer fen amount shown as ¥ (negative amounts, e.g. credits, keep their sign). */
export const MoneyField = (props: FieldProps) => {
  const value = useFieldValue(props) as number | null | undefined;
  if (value == null) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {formatFen(value)}
    </Typography>
  );
};
