import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Enqueues a graphile-worker job through the caller's connection, so the job commits or
 * rolls back with the change that caused it (no job for an undone change, no change
 * without its job). A job key makes re-enqueueing replace rather than duplicate.
 */
export async function enqueueJob(
  em: EntityManager,
  task: string,
  payload: Record<string, unknown>,
  opts: { runAt?: Date; jobKey?: string; maxAttempts?: number; jobKeyMode?: 'replace' | 'preserve_run_at' } = {},
): Promise<void> {
  await em.execute(
    `select graphile_worker.add_job(?::text, ?::json, run_at => ?::timestamptz, job_key => ?::text, max_attempts => ?::int, job_key_mode => ?::text)`,
    [task, JSON.stringify(payload), (opts.runAt ?? new Date()).toISOString(), opts.jobKey ?? null, opts.maxAttempts ?? 25, opts.jobKeyMode ?? 'replace'],
  );
}
