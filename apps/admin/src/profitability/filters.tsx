import { MenuItem, TextField } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';

/** The projects the viewer may see (from `me`, no request). */
export function useViewerProjects(): Array<{ id: string; code: string; name: string }> | undefined {
  const { data } = useGetIdentity();
  return (data as Identity | undefined)?.viewer.projects;
}

export const projectName = (projects: ReadonlyArray<{ id: string; name: string }> | undefined, id: string | null | undefined) =>
  (id && projects?.find((p) => p.id === id)?.name) || '';

type ProjectSelectProps = { value: string; onChange: (id: string) => void; allowAll?: boolean; label?: string };

/** 项目: one of the viewer's projects, or (where the screen sums them) all of them. */
export const ProjectSelect = ({ value, onChange, allowAll = false, label = 'resources.profitability.filters.project' }: ProjectSelectProps) => {
  const translate = useTranslate();
  const projects = useViewerProjects() ?? [];
  return (
    <TextField
      select
      fullWidth={false}
      size="small"
      label={translate(label)}
      value={projects.some((p) => p.id === value) || (allowAll && value === '') ? value : ''}
      onChange={(e) => onChange(e.target.value)}
      sx={{ minWidth: 180 }}
      slotProps={{ select: { displayEmpty: allowAll }, inputLabel: { shrink: true } }}
    >
      {allowAll && <MenuItem value="">{translate('resources.profitability.filters.allProjects')}</MenuItem>}
      {projects.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

type MonthFieldProps = { label: string; value: string; onChange: (month: string) => void; error?: boolean; helperText?: string };

/** A month "YYYY-MM" (China calendar). */
export const MonthField = ({ label, value, onChange, error, helperText }: MonthFieldProps) => {
  const translate = useTranslate();
  return (
    <TextField
      type="month"
      fullWidth={false}
      size="small"
      label={translate(label)}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      helperText={helperText}
      sx={{ width: 170 }}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
};
