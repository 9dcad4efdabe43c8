import { Alert, Box, Button, Card, CardContent, CircularProgress, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { NonconformityClass, type ChecklistItemFieldsFragment, type Department, type InspectionLevel } from '@wuye/schema';
import { memo, useEffect, useMemo, useState } from 'react';
import { Title, useRedirect, useTranslate } from 'react-admin';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { enumChoices } from '../common/enum-choices';
import { StaffSelect } from '../common/StaffSelect';
import { useApiStep } from '../common/use-api-step';
import { useViewerRoles } from '../common/viewer-actor';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { useLoad } from '../profitability/use-load';
import { emptyDraft, findingFieldOf, findingsInput, type FindingDraft } from './finding-draft';
import { inspectableAreas, inspectableLevels } from './inspection-levels';

type Item = ChecklistItemFieldsFragment;
type Subcontractor = { id: string; name: string; areas: readonly string[] };

const big = { minHeight: 48 };

type ItemProps = {
  item: Item;
  draft: FindingDraft;
  onChange: (itemId: string, patch: Partial<FindingDraft>) => void;
  projectId: string;
  subcontractors: readonly Subcontractor[];
  problem: { field: string; message: string } | null;
};

/** One checklist item: pass or nonconformity, and for a nonconformity its class, description, photo and who answers for it. */
const ItemCard = memo(({ item, draft, onChange, projectId, subcontractors, problem }: ItemProps) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.inspections.form.${key}`);
  const set = (patch: Partial<FindingDraft>) => onChange(item.id, patch);
  const nc = draft.result === 'NONCONFORMITY';
  const err = (field: string) => (problem?.field === field ? translate(problem.message, { _: problem.message }) : undefined);
  return (
    <Card variant="outlined" data-testid="checklist-item" data-item={item.title} data-result={draft.result ?? ''} sx={{ borderColor: nc ? 'error.main' : draft.result === 'PASS' ? 'success.main' : undefined }}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="subtitle1" component="h3">
          {item.title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {item.standard}
        </Typography>
        <ToggleButtonGroup exclusive fullWidth value={draft.result} onChange={(_, v) => set({ result: v })} aria-label={item.title}>
          <ToggleButton value="PASS" color="success" sx={big}>
            {t('pass')}
          </ToggleButton>
          <ToggleButton value="NONCONFORMITY" color="error" sx={big}>
            {t('nonconformity')}
          </ToggleButton>
        </ToggleButtonGroup>
        {nc && (
          <Stack spacing={2} sx={{ mt: 2 }}>
            <Box>
              <Typography variant="caption" color={err('nonconformityClass') ? 'error' : 'text.secondary'}>
                {t('class')} *
              </Typography>
              <ToggleButtonGroup exclusive fullWidth size="small" value={draft.nonconformityClass} onChange={(_, v) => set({ nonconformityClass: v ?? '' })} aria-label={t('class')}>
                {enumChoices('NonconformityClass', NonconformityClass).map((c) => (
                  <ToggleButton key={c.id} value={c.id} sx={big}>
                    {translate(`enums.NonconformityClassShort.${c.id}`)}
                  </ToggleButton>
                ))}
              </ToggleButtonGroup>
              {err('nonconformityClass') && (
                <Typography variant="caption" color="error">
                  {err('nonconformityClass')}
                </Typography>
              )}
            </Box>
            <TextField label={t('description')} value={draft.description} onChange={(e) => set({ description: e.target.value })} required multiline minRows={2} fullWidth error={!!err('description')} helperText={err('description')} />
            <TextField label={t('photoRef')} value={draft.photoRef} onChange={(e) => set({ photoRef: e.target.value })} fullWidth helperText={err('photoRef') ?? t('photoRefHint')} error={!!err('photoRef')} />
            <ToggleButtonGroup exclusive fullWidth size="small" value={draft.party} onChange={(_, v) => v && set({ party: v })} aria-label={t('party')}>
              <ToggleButton value="person" sx={big}>
                {t('person')}
              </ToggleButton>
              <ToggleButton value="subcontractor" sx={big} disabled={subcontractors.length === 0}>
                {t('subcontractor')}
              </ToggleButton>
            </ToggleButtonGroup>
            {draft.party === 'person' ? (
              <StaffSelect projectId={projectId} value={draft.responsibleUserId} onChange={(id) => set({ responsibleUserId: id })} label={t('responsible')} error={!!err('responsibleUserId')} helperText={err('responsibleUserId') ?? t('responsibleHint')} />
            ) : (
              <TextField select label={t('subcontractor')} value={draft.subcontractorId} onChange={(e) => set({ subcontractorId: e.target.value })} fullWidth error={!!err('subcontractorId')} helperText={err('subcontractorId')}>
                {subcontractors.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
});

/**
 * 检查记录 on a phone (README §7): level, area and post, then the area's checklist item by item —
 * pass or nonconformity, and for a nonconformity its class, description, photo reference and the
 * person or subcontractor who answers for it. Only levels and areas the viewer may inspect are
 * offered; the API checks everything again.
 */
const InspectionForm = () => {
  const translate = useTranslate();
  const redirect = useRedirect();
  const viewer = useViewerRoles();
  const projects = useViewerProjects();
  const { run, busy, error } = useApiStep();
  const [projectId, setProjectId] = useState('');
  const project = projectId || projects[0]?.id || '';
  const levels = viewer && project ? inspectableLevels(viewer, project) : [];
  const [chosenLevel, setLevel] = useState<InspectionLevel | ''>('');
  const level = chosenLevel && levels.includes(chosenLevel) ? chosenLevel : (levels[0] ?? '');
  const areas = viewer && project && level ? inspectableAreas(viewer, project, level) : [];
  const [chosenArea, setArea] = useState<Department | ''>('');
  const area = chosenArea && areas.includes(chosenArea) ? chosenArea : (areas[0] ?? '');
  const [postId, setPostId] = useState('');
  const [inspectedAt, setInspectedAt] = useState(() => toChinaInput(new Date()));
  const [note, setNote] = useState('');
  const [drafts, setDrafts] = useState<Record<string, FindingDraft>>({});
  const [sentItems, setSentItems] = useState<string[]>([]);
  const t = (key: string, args?: object) => translate(`resources.inspections.form.${key}`, args);

  const checklist = useLoad(`checklist:${area}`, (dp) => (area ? dp.inspectionChecklist(area) : undefined));
  const posts = useLoad(`posts:${project}`, (dp) => (project ? dp.inspectionPosts(project) : undefined));
  const subs = useLoad('subcontractors', (dp) => dp.subcontractors());
  const items = useMemo(() => [...(checklist.data ?? [])].sort((a, b) => a.sort - b.sort), [checklist.data]);
  const areaPosts = (posts.data ?? []).filter((p) => p.area === area);
  const areaSubs = useMemo(() => (subs.data ?? []).filter((s) => s.areas.includes(area as Department)), [subs.data, area]);

  // A new area is a new checklist: start its items afresh.
  useEffect(() => {
    setDrafts({});
    setPostId('');
  }, [area, project]);

  const change = useMemo(
    () => (itemId: string, patch: Partial<FindingDraft>) => setDrafts((d) => ({ ...d, [itemId]: { ...(d[itemId] ?? emptyDraft()), ...patch } })),
    [],
  );
  const allPass = () => setDrafts((d) => Object.fromEntries(items.map((i) => [i.id, d[i.id]?.result ? d[i.id]! : { ...emptyDraft(), result: 'PASS' as const }])));

  const { findings, itemIds } = findingsInput(items, drafts);
  const problem = findingFieldOf(error?.field, sentItems);
  const nonconformities = findings.filter((f) => f.result === 'NONCONFORMITY').length;
  const at = fromChinaInput(inspectedAt);

  const submit = () => {
    setSentItems(itemIds);
    return run(
      (dp) =>
        dp.recordInspection({
          projectId: project,
          level: level as InspectionLevel,
          area: area as Department,
          postId: postId || undefined,
          inspectedAt: at?.toISOString(),
          note: note.trim() || undefined,
          findings,
        }),
      { done: 'resources.inspections.form.recorded', doneArgs: { count: nonconformities }, onDone: (r) => redirect('show', 'inspections', r.id) },
    );
  };

  if (!viewer) return <CircularProgress />;
  return (
    <Box sx={{ width: '100%', maxWidth: 640, mx: 'auto', py: 1, pb: 12 }} data-testid="inspection-form">
      <Title title="resources.inspections.form.title" />
      <Stack spacing={2}>
        <Typography variant="h6" component="h1">
          {t('title')}
        </Typography>
        {projects.length > 1 && <ViewerProjectSelect label={t('project')} value={project} onChange={setProjectId} />}
        {levels.length === 0 ? (
          <Alert severity="info">{t('nothingToInspect')}</Alert>
        ) : (
          <>
            <TextField select label={t('level')} value={level} onChange={(e) => setLevel(e.target.value as InspectionLevel)} fullWidth slotProps={{ htmlInput: { 'data-testid': 'inspection-level' } }}>
              {levels.map((l) => (
                <MenuItem key={l} value={l}>
                  {translate(`enums.InspectionLevel.${l}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t('area')} value={area} onChange={(e) => setArea(e.target.value as Department)} fullWidth slotProps={{ htmlInput: { 'data-testid': 'inspection-area' } }}>
              {areas.map((a) => (
                <MenuItem key={a} value={a}>
                  {translate(`enums.Department.${a}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label={t('post')} value={postId} onChange={(e) => setPostId(e.target.value)} fullWidth helperText={t(level === 'DAILY' ? 'postHintDaily' : 'postHint')} slotProps={{ htmlInput: { 'data-testid': 'inspection-post' } }}>
              <MenuItem value="">{t('noPost')}</MenuItem>
              {areaPosts.map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField type="datetime-local" label={t('inspectedAt')} value={inspectedAt} onChange={(e) => setInspectedAt(e.target.value)} fullWidth slotProps={{ inputLabel: { shrink: true } }} />
            <Stack direction="row" alignItems="center" justifyContent="space-between">
              <Typography variant="subtitle1">{t('items', { checked: findings.length, total: items.length })}</Typography>
              <Button onClick={allPass} disabled={!items.length}>
                {t('restPass')}
              </Button>
            </Stack>
            {checklist.loading && <CircularProgress size={24} />}
            {items.map((item) => (
              <ItemCard
                key={item.id}
                item={item}
                draft={drafts[item.id] ?? emptyDraft()}
                onChange={change}
                projectId={project}
                subcontractors={areaSubs}
                problem={problem?.itemId === item.id && error ? { field: problem.field, message: error.message } : null}
              />
            ))}
            <TextField label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} multiline minRows={2} fullWidth />
            {error && !problem && (
              <Alert severity="error" role="alert" data-testid="step-error">
                {translate(error.message, { _: error.message })}
              </Alert>
            )}
            {error && problem && <Alert severity="error">{t('fixItem')}</Alert>}
          </>
        )}
      </Stack>
      {levels.length > 0 && (
        <Box sx={{ position: 'fixed', left: 0, right: 0, bottom: 0, p: 1.5, bgcolor: 'background.paper', borderTop: 1, borderColor: 'divider', zIndex: 2, display: 'flex', justifyContent: 'center' }}>
          <Button variant="contained" size="large" sx={{ ...big, width: '100%', maxWidth: 640 }} onClick={submit} disabled={busy || findings.length === 0 || !at} data-testid="record-inspection">
            {t('submit', { checked: findings.length, nonconformities })}
          </Button>
        </Box>
      )}
    </Box>
  );
};

export default InspectionForm;
