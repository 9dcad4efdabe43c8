import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../db/queries.js';
import { addMonths, monthRange, shanghaiMonthKey, type MonthKey } from '@wuye/domain';
import { enqueueJob } from '../../jobs/queue.js';

export const PNL_REFRESH_TASK = 'pnl_refresh';
export const PNL_REFRESH_RECENT_TASK = 'pnl_refresh_recent';

/** One project-item-month of sums, as SQL returns it. */
export interface PnlSums {
  projectId: string;
  catalogItemId: string;
  month: MonthKey;
  orders: number;
  revenueFen: number;
  labourMinutes: number;
  materialsFen: number;
  refundsFen: number;
}

/**
 * The one aggregation both the rollup and the live month use: orders completed in the months,
 * by the month of completion in Asia/Shanghai; revenue is what was charged (paid_fen), so free
 * services count 0. Raw SQL bypasses ORM filters, so company and projects are explicit.
 */
const AGGREGATE = `
  select o.project_id as "projectId", o.catalog_item_id as "catalogItemId",
         to_char(o.completed_at at time zone 'Asia/Shanghai', 'YYYY-MM') as month,
         count(*)::int as orders,
         coalesce(sum(o.paid_fen), 0)::bigint as "revenueFen",
         coalesce(sum(o.minutes_spent), 0)::bigint as "labourMinutes",
         coalesce(sum(o.materials_cost_fen), 0)::bigint as "materialsFen",
         0::bigint as "refundsFen"
    from service_order o
   where o.company_id = ? and o.project_id = any(?::uuid[])
     and o.completed_at >= ? and o.completed_at < ?
     and o.catalog_item_id is not null
   group by 1, 2, 3`;

const toNumbers = (rows: Array<Record<string, unknown>>): PnlSums[] =>
  rows.map((r) => ({
    projectId: r.projectId as string,
    catalogItemId: r.catalogItemId as string,
    month: r.month as string,
    orders: Number(r.orders),
    revenueFen: Number(r.revenueFen),
    labourMinutes: Number(r.labourMinutes),
    materialsFen: Number(r.materialsFen),
    refundsFen: Number(r.refundsFen),
  }));

/** Computes months [from, to] straight from the orders (the open month, and the rollup's source). */
export async function aggregateMonths(em: EntityManager, companyId: string, projectIds: string[], from: MonthKey, to: MonthKey): Promise<PnlSums[]> {
  if (!projectIds.length) return [];
  const rows = await em.execute(AGGREGATE, [companyId, uuidArray(projectIds), monthRange(from).start, monthRange(to).end]);
  return toNumbers(rows);
}

/** Reads the stored months [from, to]. */
export async function storedMonths(em: EntityManager, companyId: string, projectIds: string[], from: MonthKey, to: MonthKey): Promise<PnlSums[]> {
  if (!projectIds.length || from > to) return [];
  const rows = await em.execute(
    `select project_id as "projectId", catalog_item_id as "catalogItemId", month, orders, revenue_fen as "revenueFen",
            labour_minutes as "labourMinutes", materials_fen as "materialsFen", refunds_fen as "refundsFen"
       from pnl_item_month where company_id = ? and project_id = any(?::uuid[]) and month between ? and ?`,
    [companyId, uuidArray(projectIds), from, to],
  );
  return toNumbers(rows);
}

/**
 * Recomputes one project-month of the rollup from scratch (delete, then insert the
 * aggregation) in one transaction, so the stored month always equals the orders.
 */
export async function refreshPnlMonth(em: EntityManager, companyId: string, projectId: string, month: MonthKey): Promise<void> {
  const { start, end } = monthRange(month);
  await em.transactional(async (tx) => {
    await tx.execute('delete from pnl_item_month where project_id = ? and month = ?', [projectId, month]);
    await tx.execute(
      `insert into pnl_item_month (id, company_id, project_id, catalog_item_id, month, orders, revenue_fen, labour_minutes, materials_fen, refunds_fen, created_at, updated_at)
       select gen_random_uuid(), ?, a."projectId", a."catalogItemId", a.month, a.orders, a."revenueFen", a."labourMinutes", a."materialsFen", a."refundsFen", now(), now()
         from (${AGGREGATE}) a`,
      [companyId, companyId, uuidArray([projectId]), start, end],
    );
  });
}

/** After a completion, settlement or refund: refresh that order's month in the background (one job per project-month). */
export async function schedulePnlRefresh(em: EntityManager, companyId: string, projectId: string, completedAt: Date): Promise<void> {
  const month = shanghaiMonthKey(completedAt);
  await enqueueJob(em, PNL_REFRESH_TASK, { companyId, projectId, month }, { jobKey: `pnl:${projectId}:${month}` });
}

/**
 * Recomputes months [from, to] of several projects of one company in two statements (delete,
 * then insert the aggregation), in one transaction: the nightly catch-up and bulk loads, where
 * one refresh per project-month would cost a round trip each.
 */
export async function refreshPnlMonths(em: EntityManager, companyId: string, projectIds: string[], from: MonthKey, to: MonthKey): Promise<void> {
  if (!projectIds.length || from > to) return;
  await em.transactional(async (tx) => {
    await tx.execute('delete from pnl_item_month where company_id = ? and project_id = any(?::uuid[]) and month between ? and ?', [companyId, uuidArray(projectIds), from, to]);
    await tx.execute(
      `insert into pnl_item_month (id, company_id, project_id, catalog_item_id, month, orders, revenue_fen, labour_minutes, materials_fen, refunds_fen, created_at, updated_at)
       select gen_random_uuid(), ?, a."projectId", a."catalogItemId", a.month, a.orders, a."revenueFen", a."labourMinutes", a."materialsFen", a."refundsFen", now(), now()
         from (${AGGREGATE}) a`,
      [companyId, companyId, uuidArray(projectIds), monthRange(from).start, monthRange(to).end],
    );
  });
}

/** Every project's last `months` closed months and nothing else: the nightly catch-up and the demo's first fill. */
export async function refreshRecentMonths(em: EntityManager, now: Date, months = 13): Promise<number> {
  const projects: Array<{ id: string; company_id: string }> = await em.execute('select id, company_id from project');
  const current = shanghaiMonthKey(now);
  const byCompany = new Map<string, string[]>();
  for (const p of projects) byCompany.set(p.company_id, [...(byCompany.get(p.company_id) ?? []), p.id]);
  for (const [companyId, ids] of byCompany) await refreshPnlMonths(em, companyId, ids, addMonths(current, -months), addMonths(current, -1));
  return projects.length * months;
}
