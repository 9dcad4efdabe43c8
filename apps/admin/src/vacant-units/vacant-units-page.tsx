import { Alert, Button, Card, CardContent, Checkbox, Chip, CircularProgress, FormControlLabel, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography, type ChipProps } from '@mui/material';
import { isMonthKey } from '@wuye/domain';
import type { BuildingFieldsFragment, VacantCheckStatus, VacantUnitsQuery } from '@wuye/schema';
import { useState } from 'react';
import { Title, useGetList, useTranslate } from 'react-admin';
import { ActionDialog } from '../common/ActionDialog';
import { fromChinaInput, toChinaInput } from '../common/china-time';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';
import { ViewerProjectSelect, useViewerProjects } from '../common/ViewerProjectSelect';
import { useHousekeepers } from '../appraisals/BlockHousekeeperSelect';
import { useMonthParam } from '../kpi-dashboard/use-month-param';
import { currentMonth } from '../profitability/months';
import { useLoad } from '../profitability/use-load';

type VacantUnit = VacantUnitsQuery['vacantUnits'][number];

const STATUS_COLOR: Record<VacantCheckStatus, ChipProps['color']> = { CHECKED: 'success', DUE: 'warning', OVERDUE: 'error' };

/** 记录巡查: what was found; a problem (a leak, a broken window) is flagged for follow-up. */
const CheckDialog = ({ unit, label, onClose, onDone }: { unit: VacantUnit; label: string; onClose: () => void; onDone: () => void }) => {
  const translate = useTranslate();
  const { run, busy, error } = useApiStep();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState(false);
  const [checkedAt, setCheckedAt] = useState(() => toChinaInput(new Date()));
  const at = fromChinaInput(checkedAt);
  const t = (key: string) => translate(`resources.vacantUnits.${key}`);
  const save = () =>
    run((dp) => dp.recordVacantUnitCheck({ unitId: unit.unitId, note: note.trim(), problemFound: problem, checkedAt: at?.toISOString() }), {
      done: 'resources.vacantUnits.recorded',
      doneArgs: { unit: label },
      onDone: () => (onClose(), onDone()),
    });
  return (
    <ActionDialog open title="resources.vacantUnits.checkTitle" titleArgs={{ unit: label }} onClose={onClose} onConfirm={save} confirmLabel="ra.action.save" canConfirm={note.trim() !== '' && !!at} busy={busy} error={error}>
      <TextField type="datetime-local" label={t('checkedAt')} value={checkedAt} onChange={(e) => setCheckedAt(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} error={error?.field === 'checkedAt'} />
      <TextField label={t('note')} value={note} onChange={(e) => setNote(e.target.value)} required multiline minRows={2} helperText={t('noteHint')} error={error?.field === 'note'} />
      <FormControlLabel control={<Checkbox checked={problem} onChange={(e) => setProblem(e.target.checked)} />} label={t('problemFound')} />
    </ActionDialog>
  );
};

/**
 * 空置房巡查 (README §7): the project's vacant units and whether the month's check is done — checked,
 * due, or overdue once the month is over (the API decides) — with the check recorded from here. A
 * housekeeper sees the units of their own block.
 */
const VacantUnitsPage = () => {
  const translate = useTranslate();
  const projects = useViewerProjects();
  const canCheck = useHasPermission('vacantUnit.check');
  const [picked, setPicked] = useState('');
  const projectId = picked || projects[0]?.id || '';
  const [month, setMonth] = useMonthParam(() => currentMonth());
  const [checking, setChecking] = useState<VacantUnit | null>(null);
  const { data, error, loading, reload } = useLoad(`vacant:${projectId}:${month}`, (dp) => (projectId ? dp.vacantUnits(projectId, month) : undefined));
  const { data: buildings = [] } = useGetList<BuildingFieldsFragment>('buildings', { filter: { projectId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } }, { enabled: !!projectId });
  const housekeepers = useHousekeepers(projectId);
  const t = (key: string, args?: object) => translate(`resources.vacantUnits.${key}`, args);
  const buildingName = (id: string) => buildings.find((b) => b.id === id)?.name ?? '';
  const label = (u: VacantUnit) => `${buildingName(u.buildingId)} ${u.unitNumber}`.trim();
  const open = (data ?? []).filter((u) => u.status !== 'CHECKED').length;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="resources.vacantUnits.name" />
      <CardContent>
        <Stack direction="row" spacing={2} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
          <ViewerProjectSelect label={t('project')} value={projectId} onChange={setPicked} />
          <TextField type="month" sx={{ width: 180 }} size="small" label={t('month')} value={month} onChange={(e) => isMonthKey(e.target.value) && setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          {loading && <CircularProgress size={20} />}
          {data && (
            <Typography variant="body2" color={open ? 'warning.main' : 'text.secondary'}>
              {t('summary', { total: data.length, open })}
            </Typography>
          )}
        </Stack>
        {error && <Alert severity="error">{translate(error, { _: error })}</Alert>}
        {data && data.length === 0 && <Alert severity="info">{t('none')}</Alert>}
        {data && data.length > 0 && (
          <Table size="small" data-testid="vacant-units">
            <TableHead>
              <TableRow>
                <TableCell>{t('unit')}</TableCell>
                <TableCell>{t('housekeeper')}</TableCell>
                <TableCell>{t('lastCheckedOn')}</TableCell>
                <TableCell>{t('status')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((u) => (
                <TableRow key={u.unitId} data-status={u.status}>
                  <TableCell>{label(u)}</TableCell>
                  <TableCell>{housekeepers.find((h) => h.id === u.housekeeperId)?.name ?? ''}</TableCell>
                  <TableCell>{u.lastCheckedOn ?? t('never')}</TableCell>
                  <TableCell>
                    <Chip size="small" color={STATUS_COLOR[u.status]} variant={u.status === 'CHECKED' ? 'outlined' : 'filled'} label={translate(`enums.VacantCheckStatus.${u.status}`)} />
                  </TableCell>
                  <TableCell>
                    {canCheck && (
                      <Button size="small" variant="outlined" onClick={() => setChecking(u)}>
                        {t('check')}
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        {checking && <CheckDialog unit={checking} label={label(checking)} onClose={() => setChecking(null)} onDone={reload} />}
      </CardContent>
    </Card>
  );
};

export default VacantUnitsPage;
