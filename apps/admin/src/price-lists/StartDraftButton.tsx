import AddIcon from '@mui/icons-material/Add';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useCreatePath,
  useDataProvider,
  useGetIdentity,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { DraftSource, PriceListState } from '@wuye/schema';
import type { Identity } from '../authProvider';
import type { WuyeDataProvider } from '../dataProvider';
import type { PriceListRecord } from './types';

/** Versions still in the approval cycle: a project has at most one, so a new draft waits for it. */
const OPEN: readonly PriceListState[] = ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED'];

/** Projects the viewer manages (项目经理): the ones whose price list they draft. */
function useManagedProjects() {
  const { data } = useGetIdentity();
  const viewer = (data as Identity | undefined)?.viewer;
  // Names come from `projects`: the login response leaves `roles[].project` null (only `me` fills it).
  const managed = new Set(viewer?.roles.filter((r) => r.role === 'PROJECT_MANAGER').map((r) => r.projectId));
  return (viewer?.projects ?? []).filter((p) => managed.has(p.id)).map((p) => ({ id: p.id, name: `${p.code} ${p.name}` }));
}

const StartDraftDialog = ({ onClose, initialProjectId }: { onClose: () => void; initialProjectId?: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const projects = useManagedProjects();
  const [chosen, setProjectId] = useState('');
  // The identity may arrive after the first render: default to the one managed project then.
  const fallback = initialProjectId && projects.some((p) => p.id === initialProjectId) ? initialProjectId : projects.length === 1 ? projects[0]!.id : '';
  const projectId = chosen || fallback;
  const [from, setFrom] = useState<DraftSource | null>(null);
  const [busy, setBusy] = useState(false);
  const { data: versions, isPending } = useGetList<PriceListRecord>(
    'priceLists',
    { filter: { projectId }, pagination: { page: 1, perPage: 100 } },
    { enabled: !!projectId },
  );
  const open = versions?.find((v) => OPEN.includes(v.state));
  const hasPublished = !!versions?.some((v) => v.state === 'PUBLISHED');
  const source = from ?? (hasPublished ? DraftSource.Published : DraftSource.Template);

  const start = async () => {
    setBusy(true);
    try {
      const draft = await dataProvider.startPriceListDraft({ projectId, from: source });
      notify('resources.priceLists.startDraft.started', { type: 'success', messageArgs: { number: draft.number } });
      redirect('edit', 'priceLists', draft.id);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="start-draft-title">
      <DialogTitle id="start-draft-title">{translate('resources.priceLists.startDraft.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate('resources.priceLists.fields.projectId')}
            value={projectId}
            onChange={(e) => setProjectId(e.target.value)}
            fullWidth
          >
            {projects.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          {projectId && !isPending && open && (
            <Alert
              severity="info"
              action={
                <MuiButton
                  component={Link}
                  to={createPath({ resource: 'priceLists', id: open.id, type: open.state === 'DRAFT' ? 'edit' : 'show' })}
                  onClick={onClose}
                  size="small"
                >
                  {translate('resources.priceLists.startDraft.open', { number: open.number })}
                </MuiButton>
              }
            >
              {translate('resources.priceLists.startDraft.openExists', {
                number: open.number,
                state: translate(`enums.PriceListState.${open.state}`),
              })}
            </Alert>
          )}
          {projectId && !isPending && !open && (
            <div>
              <Typography variant="subtitle2">{translate('resources.priceLists.startDraft.from')}</Typography>
              <RadioGroup value={source} onChange={(e) => setFrom(e.target.value as DraftSource)}>
                <FormControlLabel
                  value={DraftSource.Published}
                  disabled={!hasPublished}
                  control={<Radio />}
                  label={translate(`enums.DraftSource.${DraftSource.Published}`)}
                />
                <FormControlLabel value={DraftSource.Template} control={<Radio />} label={translate(`enums.DraftSource.${DraftSource.Template}`)} />
              </RadioGroup>
              {!hasPublished && (
                <Typography variant="caption" color="text.secondary">
                  {translate('resources.priceLists.startDraft.noPublished')}
                </Typography>
              )}
            </div>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton variant="contained" onClick={start} disabled={busy || !projectId || isPending || !!open}>
          {translate('resources.priceLists.startDraft.start')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** 新建草稿: the next version of a project's price list, from the template or the published one. */
export const StartDraftButton = ({ projectId }: { projectId?: string }) => {
  const { canAccess } = useCanAccess({ resource: 'priceLists', action: 'create' });
  const [open, setOpen] = useState(false);
  if (!canAccess) return null;
  return (
    <>
      <Button label="resources.priceLists.actions.startDraft" onClick={() => setOpen(true)}>
        <AddIcon />
      </Button>
      {open && <StartDraftDialog initialProjectId={projectId} onClose={() => setOpen(false)} />}
    </>
  );
};
