import BadgeIcon from '@mui/icons-material/Badge';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const staffUsers: ResourceProps = {
  name: 'staffUsers',
  icon: BadgeIcon,
  list: lazy(() => import('./staff-user-list')),
  create: lazy(() => import('./staff-user-create')),
  edit: lazy(() => import('./staff-user-edit')),
  recordRepresentation: 'name',
};
