import type { EntityManager } from '@mikro-orm/postgresql';

/** The next value of a named counter, atomically, in the caller's transaction. */
export async function nextNumber(em: EntityManager, companyId: string, key: string): Promise<number> {
  const rows: Array<{ value: number }> = await em.execute(
    `insert into sequence (company_id, key, value) values (?, ?, 1)
     on conflict (company_id, key) do update set value = sequence.value + 1
     returning value`,
    [companyId, key],
  );
  return rows[0]!.value;
}
