import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Chip,
  FormControlLabel,
  FormGroup,
  IconButton,
  MenuItem,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tabs,
  TextField,
  Typography,
} from '@mui/material';
import { addMonths, isMonthKey } from '@wuye/domain';
import type { ChecklistItemFieldsFragment, Department, InspectionPostFieldsFragment, SubcontractorFieldsFragment } from '@wuye/schema';
import { useState, type ReactNode } from 'react';
import { Title, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { useApiStep } from '../common/use-api-step';
import { hasRole, useViewerRoles } from '../common/viewer-actor';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { currentMonth } from '../profitability/months';
import { useLoad } from '../profitability/use-load';
import { AREAS } from './inspection-levels';

const AreaSelect = ({ value, onChange, label, all }: { value: string; onChange: (v: string) => void; label: string; all?: string }) => {
  const translate = useTranslate();
  return (
    <TextField select size="small" fullWidth={false} label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 180 }}>
      {all && <MenuItem value="">{all}</MenuItem>}
      {AREAS.map((a) => (
        <MenuItem key={a} value={a}>
          {translate(`enums.Department.${a}`)}
        </MenuItem>
      ))}
    </TextField>
  );
};

const ActiveChip = ({ active }: { active: boolean }) => {
  const translate = useTranslate();
  return active ? null : <Chip size="small" variant="outlined" label={translate('resources.inspectionSetup.inactive')} />;
};

const EditButton = ({ onClick, label }: { onClick: () => void; label: string }) => (
  <IconButton size="small" onClick={onClick} aria-label={label}>
    <EditIcon fontSize="small" />
  </IconButton>
);

// ------------------------------------------------------------------ checklist

type ItemDraft = { id?: string; version?: number; area: Department; category: string; title: string; standard: string; sort: string; active: boolean };

const ChecklistDialog = ({ draft: initial, onClose, onSaved }: { draft: ItemDraft; onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const [d, setD] = useState(initial);
  const { run, busy, error } = useApiStep();
  const t = (key: string) => translate(`resources.inspectionSetup.checklist.${key}`);
  const set = (patch: Partial<ItemDraft>) => setD((x) => ({ ...x, ...patch }));
  const save = () =>
    run(
      (dp) =>
        dp.saveChecklistItem({
          id: d.id,
          version: d.version,
          area: d.area,
          category: d.category.trim(),
          title: d.title.trim(),
          standard: d.standard.trim(),
          sort: d.sort.trim() === '' ? undefined : Number(d.sort),
          active: d.active,
        }),
      { done: 'resources.inspectionSetup.saved', onDone: () => (onClose(), onSaved()) },
    );
  return (
    <ActionDialog open title={`resources.inspectionSetup.checklist.${d.id ? 'edit' : 'add'}`} onClose={onClose} onConfirm={save} confirmLabel="ra.action.save" canConfirm={!!d.title.trim() && !!d.category.trim() && !!d.standard.trim()} busy={busy} error={error}>
      <AreaSelect label={t('area')} value={d.area} onChange={(v) => set({ area: v as Department })} />
      <TextField label={t('category')} value={d.category} onChange={(e) => set({ category: e.target.value })} required helperText={t('categoryHint')} error={error?.field === 'category'} />
      <TextField label={t('title')} value={d.title} onChange={(e) => set({ title: e.target.value })} required error={error?.field === 'title'} />
      <TextField label={t('standard')} value={d.standard} onChange={(e) => set({ standard: e.target.value })} required multiline minRows={2} error={error?.field === 'standard'} />
      <TextField label={t('sort')} value={d.sort} onChange={(e) => set({ sort: e.target.value })} slotProps={{ htmlInput: { inputMode: 'numeric' } }} error={error?.field === 'sort'} />
      <FormControlLabel control={<Checkbox checked={d.active} onChange={(e) => set({ active: e.target.checked })} />} label={t('active')} />
    </ActionDialog>
  );
};

const ChecklistTab = ({ canEdit }: { canEdit: boolean }) => {
  const translate = useTranslate();
  const [area, setArea] = useState('');
  const [editing, setEditing] = useState<ItemDraft | null>(null);
  const { data = [], reload } = useLoad(`setup-checklist:${area}:${canEdit}`, (dp) => dp.inspectionChecklist((area || null) as Department | null, canEdit));
  const t = (key: string) => translate(`resources.inspectionSetup.checklist.${key}`);
  const draftOf = (i: ChecklistItemFieldsFragment): ItemDraft => ({ id: i.id, version: i.version, area: i.area, category: i.category, title: i.title, standard: i.standard, sort: String(i.sort), active: i.active });
  const rows = [...data].sort((a, b) => AREAS.indexOf(a.area) - AREAS.indexOf(b.area) || a.sort - b.sort);
  return (
    <>
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <AreaSelect label={t('area')} value={area} onChange={setArea} all={t('allAreas')} />
        {canEdit && (
          <Button startIcon={<AddIcon />} onClick={() => setEditing({ area: (area || 'CUSTOMER_SERVICE') as Department, category: '', title: '', standard: '', sort: '', active: true })}>
            {t('add')}
          </Button>
        )}
      </Stack>
      <Table size="small" data-testid="checklist">
        <TableHead>
          <TableRow>
            <TableCell>{t('area')}</TableCell>
            <TableCell>{t('category')}</TableCell>
            <TableCell>{t('title')}</TableCell>
            <TableCell>{t('standard')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((i) => (
            <TableRow key={i.id} sx={{ opacity: i.active ? 1 : 0.55 }}>
              <TableCell>{translate(`enums.Department.${i.area}`)}</TableCell>
              <TableCell>{i.category}</TableCell>
              <TableCell>
                {i.title} <ActiveChip active={i.active} />
              </TableCell>
              <TableCell>{i.standard}</TableCell>
              <TableCell>{canEdit && <EditButton label={t('edit')} onClick={() => setEditing(draftOf(i))} />}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {editing && <ChecklistDialog draft={editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </>
  );
};

// ---------------------------------------------------------------------- posts

type PostDraft = { id?: string; version?: number; name: string; area: Department; active: boolean };

const PostDialog = ({ projectId, draft: initial, onClose, onSaved }: { projectId: string; draft: PostDraft; onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const [d, setD] = useState(initial);
  const { run, busy, error } = useApiStep();
  const t = (key: string) => translate(`resources.inspectionSetup.posts.${key}`);
  const save = () =>
    run((dp) => dp.saveInspectionPost({ id: d.id, version: d.version, projectId, name: d.name.trim(), area: d.area, active: d.active }), {
      done: 'resources.inspectionSetup.saved',
      onDone: () => (onClose(), onSaved()),
    });
  return (
    <ActionDialog open title={`resources.inspectionSetup.posts.${d.id ? 'edit' : 'add'}`} onClose={onClose} onConfirm={save} confirmLabel="ra.action.save" canConfirm={!!d.name.trim()} busy={busy} error={error}>
      <TextField label={t('name')} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} required error={error?.field === 'name'} helperText={t('nameHint')} />
      <AreaSelect label={t('area')} value={d.area} onChange={(v) => setD({ ...d, area: v as Department })} />
      <FormControlLabel control={<Checkbox checked={d.active} onChange={(e) => setD({ ...d, active: e.target.checked })} />} label={t('active')} />
    </ActionDialog>
  );
};

const PostsTab = () => {
  const translate = useTranslate();
  const viewer = useViewerRoles();
  const projects = useViewerProjects();
  const [picked, setPicked] = useState('');
  const projectId = picked || projects[0]?.id || '';
  const canEdit = hasRole(viewer, 'GENERAL_MANAGER', 'QUALITY') || !!viewer?.roles.some((r) => r.role === 'PROJECT_MANAGER' && r.projectId === projectId);
  const [editing, setEditing] = useState<PostDraft | null>(null);
  const { data = [], reload } = useLoad(`setup-posts:${projectId}`, (dp) => (projectId ? dp.inspectionPosts(projectId, true) : undefined));
  const t = (key: string) => translate(`resources.inspectionSetup.posts.${key}`);
  const draftOf = (p: InspectionPostFieldsFragment): PostDraft => ({ id: p.id, version: p.version, name: p.name, area: p.area, active: p.active });
  return (
    <>
      <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 2 }}>
        <ViewerProjectSelect label={t('project')} value={projectId} onChange={setPicked} />
        {canEdit && (
          <Button startIcon={<AddIcon />} onClick={() => setEditing({ name: '', area: 'SECURITY', active: true })}>
            {t('add')}
          </Button>
        )}
      </Stack>
      <Table size="small" data-testid="posts">
        <TableHead>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('area')}</TableCell>
            <TableCell>{t('since')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((p) => (
            <TableRow key={p.id} sx={{ opacity: p.active ? 1 : 0.55 }}>
              <TableCell>
                {p.name} <ActiveChip active={p.active} />
              </TableCell>
              <TableCell>{translate(`enums.Department.${p.area}`)}</TableCell>
              <TableCell>{p.since}</TableCell>
              <TableCell>{canEdit && <EditButton label={t('edit')} onClick={() => setEditing(draftOf(p))} />}</TableCell>
            </TableRow>
          ))}
          {data.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>{t('none')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && <PostDialog projectId={projectId} draft={editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </>
  );
};

// ------------------------------------------------------------- subcontractors

type SubDraft = { id?: string; version?: number; name: string; areas: Department[]; contact: string; active: boolean };

const SubcontractorDialog = ({ draft: initial, onClose, onSaved }: { draft: SubDraft; onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const [d, setD] = useState(initial);
  const { run, busy, error } = useApiStep();
  const t = (key: string) => translate(`resources.inspectionSetup.subcontractors.${key}`);
  const toggle = (a: Department) => setD({ ...d, areas: d.areas.includes(a) ? d.areas.filter((x) => x !== a) : [...d.areas, a] });
  const save = () =>
    run((dp) => dp.saveSubcontractor({ id: d.id, version: d.version, name: d.name.trim(), areas: d.areas, contact: d.contact.trim() || undefined, active: d.active }), {
      done: 'resources.inspectionSetup.saved',
      onDone: () => (onClose(), onSaved()),
    });
  return (
    <ActionDialog open title={`resources.inspectionSetup.subcontractors.${d.id ? 'edit' : 'add'}`} onClose={onClose} onConfirm={save} confirmLabel="ra.action.save" canConfirm={!!d.name.trim() && d.areas.length > 0} busy={busy} error={error}>
      <TextField label={t('name')} value={d.name} onChange={(e) => setD({ ...d, name: e.target.value })} required error={error?.field === 'name'} />
      <Box>
        <Typography variant="caption" color="text.secondary">
          {t('areas')} *
        </Typography>
        <FormGroup row>
          {AREAS.map((a) => (
            <FormControlLabel key={a} control={<Checkbox checked={d.areas.includes(a)} onChange={() => toggle(a)} />} label={translate(`enums.Department.${a}`)} />
          ))}
        </FormGroup>
      </Box>
      <TextField label={t('contact')} value={d.contact} onChange={(e) => setD({ ...d, contact: e.target.value })} />
      <FormControlLabel control={<Checkbox checked={d.active} onChange={(e) => setD({ ...d, active: e.target.checked })} />} label={t('active')} />
    </ActionDialog>
  );
};

const SubcontractorsTab = ({ canEdit }: { canEdit: boolean }) => {
  const translate = useTranslate();
  const [editing, setEditing] = useState<SubDraft | null>(null);
  const { data = [], reload } = useLoad(`setup-subs:${canEdit}`, (dp) => dp.subcontractors(canEdit));
  const t = (key: string) => translate(`resources.inspectionSetup.subcontractors.${key}`);
  const draftOf = (s: SubcontractorFieldsFragment): SubDraft => ({ id: s.id, version: s.version, name: s.name, areas: [...s.areas], contact: s.contact ?? '', active: s.active });
  return (
    <>
      {canEdit && (
        <Button startIcon={<AddIcon />} onClick={() => setEditing({ name: '', areas: [], contact: '', active: true })} sx={{ mb: 2 }}>
          {t('add')}
        </Button>
      )}
      <Table size="small" data-testid="subcontractors">
        <TableHead>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell>{t('areas')}</TableCell>
            <TableCell>{t('contact')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((s) => (
            <TableRow key={s.id} sx={{ opacity: s.active ? 1 : 0.55 }}>
              <TableCell>
                {s.name} <ActiveChip active={s.active} />
              </TableCell>
              <TableCell>
                <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                  {s.areas.map((a) => (
                    <Chip key={a} size="small" label={translate(`enums.Department.${a}`)} />
                  ))}
                </Stack>
              </TableCell>
              <TableCell>{s.contact}</TableCell>
              <TableCell>{canEdit && <EditButton label={t('edit')} onClick={() => setEditing(draftOf(s))} />}</TableCell>
            </TableRow>
          ))}
          {data.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>{t('none')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      {editing && <SubcontractorDialog draft={editing} onClose={() => setEditing(null)} onSaved={reload} />}
    </>
  );
};

// ----------------------------------------------------------------- evaluation

/** 分包方评价: each subcontractor's nonconformities in a span of months, by class, and how many are still open or overdue. */
const EvaluationTab = () => {
  const translate = useTranslate();
  const [to, setTo] = useState(currentMonth());
  const [from, setFrom] = useState(addMonths(currentMonth(), -5));
  const valid = isMonthKey(from) && isMonthKey(to) && from <= to;
  const { data = [], error } = useLoad(`evaluation:${from}:${to}`, (dp) => (valid ? dp.subcontractorEvaluation(from, to) : undefined));
  const t = (key: string) => translate(`resources.inspectionSetup.evaluation.${key}`);
  const month = (label: string, value: string, set: (v: string) => void) => (
    <TextField type="month" sx={{ width: 180 }} size="small" label={label} value={value} onChange={(e) => set(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
  );
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        {month(t('from'), from, setFrom)}
        {month(t('to'), to, setTo)}
      </Stack>
      {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
      <Table size="small" data-testid="subcontractor-evaluation">
        <TableHead>
          <TableRow>
            <TableCell>{t('name')}</TableCell>
            <TableCell align="right">{t('nonconformities')}</TableCell>
            <TableCell align="right">{translate('enums.NonconformityClassShort.SERIOUS')}</TableCell>
            <TableCell align="right">{translate('enums.NonconformityClassShort.GENERAL')}</TableCell>
            <TableCell align="right">{translate('enums.NonconformityClassShort.MINOR')}</TableCell>
            <TableCell align="right">{t('open')}</TableCell>
            <TableCell align="right">{t('overdue')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((e) => (
            <TableRow key={e.subcontractorId}>
              <TableCell>{e.name}</TableCell>
              <TableCell align="right">
                <strong>{e.nonconformities}</strong>
              </TableCell>
              <TableCell align="right">{e.serious}</TableCell>
              <TableCell align="right">{e.general}</TableCell>
              <TableCell align="right">{e.minor}</TableCell>
              <TableCell align="right">{e.open}</TableCell>
              <TableCell align="right">
                <Typography component="span" variant="body2" color={e.overdue ? 'error' : undefined}>
                  {e.overdue}
                </Typography>
              </TableCell>
            </TableRow>
          ))}
          {data.length === 0 && (
            <TableRow>
              <TableCell colSpan={7}>{t('none')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </>
  );
};

const TABS = ['checklist', 'posts', 'subcontractors', 'evaluation'] as const;

/**
 * 检查标准与分包方: the company's checklists per area and its subcontractors (the GM and quality
 * edit them), each project's posts for the daily check (also its project manager), and the
 * subcontractors' evaluation from their findings.
 */
const SetupPage = () => {
  const translate = useTranslate();
  const viewer = useViewerRoles();
  const [tab, setTab] = useState<(typeof TABS)[number]>('checklist');
  const companyWide = hasRole(viewer, 'GENERAL_MANAGER', 'QUALITY');
  const panels: Record<(typeof TABS)[number], ReactNode> = {
    checklist: <ChecklistTab canEdit={companyWide} />,
    posts: <PostsTab />,
    subcontractors: <SubcontractorsTab canEdit={companyWide} />,
    evaluation: <EvaluationTab />,
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.inspectionSetup.name" />
      <CardContent>
        <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ mb: 2 }} variant="scrollable">
          {TABS.map((k) => (
            <Tab key={k} value={k} label={translate(`resources.inspectionSetup.tabs.${k}`)} />
          ))}
        </Tabs>
        {panels[tab]}
      </CardContent>
    </Card>
  );
};

export default SetupPage;
