import SavingsIcon from '@mui/icons-material/Savings';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 押金账户: tenants' prepaid deposits (预交押金), their top-ups, draws and refunds. */
export const depositAccounts: ResourceProps = {
  name: 'depositAccounts',
  icon: SavingsIcon,
  list: lazy(() => import('./deposit-account-list')),
  show: lazy(() => import('./deposit-account-show')),
  recordRepresentation: (record) => record.resident?.name ?? '',
};
