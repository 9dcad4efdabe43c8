import DomainIcon from '@mui/icons-material/Domain';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const buildings: ResourceProps = {
  name: 'buildings',
  icon: DomainIcon,
  list: lazy(() => import('./building-list')),
  create: lazy(() => import('./building-create')),
  edit: lazy(() => import('./building-edit')),
  recordRepresentation: 'name',
};
