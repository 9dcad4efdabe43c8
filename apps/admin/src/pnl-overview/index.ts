import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 损益总览: the general manager's company-wide P&L and the discontinuations to approve. */
export const pnlOverview: ResourceProps = {
  name: 'pnlOverview',
  icon: AssessmentIcon,
  list: lazy(() => import('./overview-page')),
};
