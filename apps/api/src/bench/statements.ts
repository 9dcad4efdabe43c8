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
