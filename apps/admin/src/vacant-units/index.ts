import MeetingRoomIcon from '@mui/icons-material/MeetingRoom';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 空置房巡查: the month's checks of vacant units (housekeepers, their block). */
export const vacantUnits: ResourceProps = {
  name: 'vacantUnits',
  icon: MeetingRoomIcon,
  list: lazy(() => import('./vacant-units-page')),
};
