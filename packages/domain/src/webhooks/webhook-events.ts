import type { ApiScope } from '../access/scopes.js';

/**
 * Events pushed to partner apps (issue 10). A key receives an event only when one of its
 * scopes would let it read the entity through the API, and only for its own project when the
 * key is restricted to one — an event never tells a partner what a query would not.
 */
export const WEBHOOK_EVENT_TYPES = [
  'order.status_changed',
  'order.completed',
  'complaint.created',
  'complaint.sla_breached',
  'complaint.resolved',
  'price_list.published',
  'survey.response_received',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

export type WebhookEntityType = 'ServiceOrder' | 'Complaint' | 'PriceList' | 'SurveyResponse';

export interface WebhookEventRule {
  readonly entity: WebhookEntityType;
  /** Scopes that may receive it: the read scopes of the entity (permissions.ts). */
  readonly scopes: readonly ApiScope[];
  readonly zh: string;
  readonly en: string;
}

export const WEBHOOK_EVENTS: Readonly<Record<WebhookEventType, WebhookEventRule>> = {
  'order.status_changed': { entity: 'ServiceOrder', scopes: ['orders:read', 'orders:write'], zh: '服务单状态变更', en: 'Order status changed' },
  'order.completed': { entity: 'ServiceOrder', scopes: ['orders:read', 'orders:write'], zh: '服务单已完工验收', en: 'Order completed' },
  'complaint.created': { entity: 'Complaint', scopes: ['complaints:read', 'complaints:write'], zh: '新投诉/建议', en: 'Complaint filed' },
  'complaint.sla_breached': { entity: 'Complaint', scopes: ['complaints:read', 'complaints:write'], zh: '投诉处理超时', en: 'Complaint deadline breached' },
  'complaint.resolved': { entity: 'Complaint', scopes: ['complaints:read', 'complaints:write'], zh: '投诉已处理完毕', en: 'Complaint resolved' },
  'price_list.published': { entity: 'PriceList', scopes: ['catalog:read', 'orders:write'], zh: '价目表已公示', en: 'Price list published' },
  'survey.response_received': { entity: 'SurveyResponse', scopes: ['reports:read', 'surveys:write'], zh: '收到满意度调查答卷', en: 'Survey response received' },
};

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** May a key with these scopes receive this event at all? */
export function mayReceiveEvent(scopes: readonly ApiScope[], type: WebhookEventType): boolean {
  return WEBHOOK_EVENTS[type].scopes.some((s) => scopes.includes(s));
}

/** A key restricted to one project hears only that project's events; an unrestricted key hears every project's. */
export function eventReachesKey(key: { scopes: readonly ApiScope[]; projectId: string | null }, event: { type: WebhookEventType; projectId: string | null }): boolean {
  if (!mayReceiveEvent(key.scopes, event.type)) return false;
  return key.projectId === null || key.projectId === event.projectId;
}
