import { DialogContentText, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, useGetIdentity, useListContext, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { ActionDialog, useDialog } from '../common/ActionDialog';
import { chinaYearMonth, parseMonthInput, toMonthInput } from '../common/china-time';
import { useApiStep } from '../common/use-api-step';
import { useHasPermission } from '../common/use-has-permission';

/**
 * 生成本月账单: builds (or refreshes) the drafts of a project's month from the orders settled to
 * the statement and pending corrections, then shows that month. Issued statements stay as they are.
 */
export const PrepareStatementsButton = () => {
  const canManage = useHasPermission('statement.manage');
  const dialog = useDialog();
  const translate = useTranslate();
  const { setFilters, filterValues } = useListContext();
  const { data: identity } = useGetIdentity();
  const projects = (identity as Identity | undefined)?.viewer.projects ?? [];
  const [projectId, setProjectId] = useState('');
  const [period, setPeriod] = useState('');
  const { run, busy, error, setError } = useApiStep();
  if (!canManage) return null;

  const open = () => {
    setError(null);
    setProjectId((filterValues.projectId as string | undefined) ?? projects[0]?.id ?? '');
    setPeriod(toMonthInput(chinaYearMonth(new Date())));
    dialog.show();
  };
  const chosen = parseMonthInput(period);
  const confirm = () =>
    chosen &&
    run((dp) => dp.prepareStatements({ projectId, ...chosen }), {
      done: 'resources.monthlyStatements.prepare.done',
      doneArgs: (drafts) => ({ smart_count: drafts.length, period }),
      onDone: () => {
        dialog.hide();
        setFilters({ projectId, period });
      },
    });

  return (
    <>
      <Button label="resources.monthlyStatements.actions.prepare" onClick={open} />
      <ActionDialog
        title="resources.monthlyStatements.actions.prepare"
        open={dialog.open}
        onClose={dialog.hide}
        onConfirm={confirm}
        confirmLabel="resources.monthlyStatements.prepare.confirm"
        canConfirm={!!projectId && !!chosen}
        busy={busy}
        error={error}
      >
        <DialogContentText>{translate('resources.monthlyStatements.prepare.hint')}</DialogContentText>
        <TextField select label={translate('resources.monthlyStatements.fields.projectId')} value={projectId} onChange={(e) => setProjectId(e.target.value)}>
          {projects.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="month"
          label={translate('resources.monthlyStatements.fields.period')}
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </ActionDialog>
    </>
  );
};
