import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Login bookkeeping changes on a failed login by design (the lockout counts failures) and a
 * partner key's last use is refreshed on reads; neither is a business change.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = {
  staff_user: ['failed_logins', 'locked_until', 'last_login_at'],
  api_key: ['last_used_at'],
};

/**
 * One hash over every business table (and graphile-worker's queue, so a rejected call cannot
 * leave a job behind): equal before and after a call means the call committed no write.
 * A table's part is its row count and the sum of its rows' `xmin` — the id of the transaction
 * that wrote each row version — so any committed insert, update or delete changes it, while a
 * rolled-back one leaves no visible row version behind. Tables with bookkeeping columns that
 * change on purpose are hashed by content without those columns instead.
 */
export async function tableDigest(orm: MikroORM): Promise<() => Promise<string>> {
  const conn = orm.em.getConnection();
  const tables: Array<{ schema: string; name: string }> = await conn.execute(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE'
        and (table_schema = 'public' and table_name <> 'mikro_orm_migrations'
             or table_schema = 'graphile_worker' and table_name = '_private_jobs')
      order by 1, 2`,
  );
  const parts = tables.map(({ schema, name }) => {
    const volatile = VOLATILE_COLUMNS[name];
    if (volatile) {
      const row = `md5((to_jsonb(t)${volatile.map((c) => ` - '${c}'`).join('')})::text)`;
      return `select '${schema}.${name}' as name, (select md5(coalesce(string_agg(${row}, ',' order by ${row}), '')) from "${schema}"."${name}" t) as h`;
    }
    return `select '${schema}.${name}' as name, (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from "${schema}"."${name}") as h`;
  });
  const sql = `select md5(string_agg(name || ':' || h, ';' order by name)) as digest from (${parts.join(' union all ')}) d`;
  return async () => ((await orm.em.fork().getConnection().execute(sql)) as Array<{ digest: string }>)[0]!.digest;
}
