import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 收款记录: every payment with its receipt number, across orders (财务). */
export const payments: ResourceProps = {
  name: 'payments',
  icon: ReceiptLongIcon,
  list: lazy(() => import('./payment-list')),
  recordRepresentation: 'receiptNumber',
};
