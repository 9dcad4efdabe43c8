import { COMPLAINT_MILESTONE_LABELS, notificationMessageKey, type ComplaintMilestone, type NotificationKind } from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { principalOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../graphql/errors.js';
import { translate } from '../../i18n/messages.js';
import type { Notification } from './notification.entity.js';
import { NotificationsService } from './notifications.service.js';
import { MyNotificationsArgs, NotificationPage, NotificationView } from './notifications.types.js';

const notifications = new NotificationsService();

/** The inbox belongs to a signed-in person; partner keys have none. */
function staffOnly(ctx: Ctx): void {
  principalOf(ctx);
  if (!ctx.user) throw forbidden();
}

@Resolver(() => NotificationView)
export class NotificationResolver {
  @Query(() => NotificationPage, { description: 'The caller’s own inbox, newest first' })
  myNotifications(@Args() args: MyNotificationsArgs, @C() ctx: Ctx) {
    staffOnly(ctx);
    return notifications.mine(ctx, args.unreadOnly, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@C() ctx: Ctx) {
    staffOnly(ctx);
    return notifications.unreadCount(ctx);
  }

  @Mutation(() => Int, { description: 'Mark these (or, without ids, all) of my notifications read; returns how many are still unread' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @C() ctx: Ctx) {
    staffOnly(ctx);
    return notifications.markRead(ctx, ids);
  }

  @FieldResolver(() => String, { description: 'In the caller’s language' })
  title(@Root() n: Notification, @C() ctx: Ctx) {
    const milestone = n.params.milestone ? COMPLAINT_MILESTONE_LABELS[n.params.milestone as ComplaintMilestone]?.[ctx.locale] : undefined;
    return translate(notificationMessageKey(n.kind as NotificationKind), { ...n.params, label: n.subjectLabel, ...(milestone ? { milestone } : {}) })[ctx.locale];
  }
}
