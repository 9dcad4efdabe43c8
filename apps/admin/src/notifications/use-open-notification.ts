import type { NotificationFieldsFragment } from '@wuye/schema';
import { useDataProvider, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { WuyeDataProvider } from '../dataProvider';
import { notificationPath } from './notification-target';
import { unreadChanged } from './unread-count';

/** Marks notifications read and tells the badges; `all` when no ids are given. */
export function useMarkRead() {
  const dataProvider = useDataProvider<WuyeDataProvider>();
  const notify = useNotify();
  return async (ids?: string[]) => {
    try {
      unreadChanged(await dataProvider.markNotificationsRead(ids));
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };
}

/** Opening a notification marks it read and goes to its order or complaint. */
export function useOpenNotification() {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  return (notification: NotificationFieldsFragment) => {
    if (!notification.readAt) void markRead([notification.id]);
    const path = notificationPath(notification);
    if (path) navigate(path);
  };
}
