import QueryStatsIcon from '@mui/icons-material/QueryStats';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 损益分析: each service item's P&L by month, with the orders behind it (profitability.read). */
export const profitability: ResourceProps = {
  name: 'profitability',
  icon: QueryStatsIcon,
  list: lazy(() => import('./pnl-page')),
};
