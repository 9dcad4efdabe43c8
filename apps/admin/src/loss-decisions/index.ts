import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 亏损处理: the project manager's review of loss and thin items and the decisions on them (profitability.decide). */
export const lossDecisions: ResourceProps = {
  name: 'lossDecisions',
  icon: GavelIcon,
  list: lazy(() => import('./review-page')),
};
