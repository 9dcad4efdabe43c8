import SupervisorAccountIcon from '@mui/icons-material/SupervisorAccount';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 管家考核: housekeepers' monthly appraisals and the buildings of their blocks. */
export const housekeeperAppraisals: ResourceProps = {
  name: 'housekeeperAppraisals',
  icon: SupervisorAccountIcon,
  list: lazy(() => import('./appraisal-page')),
};
