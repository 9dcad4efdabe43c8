import InsightsIcon from '@mui/icons-material/Insights';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 投诉统计: 投诉情况月度汇总 with charts (a page, not a list of records). */
export const complaintStats: ResourceProps = {
  name: 'complaintStats',
  icon: InsightsIcon,
  list: lazy(() => import('./stats-page')),
};
