import type { EntityManager } from '@mikro-orm/postgresql';
import { eventReachesKey, nextWebhookAttempt } from '@wuye/domain';
import { enqueueJob } from '../../jobs/queue.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { deliveryHeaders, signingSecrets } from './webhook-signing.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEvent } from './webhook-event.entity.js';

export const FANOUT_TASK = 'webhook_fanout';
export const DELIVER_TASK = 'webhook_deliver';

/** How long a receiver has to answer; a slower answer counts as a failure and the event is sent again. */
export const DEFAULT_TIMEOUT_MS = 10_000;
const FANOUT_BATCH = 200;

const notifications = new NotificationsService();

export interface DeliveryOptions {
  timeoutMs?: number;
}

/** A chain: the deliveries of one entity's events to one endpoint, sent one after another in event order. */
export interface Chain {
  endpointId: string;
  entityKey: string;
}

const chainJobKey = (c: Chain) => `${DELIVER_TASK}:${c.endpointId}:${c.entityKey}`;

/**
 * Runs a chain's job at `runAt`. While a chain waits for a retry, a new event must not pull its
 * job forward ('preserve_run_at'); a resend must ('replace').
 */
export function scheduleChain(em: EntityManager, chain: Chain, runAt: Date, mode: 'replace' | 'preserve_run_at'): Promise<void> {
  return enqueueJob(em, DELIVER_TASK, { ...chain }, { runAt, jobKey: chainJobKey(chain), jobKeyMode: mode });
}

/**
 * Turns new events into deliveries for every endpoint that subscribed to them and whose key may
 * hear them. One fan-out at a time (advisory lock), in event order, so a chain's deliveries are
 * created in the order of their events.
 */
export async function fanOutEvents(em: EntityManager, now: Date): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await em.fork({ clear: true }).transactional(async (tx) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [FANOUT_TASK]);
      const events = await tx.find(WebhookEvent, { fannedOutAt: null }, { filters: false, orderBy: { seq: 'asc' }, limit: FANOUT_BATCH });
      if (!events.length) return 0;
      // Disabled endpoints too: disabling pauses sending, and their events go out when enabled again.
      const endpoints = await tx.find(WebhookEndpoint, { companyId: { $in: [...new Set(events.map((e) => e.companyId))] } }, { filters: false });
      const keys = new Map(
        (endpoints.length ? await tx.find(ApiKey, { id: { $in: endpoints.map((e) => e.apiKeyId) }, revokedAt: null }, { filters: false }) : []).map((k) => [k.id, k]),
      );
      const chains = new Map<string, Chain>();
      for (const event of events) {
        for (const endpoint of endpoints) {
          const key = keys.get(endpoint.apiKeyId);
          if (!key || endpoint.companyId !== event.companyId || !endpoint.events.includes(event.type)) continue;
          if (!eventReachesKey({ scopes: key.scopes, projectId: key.projectId ?? null }, { type: event.type, projectId: event.projectId ?? null })) continue;
          const entityKey = `${event.entityType}:${event.entityId}`;
          tx.create(WebhookDelivery, {
            companyId: event.companyId,
            endpointId: endpoint.id,
            eventId: event.id,
            eventSeq: event.seq!,
            eventType: event.type,
            entityKey,
            nextAttemptAt: now,
          });
          chains.set(`${endpoint.id}|${entityKey}`, { endpointId: endpoint.id, entityKey });
        }
        event.fannedOutAt = now;
      }
      await tx.flush();
      for (const chain of chains.values()) await scheduleChain(tx, chain, now, 'preserve_run_at');
      return events.length;
    });
    total += done;
    if (done < FANOUT_BATCH) return total;
  }
}

type Outcome = 'next' | 'stop';

/**
 * Sends a chain's deliveries, earliest event first, until one fails (it is retried later and
 * everything behind it waits) or none is left. Each attempt runs under the chain's advisory
 * lock and is recorded in the transaction that holds it, so two workers never send the same
 * chain at once; a crash after the receiver answered but before the commit means the event is
 * sent again, with the same id (at least once).
 */
export async function deliverChain(em: EntityManager, chain: Chain, now: Date, opts: DeliveryOptions = {}): Promise<void> {
  for (;;) {
    const outcome = await em.fork({ clear: true }).transactional((tx) => attemptHead(tx, chain, now, opts));
    if (outcome === 'stop') return;
  }
}

async function attemptHead(tx: EntityManager, chain: Chain, now: Date, opts: DeliveryOptions): Promise<Outcome> {
  await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [chainJobKey(chain)]);
  const endpoint = await tx.findOne(WebhookEndpoint, { id: chain.endpointId }, { filters: false });
  // A disabled endpoint keeps its pending deliveries; enabling it schedules them again.
  if (!endpoint?.enabled) return 'stop';
  const head = await tx.findOne(
    WebhookDelivery,
    { endpointId: chain.endpointId, entityKey: chain.entityKey, status: 'pending' },
    { filters: false, orderBy: { eventSeq: 'asc' } },
  );
  if (!head) return 'stop';
  // An earlier event of this entity not fanned out yet goes first; the fan-out schedules this chain again.
  const [entityType, entityId] = chain.entityKey.split(':') as [string, string];
  const [{ waiting }] = await tx.execute<[{ waiting: boolean }]>(
    'select exists (select 1 from webhook_event where entity_type = ? and entity_id = ? and seq < ? and fanned_out_at is null) as waiting',
    [entityType, entityId, head.eventSeq],
  );
  if (waiting) return 'stop';
  if (head.nextAttemptAt > now) {
    await scheduleChain(tx, chain, head.nextAttemptAt, 'replace');
    return 'stop';
  }
  const key = await tx.findOne(ApiKey, { id: endpoint.apiKeyId }, { filters: false });
  if (!key || key.revokedAt) {
    tx.assign(head, { status: 'failed', lastError: 'API key revoked' });
    await tx.flush();
    return 'next';
  }

  const event = await tx.findOneOrFail(WebhookEvent, { id: head.eventId }, { filters: false });
  const result = await post(endpoint.url, event.body, deliveryHeaders({ eventId: event.id, eventType: event.type, body: event.body, secrets: signingSecrets(endpoint, now), now }), opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  tx.assign(head, {
    attempts: head.attempts + 1,
    firstAttemptAt: head.firstAttemptAt ?? now,
    lastAttemptAt: now,
    lastResponseCode: result.status,
    lastError: result.error,
  });
  if (result.ok) {
    tx.assign(head, { status: 'delivered', deliveredAt: now, failures: 0 });
    if (endpoint.failingSince) await markFailing(tx, endpoint, null);
    await tx.flush();
    return 'next';
  }
  const failures = head.failures + 1;
  const next = nextWebhookAttempt({ firstAttemptAt: head.firstAttemptAt!, failures, now });
  if (next) {
    tx.assign(head, { failures, nextAttemptAt: next });
    await tx.flush();
    await scheduleChain(tx, chain, next, 'replace');
    return 'stop';
  }
  // Given up after about a day: the endpoint is failing and its owner is told; later events go on.
  tx.assign(head, { failures, status: 'failed' });
  if (!endpoint.failingSince) {
    await markFailing(tx, endpoint, now);
    await tellOwner(tx, endpoint, key, now);
  }
  await tx.flush();
  return 'next';
}

/** Not an edit of the endpoint: its version stays, so nobody editing it meanwhile gets a conflict. */
async function markFailing(tx: EntityManager, endpoint: WebhookEndpoint, since: Date | null): Promise<void> {
  // Raw SQL: the query builder's update would bump the version.
  await tx.execute('update webhook_endpoint set failing_since = ? where id = ?', [since, endpoint.id]);
}

async function tellOwner(tx: EntityManager, endpoint: WebhookEndpoint, key: ApiKey, now: Date): Promise<void> {
  const recipients = [...new Set([key.createdById, endpoint.createdById].filter((id): id is string => !!id))];
  const label = `${key.name} → ${new URL(endpoint.url).host}`.slice(0, 40);
  await notifications.send(
    tx,
    recipients.map((recipientId) => ({
      companyId: endpoint.companyId,
      projectId: key.projectId ?? null,
      recipientId,
      kind: 'webhook_failing' as const,
      subjectType: 'WebhookEndpoint' as const,
      subjectId: endpoint.id,
      subjectLabel: label,
      dedupeKey: `webhook-failing:${endpoint.id}:${now.toISOString()}`,
    })),
    now,
  );
}

/** Only a 2xx is a delivery. Redirects are not followed: a receiver gives its final URL. */
async function post(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body, redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) });
    await res.body?.cancel().catch(() => undefined);
    const ok = res.status >= 200 && res.status < 300;
    return { ok, status: res.status, error: ok ? null : `HTTP ${res.status}` };
  } catch (error) {
    const e = error as { name?: string; cause?: { code?: string } };
    const reason = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.name ?? 'network error');
    return { ok: false, status: null, error: String(reason).slice(0, 200) };
  }
}
