import HomeRepairServiceIcon from '@mui/icons-material/HomeRepairService';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 服务项目: the company template of paid and free services (GM edits, everyone reads). */
export const catalogItems: ResourceProps = {
  name: 'catalogItems',
  icon: HomeRepairServiceIcon,
  list: lazy(() => import('./catalog-item-list')),
  create: lazy(() => import('./catalog-item-create')),
  recordRepresentation: 'name',
};
