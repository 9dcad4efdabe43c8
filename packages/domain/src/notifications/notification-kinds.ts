/**
 * What staff are told in their in-app inbox. Orders: README §3.8 ("resident cancellations and
 * changes reach the assignee at once") and §3.6 (a dissatisfied sign-off is seen by the
 * supervisor at once). Complaints: the escalation rules of README §4.
 */
export const NOTIFICATION_KINDS = [
  'order_dispatched',
  'order_assigned',
  'order_cancelled',
  'order_rebooked',
  'order_requoted',
  'order_dissatisfied',
  'order_no_one_home',
  'complaint_major',
  'complaint_due_soon',
  'complaint_breached',
  'nonconformity_raised',
  'follow_up_unsatisfactory',
  'pnl_loss_streak',
  'webhook_failing',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Titles shown in the inbox. `{label}` is the subject's number (order or complaint number);
 * `{milestone}` a complaint clock's name.
 */
export const notificationMessages = {
  'notification.order_dispatched': { zh: '新派单：{label}', en: 'Dispatched to you: {label}' },
  'notification.order_assigned': { zh: '新工单指派给你：{label}', en: 'Assigned to you: {label}' },
  'notification.order_cancelled': { zh: '服务单已取消：{label}', en: 'Order cancelled: {label}' },
  'notification.order_rebooked': { zh: '预约时间已变更：{label}', en: 'Appointment changed: {label}' },
  'notification.order_requoted': { zh: '报价已变更，需住户重新确认：{label}', en: 'Quote changed, fresh consent needed: {label}' },
  'notification.order_dissatisfied': { zh: '住户验收不满意：{label}', en: 'Resident dissatisfied at sign-off: {label}' },
  'notification.order_no_one_home': { zh: '上门无人，需重新预约：{label}', en: 'Nobody home, to be re-booked: {label}' },
  'notification.complaint_major': { zh: '重大投诉：{label}', en: 'Major complaint: {label}' },
  'notification.complaint_due_soon': { zh: '投诉时限将到（{milestone}）：{label}', en: 'Complaint deadline near ({milestone}): {label}' },
  'notification.complaint_breached': { zh: '投诉已超时（{milestone}）：{label}', en: 'Complaint deadline breached ({milestone}): {label}' },
  'notification.nonconformity_raised': { zh: '重复问题，已生成不合格记录：{label}', en: 'Repeated problem, nonconformity raised: {label}' },
  'notification.pnl_loss_streak': { zh: '连续 {months} 个月亏损且未作决策：{label}', en: 'Loss-making {months} months running with no decision: {label}' },
  'notification.follow_up_unsatisfactory': { zh: '回访不满意，已转投诉：{label}', en: 'Unsatisfactory follow-up, complaint opened: {label}' },
  'notification.webhook_failing': { zh: '回调地址连续 24 小时投递失败：{label}', en: 'Webhook endpoint failing for 24 hours: {label}' },
} as const satisfies Record<`notification.${NotificationKind}`, { zh: string; en: string }>;



export const notificationMessageKey = (kind: NotificationKind): `notification.${NotificationKind}` => `notification.${kind}`;
