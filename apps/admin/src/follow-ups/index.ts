import PhoneCallbackIcon from '@mui/icons-material/PhoneCallback';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 回访: the worklist of visits due (soonest first, overdue flagged) and recording a visit. */
export const followUps: ResourceProps = {
  name: 'followUps',
  icon: PhoneCallbackIcon,
  list: lazy(() => import('./follow-up-list')),
};
