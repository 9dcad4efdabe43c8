import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';
import { toMonthInput } from '../common/china-time';

/** 月结账单: owners' monthly statements (记账月结), from draft to paid, and their corrections. */
export const monthlyStatements: ResourceProps = {
  name: 'monthlyStatements',
  icon: CalendarMonthIcon,
  list: lazy(() => import('./statement-list')),
  show: lazy(() => import('./statement-show')),
  recordRepresentation: (record) => toMonthInput(record as { year: number; month: number }),
};
