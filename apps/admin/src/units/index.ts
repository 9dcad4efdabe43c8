import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

export const units: ResourceProps = {
  name: 'units',
  icon: MeetingRoomIcon,
  list: lazy(() => import('./unit-list')),
  create: lazy(() => import('./unit-create')),
  edit: lazy(() => import('./unit-edit')),
  recordRepresentation: (record) => [record.building?.name, record.number].filter(Boolean).join(' '),
};
