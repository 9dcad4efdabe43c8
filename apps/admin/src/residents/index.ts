import PeopleIcon from '@mui/icons-material/People';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const residents: ResourceProps = {
  name: 'residents',
  icon: PeopleIcon,
  list: lazy(() => import('./resident-list')),
  create: lazy(() => import('./resident-create')),
  edit: lazy(() => import('./resident-edit')),
  recordRepresentation: 'name',
};
