import InventoryIcon from '@mui/icons-material/Inventory2';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 领料单: materials requested against orders, signed by the order's supervisor, then issued. */
export const materialRequisitions: ResourceProps = {
  name: 'materialRequisitions',
  icon: InventoryIcon,
  list: lazy(() => import('./requisition-list')),
};
