import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Chip, Grid, Pagination, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, MenuItem } from '@mui/material';
import { formatBasisPoints } from '@wuye/domain';
import type { GetSatisfactionSurveyQuery, SurveyActionFieldsFragment } from '@wuye/schema';
import { useState, type ReactNode } from 'react';
import { useLocaleState, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { toChinaInput } from '../common/china-time';
import { useChinaTime } from '../common/DateTimeField';
import { DetailSection, DetailShow } from '../common/DetailPage';
import { ProjectNameField } from '../common/ProjectNameField';
import { StaffSelect } from '../common/StaffSelect';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import { useViewerRoles } from '../common/viewer-actor';
import { RESPONSES_PAGE } from '../dataProvider/resources/surveys';
import { ResponseForm } from './ResponseForm';
import { SurveyItemsChart } from './SurveyItemsChart';

type Survey = GetSatisfactionSurveyQuery['satisfactionSurvey'];

const percent = (bp: number | null | undefined) => (bp == null ? '—' : formatBasisPoints(bp));
const today = () => toChinaInput(new Date()).slice(0, 10);

const Figure = ({ label, value, testId }: { label: string; value: ReactNode; testId?: string }) => (
  <Grid size={{ xs: 6, sm: 3 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h5" data-testid={testId}>
      {value}
    </Typography>
  </Grid>
);

const AddActionDialog = ({ survey, onClose }: { survey: Survey; onClose: () => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { run, busy, error } = useApiStep();
  const [itemCode, setItemCode] = useState('');
  const [action, setAction] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [deadline, setDeadline] = useState('');
  const t = (key: string) => translate(`resources.satisfactionSurveys.actions.${key}`);
  const save = () =>
    run((dp) => dp.saveSurveyAction({ surveyId: survey.id, itemCode: itemCode || undefined, action: action.trim(), ownerId, deadline }), { done: 'resources.satisfactionSurveys.actions.saved', onDone: onClose });
  return (
    <ActionDialog open title="resources.satisfactionSurveys.actions.add" onClose={onClose} onConfirm={save} confirmLabel="ra.action.save" canConfirm={!!action.trim() && !!ownerId && !!deadline} busy={busy} error={error}>
      <TextField select label={t('item')} value={itemCode} onChange={(e) => setItemCode(e.target.value)}>
        <MenuItem value="">{t('general')}</MenuItem>
        {survey.items.map((i) => (
          <MenuItem key={i.code} value={i.code}>
            {locale === 'en' ? i.en : i.zh}
          </MenuItem>
        ))}
      </TextField>
      <TextField label={t('action')} value={action} onChange={(e) => setAction(e.target.value)} required multiline minRows={2} error={error?.field === 'action'} />
      <StaffSelect projectId={survey.projectId} value={ownerId} onChange={setOwnerId} label={t('owner')} required error={error?.field === 'ownerId'} />
      <TextField type="date" label={t('deadline')} value={deadline} onChange={(e) => setDeadline(e.target.value)} required error={error?.field === 'deadline'} slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today() } }} />
    </ActionDialog>
  );
};

const CompleteActionButton = ({ action }: { action: SurveyActionFieldsFragment }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const { run, busy, error } = useApiStep();
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => setOpen(true)}>
        {translate('resources.satisfactionSurveys.actions.complete')}
      </Button>
      <ActionDialog
        open={open}
        title="resources.satisfactionSurveys.actions.complete"
        onClose={() => setOpen(false)}
        onConfirm={() => run((dp) => dp.completeSurveyAction({ id: action.id, version: action.version, note: note.trim() }), { done: 'resources.satisfactionSurveys.actions.completed', onDone: () => setOpen(false) })}
        confirmLabel="resources.satisfactionSurveys.actions.complete"
        canConfirm={note.trim() !== ''}
        busy={busy}
        error={error}
      >
        <Typography variant="body2">{action.action}</Typography>
        <TextField label={translate('resources.satisfactionSurveys.actions.doneNote')} value={note} onChange={(e) => setNote(e.target.value)} required multiline minRows={2} />
      </ActionDialog>
    </>
  );
};

/** 整改措施: improvement actions with their owner and deadline; the owner (or a manager) marks one done. */
const Actions = ({ survey }: { survey: Survey }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const time = useChinaTime();
  const viewer = useViewerRoles();
  const canManage = useHasPermission('survey.manage');
  const [adding, setAdding] = useState(false);
  const t = (key: string) => translate(`resources.satisfactionSurveys.actions.${key}`);
  const itemName = (code: string | null | undefined) => {
    const item = survey.items.find((i) => i.code === code);
    return item ? (locale === 'en' ? item.en : item.zh) : t('general');
  };
  return (
    <DetailSection title="resources.satisfactionSurveys.actions.title" testId="survey-actions">
      {canManage && (
        <Button startIcon={<AddIcon />} onClick={() => setAdding(true)} sx={{ mb: 1 }}>
          {t('add')}
        </Button>
      )}
      {survey.actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {t('none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('item')}</TableCell>
              <TableCell>{t('action')}</TableCell>
              <TableCell>{t('owner')}</TableCell>
              <TableCell>{t('deadline')}</TableCell>
              <TableCell>{t('status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {survey.actions.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{itemName(a.itemCode)}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.action}</TableCell>
                <TableCell>{a.owner?.name}</TableCell>
                <TableCell>{a.deadline}</TableCell>
                <TableCell>
                  {a.doneAt ? (
                    <Stack spacing={0.5}>
                      <Chip size="small" color="success" label={t('done')} />
                      <Typography variant="caption" color="text.secondary">
                        {time(a.doneAt)} {a.doneNote}
                      </Typography>
                    </Stack>
                  ) : (
                    (canManage || a.ownerId === viewer?.userId) && <CompleteActionButton action={a} />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {adding && <AddActionDialog survey={survey} onClose={() => setAdding(false)} />}
    </DetailSection>
  );
};

const EditSurveyDialog = ({ survey, close, onClose }: { survey: Survey; close: boolean; onClose: () => void }) => {
  const translate = useTranslate();
  const { run, busy, error } = useApiStep();
  const [distributed, setDistributed] = useState(String(survey.distributed));
  const [closesOn, setClosesOn] = useState(survey.closesOn);
  const t = (key: string) => translate(`resources.satisfactionSurveys.${key}`);
  const save = () =>
    run((dp) => dp.updateSatisfactionSurvey(close ? { id: survey.id, version: survey.version, close: true } : { id: survey.id, version: survey.version, distributed: Number(distributed), closesOn }), {
      done: close ? 'resources.satisfactionSurveys.closed' : 'resources.satisfactionSurveys.updated',
      onDone: onClose,
    });
  return (
    <ActionDialog open title={`resources.satisfactionSurveys.${close ? 'closeTitle' : 'editTitle'}`} onClose={onClose} onConfirm={save} confirmLabel={close ? 'resources.satisfactionSurveys.close' : 'ra.action.save'} canConfirm={close || /^\d+$/.test(distributed)} busy={busy} error={error}>
      {close ? (
        <Typography variant="body2">{t('closeHint')}</Typography>
      ) : (
        <>
          <TextField label={t('fields.distributed')} value={distributed} onChange={(e) => setDistributed(e.target.value)} slotProps={{ htmlInput: { inputMode: 'numeric' } }} error={error?.field === 'distributed'} />
          <TextField type="date" label={t('fields.closesOn')} value={closesOn} onChange={(e) => setClosesOn(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} error={error?.field === 'closesOn'} />
        </>
      )}
    </ActionDialog>
  );
};

const Responses = ({ survey, page, setPage }: { survey: Survey; page: number; setPage: (p: number) => void }) => {
  const translate = useTranslate();
  const time = useChinaTime();
  const t = (key: string) => translate(`resources.satisfactionSurveys.${key}`);
  const pages = Math.max(1, Math.ceil(survey.responses.totalCount / RESPONSES_PAGE));
  return (
    <DetailSection title="resources.satisfactionSurveys.responses" testId="survey-responses">
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{t('unit')}</TableCell>
              {survey.items.map((i) => (
                <TableCell key={i.code} align="center" sx={{ fontSize: 12 }}>
                  {i.zh}
                </TableCell>
              ))}
              <TableCell>{t('comment')}</TableCell>
              <TableCell>{t('source')}</TableCell>
              <TableCell>{t('enteredAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {survey.responses.items.map((r) => (
              <TableRow key={r.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.unit ? `${r.unit.building.name} ${r.unit.number}` : ''}</TableCell>
                {survey.items.map((i) => (
                  <TableCell key={i.code} align="center">
                    {r.answers.find((a) => a.item === i.code)?.level ?? '—'}
                  </TableCell>
                ))}
                <TableCell>{r.comment}</TableCell>
                <TableCell>{translate(`enums.ResponseSource.${r.source}`, { _: r.source })}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(r.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      {pages > 1 && <Pagination sx={{ mt: 1 }} count={pages} page={page + 1} onChange={(_, p) => setPage(p - 1)} />}
    </DetailSection>
  );
};

const Body = ({ page, setPage }: { page: number; setPage: (p: number) => void }) => {
  const survey = useRecordContext<Survey>();
  const translate = useTranslate();
  const refresh = useRefresh();
  const canRespond = useHasPermission('survey.respond');
  const canManage = useHasPermission('survey.manage');
  const [entering, setEntering] = useState(false);
  const [editing, setEditing] = useState<'edit' | 'close' | null>(null);
  if (!survey) return null;
  const r = survey.results;
  const t = (key: string, args?: object) => translate(`resources.satisfactionSurveys.${key}`, args);
  const open = survey.state === 'OPEN';
  return (
    <>
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
        <Typography variant="h6" component="h1">
          {survey.title}
        </Typography>
        <Chip size="small" color={open ? 'info' : 'default'} label={translate(`enums.SurveyState.${survey.state}`)} data-testid="survey-state" />
        <Typography variant="body2" color="text.secondary">
          <ProjectNameField source="projectId" /> · {survey.period} · {survey.opensOn} – {survey.closesOn}
        </Typography>
        <Box sx={{ flex: 1 }} />
        {open && canRespond && (
          <Button variant="contained" onClick={() => setEntering(true)} data-testid="enter-response">
            {t('enterResponse')}
          </Button>
        )}
        {open && canManage && <Button onClick={() => setEditing('edit')}>{t('edit')}</Button>}
        {open && canManage && (
          <Button color="warning" onClick={() => setEditing('close')}>
            {t('close')}
          </Button>
        )}
      </Stack>
      <Grid container spacing={2}>
        <Figure label={t('fields.distributed')} value={r.distributed} />
        <Figure label={t('fields.returned')} value={r.returned} testId="survey-returned" />
        <Figure label={t('fields.responseRate')} value={percent(r.responseRateBasisPoints)} testId="survey-response-rate" />
        <Figure label={t('fields.overallRate')} value={percent(r.overall.rateBasisPoints)} testId="survey-overall-rate" />
      </Grid>
      <Typography variant="caption" color="text.secondary">
        {t('overallHint', { satisfied: r.overall.satisfied, answered: r.overall.answered })}
      </Typography>
      <Box sx={{ mt: 3 }}>
        <SurveyItemsChart items={r.items} title={t('byItem')} />
      </Box>
      <DetailSection title="resources.satisfactionSurveys.comments" testId="survey-comments">
        {r.comments.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {t('noComments')}
          </Typography>
        ) : (
          <>
            <Typography variant="caption" color="text.secondary">
              {t('commentsCount', { count: r.withComments, shown: r.comments.length })}
            </Typography>
            <Stack component="ul" sx={{ pl: 2, my: 0.5 }}>
              {r.comments.map((c, i) => (
                <Typography component="li" variant="body2" key={i}>
                  {c}
                </Typography>
              ))}
            </Stack>
          </>
        )}
      </DetailSection>
      <Actions survey={survey} />
      <Responses survey={survey} page={page} setPage={setPage} />
      {!open && <Alert severity="info" sx={{ mt: 2 }}>{t('closedHint')}</Alert>}
      {entering && <ResponseForm surveyId={survey.id} projectId={survey.projectId} items={survey.items} onClose={() => setEntering(false)} onDone={refresh} />}
      {editing && <EditSurveyDialog survey={survey} close={editing === 'close'} onClose={() => setEditing(null)} />}
    </>
  );
};

/** 满意度调查: results per item and overall, comments, improvement actions and the questionnaires entered. */
const SurveyShow = () => {
  const [page, setPage] = useState(0);
  return (
    <DetailShow queryOptions={{ meta: { responsesSkip: page * RESPONSES_PAGE } }}>
      <Body page={page} setPage={setPage} />
    </DetailShow>
  );
};

export default SurveyShow;
