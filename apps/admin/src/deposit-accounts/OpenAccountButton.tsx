import AddIcon from '@mui/icons-material/Add';
import { Autocomplete, MenuItem, TextField } from '@mui/material';
import type { ResidentFieldsFragment } from '@wuye/schema';
import { useState } from 'react';
import { Button, useCreatePath, useGetIdentity, useGetList, useRedirect, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { useHasPermission } from '../common/use-has-permission';
import { AmountInput } from './AmountInput';
import { useDepositMove } from './use-deposit-move';

type Resident = ResidentFieldsFragment;

/** Residents of the project matching what is typed (name or phone), searched by the API. */
function useResidents(projectId: string, search: string, enabled: boolean) {
  const { data, isPending } = useGetList<Resident>(
    'residents',
    { filter: { projectId, q: search.trim() }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: enabled && !!projectId },
  );
  return { residents: data ?? [], loading: enabled && isPending };
}

/**
 * 新建押金账户: a top-up for a resident of the project; the first top-up opens the account (a
 * resident who already has one simply gets the top-up). Opens the account afterwards.
 */
export const OpenAccountButton = () => {
  const canManage = useHasPermission('deposit.manage');
  const dialog = useDialog();
  const translate = useTranslate();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const { data: identity } = useGetIdentity();
  const projects = (identity as Identity | undefined)?.viewer.projects ?? [];
  const [projectId, setProjectId] = useState('');
  const [resident, setResident] = useState<Resident | null>(null);
  const [search, setSearch] = useState('');
  const move = useDepositMove('topUp');
  const { residents, loading } = useResidents(projectId, search, dialog.open);
  if (!canManage) return null;

  const open = () => {
    move.reset();
    setProjectId(projects[0]?.id ?? '');
    setResident(null);
    setSearch('');
    dialog.show();
  };
  const confirm = () =>
    resident &&
    move.submit(resident.id, (account) => {
      dialog.hide();
      redirect(createPath({ resource: 'depositAccounts', id: account.id, type: 'show' }));
    });
  const label = (r: Resident) => `${r.name}（${r.unit.building.name} ${r.unit.number} · ${translate(`enums.ResidentKind.${r.kind}`)}）`;

  return (
    <>
      <Button label="resources.depositAccounts.actions.create" onClick={open} startIcon={<AddIcon />} />
      <ActionDialog
        title="resources.depositAccounts.create.title"
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel="resources.depositAccounts.actions.topUp"
        canConfirm={!!resident && move.amount.trim() !== ''}
        busy={move.busy}
        error={move.dialogError}
      >
        <TextField
          select
          label={translate('resources.depositAccounts.fields.projectId')}
          value={projectId}
          onChange={(e) => {
            setProjectId(e.target.value);
            setResident(null);
          }}
        >
          {projects.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <Autocomplete
          options={residents}
          value={resident}
          onChange={(_e, value) => setResident(value)}
          onInputChange={(_e, text, reason) => reason === 'input' && setSearch(text)}
          getOptionLabel={label}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          // The API has already filtered by what was typed.
          filterOptions={(options) => options}
          loading={loading}
          noOptionsText={translate('resources.depositAccounts.create.noResidents')}
          renderInput={(params) => (
            <TextField {...params} label={translate('resources.depositAccounts.fields.resident')} helperText={translate('resources.depositAccounts.create.hint')} required />
          )}
        />
        <AmountInput value={move.amount} onChange={move.change} error={move.amountError} />
      </ActionDialog>
    </>
  );
};
