import { TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Yuan as typed ("200", "200.50"); converted to fen only on confirm. */
type Props = { value: string; onChange: (text: string) => void; error: string | null; autoFocus?: boolean };

export const AmountInput = ({ value, onChange, error, autoFocus }: Props) => {
  const translate = useTranslate();
  return (
    <TextField
      label={translate('resources.depositAccounts.dialog.amount')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={!!error}
      helperText={error ?? ' '}
      required
      autoFocus={autoFocus}
      slotProps={{ htmlInput: { inputMode: 'decimal' }, formHelperText: { role: error ? 'alert' : undefined } }}
    />
  );
};
