import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import BuildCircleIcon from '@mui/icons-material/BuildCircle';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 整改跟踪: nonconformities and their corrective actions, overdue ones flagged. */
export const inspectionFindings: ResourceProps = {
  name: 'inspectionFindings',
  icon: AssignmentLateIcon,
  list: lazy(() => import('./finding-list')),
};

/** 我的整改: what the viewer must acknowledge or carry out. */
export const myFindings: ResourceProps = {
  name: 'myFindings',
  icon: BuildCircleIcon,
  list: lazy(() => import('./my-findings')),
};
