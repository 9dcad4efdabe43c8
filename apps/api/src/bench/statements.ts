import { readFileSync } from 'node:fs';
import type pg from 'pg';

/**
 * SQL statements a request really costs, counted by PostgreSQL (pg_stat_statements, loaded by
 * the benchmark's own server): reset, send `requests` requests one after another, sum the calls.
 * The job queue's own polling is left out; a scheduled job could still fall into a round, so
 * the smallest of three rounds is taken.
 */
export async function statementsPerRequest(admin: pg.ClientBase, database: string, requests: number, send: () => Promise<void>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    await admin.query('select pg_stat_statements_reset()');
    for (let i = 0; i < requests; i++) await send();
    const { rows } = await admin.query(
      `select coalesce(sum(s.calls), 0)::int as calls
         from pg_stat_statements s join pg_database d on d.oid = s.dbid
        where d.datname = $1 and s.query not ilike '%graphile_worker%' and s.query not ilike '%pg_stat_statements%'`,
      [database],
    );
    best = Math.min(best, rows[0].calls / requests);
  }
  return best;
}

/**
 * The API's own count: every request's log line carries `sql`, the statements its ORM sent
 * (orm-config's onQuery hook, per request scope), so background jobs never mix in. Sends the
 * requests with known ids and reads their lines back from the API's log.
 */
export async function statementsFromRequestLog(logFile: string, requests: number, send: (requestId: string) => Promise<void>): Promise<number> {
  const ids = new Set<string>();
  for (let i = 0; i < requests; i++) {
    const id = `bench-sql-${process.pid}-${Date.now()}-${i}`;
    ids.add(id);
    await send(id);
  }
  for (let attempt = 0; attempt < 50; attempt++) {
    const counts = readFileSync(logFile, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"bench-sql-'))
      .map((line) => JSON.parse(line) as { requestId: string; sql?: number })
      .filter((entry) => ids.has(entry.requestId) && typeof entry.sql === 'number')
      .map((entry) => entry.sql!);
    if (counts.length === requests) return counts.reduce((a, b) => a + b, 0) / requests;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API's log (${logFile}) has no statement count for the benchmark's requests`);
}
