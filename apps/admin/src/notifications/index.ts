import NotificationsIcon from '@mui/icons-material/Notifications';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 通知: the signed-in staff member's inbox (the app bar's bell shows the newest). */
export const notifications: ResourceProps = {
  name: 'notifications',
  icon: NotificationsIcon,
  list: lazy(() => import('./notification-list')),
};
