import SummarizeIcon from '@mui/icons-material/Summarize';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 检查月报: the GM's approval inbox and each project's monthly report (id "<projectId>_<YYYY-MM>"). */
export const inspectionReports: ResourceProps = {
  name: 'inspectionReports',
  icon: SummarizeIcon,
  list: lazy(() => import('./report-list')),
  show: lazy(() => import('./report-page')),
};
