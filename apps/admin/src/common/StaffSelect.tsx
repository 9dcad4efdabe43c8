import { MenuItem, TextField } from '@mui/material';
import type { Role } from '@wuye/schema';
import { useTranslate } from 'react-admin';
import { useLoad } from '../profitability/use-load';

type Props = {
  projectId: string | null | undefined;
  value: string;
  onChange: (id: string) => void;
  label: string;
  role?: Role;
  required?: boolean;
  error?: boolean;
  helperText?: string;
  /** People who may not be chosen (e.g. the viewer, for an entry about someone else). */
  exclude?: readonly string[];
  testId?: string;
  fullWidth?: boolean;
};

/** A member of staff of the project (active ones), by name with their roles. */
export const StaffSelect = ({ projectId, value, onChange, label, role, required, error, helperText, exclude = [], testId, fullWidth = true }: Props) => {
  const translate = useTranslate();
  const { data = [] } = useLoad(`staff:${projectId ?? ''}:${role ?? ''}`, (dp) => (projectId ? dp.staffOf(projectId, role) : undefined));
  const roles = (u: (typeof data)[number]) =>
    [...new Set(u.roles.filter((r) => !r.projectId || r.projectId === projectId).map((r) => translate(`enums.Role.${r.role}`)))].join('、');
  return (
    <TextField
      select
      label={label}
      value={data.some((u) => u.id === value) ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      required={required}
      error={error}
      helperText={helperText}
      fullWidth={fullWidth}
      disabled={!projectId}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      {data
        .filter((u) => !exclude.includes(u.id))
        .map((u) => (
          <MenuItem key={u.id} value={u.id}>
            {u.name}
            <span style={{ marginLeft: 8, opacity: 0.6, fontSize: '0.85em' }}>{roles(u)}</span>
          </MenuItem>
        ))}
    </TextField>
  );
};
