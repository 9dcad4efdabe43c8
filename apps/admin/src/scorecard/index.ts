import BadgeIcon from '@mui/icons-material/Badge';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 我的考核: the viewer's own month, entries, appeals and appraisals (every member of staff). */
export const myScorecard: ResourceProps = {
  name: 'myScorecard',
  icon: BadgeIcon,
  list: lazy(() => import('./scorecard-page')),
};

export const MyMonthCard = lazy(() => import('./MyMonthCard'));
