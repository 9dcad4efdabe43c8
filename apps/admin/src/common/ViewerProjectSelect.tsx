import { MenuItem, TextField } from '@mui/material';
import { useGetIdentity } from 'react-admin';
import type { Identity } from '../authProvider';

/** One of the viewer's projects (`me.projects`), without a request; `allLabel` adds "all projects". */
export const ViewerProjectSelect = ({ value, onChange, label, allLabel, required, minWidth = 200 }: { value: string; onChange: (id: string) => void; label: string; allLabel?: string; required?: boolean; minWidth?: number }) => {
  const { data } = useGetIdentity();
  const projects = (data as Identity | undefined)?.viewer.projects ?? [];
  return (
    <TextField select size="small" fullWidth={false} label={label} value={projects.length ? value : ''} onChange={(e) => onChange(e.target.value)} required={required} sx={{ minWidth }} slotProps={{ htmlInput: { 'data-testid': 'project-select' } }}>
      {allLabel && <MenuItem value="">{allLabel}</MenuItem>}
      {projects.map((p) => (
        <MenuItem key={p.id} value={p.id}>
          {p.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/** The viewer's projects; the first is the default where one must be chosen. */
export function useViewerProjects() {
  const { data } = useGetIdentity();
  return (data as Identity | undefined)?.viewer.projects ?? [];
}
