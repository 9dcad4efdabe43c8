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

/**
 * Deliveries carry residents' orders and complaints, so they travel over HTTPS. Plain HTTP is
 * accepted only to this machine (a receiver under development); no credentials in the URL,
 * since it is shown in the console and the delivery log.
 */
export function validateWebhookUrl(url: string): WebhookIssue[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [issue('url', 'webhook.url.invalid')];
  }
  if (url.length > WEBHOOK_URL_MAX_LENGTH) return [issue('url', 'webhook.url.tooLong', { max: WEBHOOK_URL_MAX_LENGTH })];
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname))) {
    return [issue('url', 'webhook.url.httpsRequired')];
  }
  if (parsed.username || parsed.password) return [issue('url', 'webhook.url.credentials')];
  if (parsed.hash) return [issue('url', 'webhook.url.fragment')];
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
