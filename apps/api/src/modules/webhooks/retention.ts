import type { EntityManager } from '@mikro-orm/postgresql';

export const WEBHOOK_PURGE_TASK = 'webhook_purge';

/** How long the delivery log keeps finished deliveries and their events: long enough to answer a partner's query about last quarter. */
export const WEBHOOK_RETENTION_DAYS = 90;

/**
 * Every order step writes an event whether or not anyone listens, so the log would only grow.
 * Nightly, finished deliveries (delivered or failed) older than the retention and events no
 * delivery still needs are removed; anything pending stays, however old.
 */
export async function purgeWebhookHistory(em: EntityManager, now: Date, days = WEBHOOK_RETENTION_DAYS): Promise<{ deliveries: number; events: number }> {
  const before = new Date(now.getTime() - days * 86_400_000);
  return em.transactional(async (tx) => {
    const deliveries = await tx.execute(`delete from webhook_delivery where status <> 'pending' and created_at < ?`, [before], 'run');
    const events = await tx.execute(
      `delete from webhook_event e where e.fanned_out_at is not null and e.occurred_at < ?
         and not exists (select 1 from webhook_delivery d where d.event_seq = e.seq)`,
      [before],
      'run',
    );
    return { deliveries: (deliveries as { affectedRows?: number }).affectedRows ?? 0, events: (events as { affectedRows?: number }).affectedRows ?? 0 };
  });
}
