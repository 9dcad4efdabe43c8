import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 不合格记录: repeats and their corrective and preventive actions, for managers and quality. */
export const nonconformities: ResourceProps = {
  name: 'nonconformities',
  icon: ReportProblemIcon,
  list: lazy(() => import('./nonconformity-list')),
};
