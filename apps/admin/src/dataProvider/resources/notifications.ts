import { MarkNotificationsReadDocument, MyNotificationsDocument, UnreadNotificationCountDocument } from '@wuye/schema';
import { request } from '../graphql-client';
import { pageArgs, type ResourceAdapter } from '../adapter';

/** The signed-in staff member's inbox, newest first; `unreadOnly` is the 未读 tab. */
export const notifications: ResourceAdapter = {
  async getList(params) {
    const { myNotifications } = await request(MyNotificationsDocument, { unreadOnly: params.filter?.unreadOnly === true, ...pageArgs(params) });
    return { data: myNotifications.items, total: myNotifications.totalCount };
  },
};

export const notificationActions = {
  unreadNotificationCount: async () => (await request(UnreadNotificationCountDocument, {})).unreadNotificationCount,
  /** No ids: every one of the viewer's. Answers how many are still unread. */
  markNotificationsRead: async (ids?: string[]) => (await request(MarkNotificationsReadDocument, { ids: ids ?? null })).markNotificationsRead,
};

export type NotificationActions = typeof notificationActions;
