import KeyIcon from '@mui/icons-material/Key';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const apiKeys: ResourceProps = {
  name: 'apiKeys',
  icon: KeyIcon,
  list: lazy(() => import('./api-key-list')),
  create: lazy(() => import('./api-key-create')),
  recordRepresentation: 'name',
};
