import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { ORDER_STATES_AWAITING_SIGN_OFF, orderBreachResponsible, type OrderMilestone } from '@wuye/domain';
import { KpiService } from '../kpi/kpi.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { departmentIn } from '../staff/staff.service.js';
import { ServiceOrder } from './service-order.entity.js';

export const ORDER_SLA_TASK = 'orders_sla_breaches';

const kpi = new KpiService();

/** Breaches older than this are history: the job looks back only so far, so it stays cheap on millions of orders. */
const LOOKBACK_DAYS = 30;

const MILESTONES: { milestone: OrderMilestone; due: 'response_due_at' | 'on_site_due_at'; done: 'responded_at' | 'on_site_at' }[] = [
  { milestone: 'response', due: 'response_due_at', done: 'responded_at' },
  { milestone: 'on_site', due: 'on_site_due_at', done: 'on_site_at' },
];

/**
 * A service order that missed its response or on-site time (README §3 service levels) proposes
 * −5 for a delay to whoever answers for that milestone (orderBreachResponsible); the supervisor
 * then judges whether the causes were subjective. A milestone reached late, or still open past
 * its due time on an order not yet signed off, is a breach; a cancelled order is not.
 *
 * Exactly once per order and milestone, even with several workers: the order row is locked with
 * SKIP LOCKED, the milestones handed over are remembered on the order, and the penalty's unique
 * event key drops any repeat. Returns the number of proposals stored.
 */
export async function proposeOrderBreaches(em: EntityManager, now: Date): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 86_400_000);
  const open = ORDER_STATES_AWAITING_SIGN_OFF.map((s) => `'${s}'`).join(', ');
  const breached = MILESTONES.map(
    ({ milestone, due, done }) =>
      `(${due} < ? and ${due} > ? and not (sla_breaches @> '["${milestone}"]'::jsonb)
        and (case when ${done} is not null then ${done} > ${due} else state in (${open}) end))`,
  ).join(' or ');
  const rows = await em.execute<{ id: string }[]>(`select id from service_order where ${breached} order by response_due_at`, MILESTONES.flatMap(() => [now, since]));
  let stored = 0;
  for (const { id } of rows) stored += await handOver(em.fork({ clear: true }), id, now);
  return stored;
}

async function handOver(em: EntityManager, id: string, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const o = await tx.findOne(ServiceOrder, { id }, { filters: false, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE });
    if (!o) return 0;
    const open = (ORDER_STATES_AWAITING_SIGN_OFF as readonly string[]).includes(o.state);
    const due = { response: o.responseDueAt, on_site: o.onSiteDueAt ?? null } as const;
    const done = { response: o.respondedAt ?? null, on_site: o.onSiteAt ?? null } as const;
    const missed = MILESTONES.map((m) => m.milestone).filter((m) => {
      const at = due[m as 'response' | 'on_site'];
      const reached = done[m as 'response' | 'on_site'];
      if (!at || at >= now || o.slaBreaches.includes(m)) return false;
      return reached ? reached > at : open;
    });
    if (!missed.length) return 0;
    const supervisor = o.supervisorId ? await tx.findOne(StaffUser, { id: o.supervisorId }, { filters: false }) : null;
    const department = supervisor ? departmentIn(supervisor.roles, o.projectId) : null;
    let stored = 0;
    for (const milestone of missed) {
      const responsibleUserId = orderBreachResponsible({ milestone, takenById: o.takenById ?? null, supervisorId: o.supervisorId ?? null, workerId: o.workerId ?? null });
      stored += await kpi.propose(tx, o.companyId, o.projectId, { kind: 'order_deadline_breached', orderId: o.id, milestone, responsibleUserId, occurredAt: due[milestone as 'response' | 'on_site']! }, now, department);
    }
    // Written past the entity so the order's version stays: a job must not make a user's next step a CONFLICT.
    await tx.execute(`update service_order set sla_breaches = ?::jsonb where id = ?`, [JSON.stringify([...o.slaBreaches, ...missed]), o.id], 'run');
    return stored;
  });
}
