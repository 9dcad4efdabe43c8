import ApartmentIcon from '@mui/icons-material/Apartment';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const projects: ResourceProps = {
  name: 'projects',
  icon: ApartmentIcon,
  list: lazy(() => import('./project-list')),
  show: lazy(() => import('./project-show')),
  create: lazy(() => import('./project-create')),
  edit: lazy(() => import('./project-edit')),
  recordRepresentation: (record) => `${record.code} ${record.name}`,
};
