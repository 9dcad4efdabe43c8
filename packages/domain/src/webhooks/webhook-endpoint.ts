import type { ApiScope } from '../access/scopes.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import { isWebhookEventType, mayReceiveEvent, type WebhookEventType } from './webhook-events.js';
import type { WebhookMessageKey } from './webhook-messages.js';

export interface WebhookIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: 'url' | 'events';
  readonly messageKey: WebhookMessageKey;
  readonly params: MessageParams;
}

const issue = (field: WebhookIssue['field'], messageKey: WebhookMessageKey, params: MessageParams = {}): WebhookIssue => ({
  code: 'VALIDATION_FAILED',
  field,
  messageKey,
  params,
});

export const WEBHOOK_URL_MAX_LENGTH = 500;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** scheme://authority/path?query#fragment; the domain has no URL class (no DOM, no Node), so it reads the parts itself. */
const URL_PARTS = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)(#.*)?$/i;
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?$/i;

/**
 * Deliveries carry residents' orders and complaints, so they travel over HTTPS. Plain HTTP is
 * accepted only to this machine (a receiver under development); no credentials in the URL,
 * since it is shown in the console and the delivery log.
 */
export function validateWebhookUrl(url: string): WebhookIssue[] {
  const parts = URL_PARTS.exec(url);
  if (!parts || /\s/.test(url)) return [issue('url', 'webhook.url.invalid')];
  if (url.length > WEBHOOK_URL_MAX_LENGTH) return [issue('url', 'webhook.url.tooLong', { max: WEBHOOK_URL_MAX_LENGTH })];
  const [, scheme, authority, , fragment] = parts as unknown as [string, string, string, string, string | undefined];
  if (authority.includes('@')) return [issue('url', 'webhook.url.credentials')];
  if (!HOST.test(authority)) return [issue('url', 'webhook.url.invalid')];
  const hostname = authority.startsWith('[') ? authority.slice(0, authority.indexOf(']') + 1) : authority.split(':')[0]!.toLowerCase();
  const protocol = scheme.toLowerCase();
  if (protocol !== 'https' && !(protocol === 'http' && LOOPBACK_HOSTS.has(hostname))) return [issue('url', 'webhook.url.httpsRequired')];
  if (fragment !== undefined) return [issue('url', 'webhook.url.fragment')];
  return [];
}

/** At least one event, each known, and each one the key's scopes may receive. */
export function validateWebhookEvents(events: readonly string[], keyScopes: readonly ApiScope[]): WebhookIssue[] {
  if (events.length === 0) return [issue('events', 'webhook.events.empty')];
  const unknown = events.find((e) => !isWebhookEventType(e));
  if (unknown) return [issue('events', 'webhook.events.unknown', { event: unknown })];
  const unreachable = (events as WebhookEventType[]).find((e) => !mayReceiveEvent(keyScopes, e));
  if (unreachable) return [issue('events', 'webhook.events.scopeMissing', { event: unreachable })];
  return [];
}

/** What the console shows: a disabled endpoint is not sent to; a failing one is, and recovers on its first success. */
export type WebhookEndpointStatus = 'active' | 'failing' | 'disabled';

export function webhookEndpointStatus(endpoint: { enabled: boolean; failingSince: Date | null }): WebhookEndpointStatus {
  if (!endpoint.enabled) return 'disabled';
  return endpoint.failingSince ? 'failing' : 'active';
}
