import { CircularProgress, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useApiStep } from '../common/use-api-step';
import type { StaffChoice } from '../dataProvider/resources/kpi';
import { useLoad } from '../profitability/use-load';

type Building = { id: string; name: string; projectId: string; housekeeperId?: string | null; version: number };

/** The project's housekeepers, for the block pickers of a screen (one request for every row). */
export const useHousekeepers = (projectId: string | undefined) =>
  useLoad(`housekeepers:${projectId ?? ''}`, (dp) => (projectId ? dp.staffOf(projectId, 'HOUSEKEEPER') : undefined)).data ?? [];

/**
 * 组团: which housekeeper's block a building belongs to (their appraisal reads its follow-ups and
 * complaints); choosing saves at once.
 */
export const BlockHousekeeperSelect = ({ building, housekeepers, onDone, disabled }: { building: Building; housekeepers: readonly StaffChoice[]; onDone: () => void; disabled?: boolean }) => {
  const translate = useTranslate();
  const { run, busy, error } = useApiStep();
  const assign = (housekeeperId: string) =>
    run((dp) => dp.assignBlockHousekeeper({ buildingId: building.id, version: building.version, housekeeperId: housekeeperId || null }), {
      done: 'resources.housekeeperAppraisals.blockSaved',
      doneArgs: { building: building.name },
      onDone,
    });
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <TextField
        select
        size="small"
        label={translate('resources.housekeeperAppraisals.housekeeper')}
        value={housekeepers.some((h) => h.id === building.housekeeperId) ? building.housekeeperId : ''}
        onChange={(e) => void assign(e.target.value)}
        disabled={disabled || busy}
        error={!!error}
        helperText={error ? translate(error.message, { _: error.message }) : undefined}
        sx={{ minWidth: 180 }}
        slotProps={{ htmlInput: { 'aria-label': `${building.name} ${translate('resources.housekeeperAppraisals.housekeeper')}` } }}
      >
        <MenuItem value="">{translate('resources.housekeeperAppraisals.noHousekeeper')}</MenuItem>
        {housekeepers.map((h) => (
          <MenuItem key={h.id} value={h.id}>
            {h.name}
          </MenuItem>
        ))}
      </TextField>
      {busy && <CircularProgress size={16} />}
    </Stack>
  );
};
