import { assessProjectKpis, monthRange, projectKpiValues, sumPnl, type ProjectKpiRow } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { ComplaintStatisticsService } from '../complaints/complaint-statistics.js';
import { FollowUp } from '../follow-ups/follow-up.entity.js';
import { Nonconformity } from '../nonconformities/nonconformity.entity.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { serviceLevelBreached } from '../orders/orders.service.js';
import { PnlService } from '../profitability/pnl.service.js';
import type { Project } from '../projects/project.entity.js';
import { KpiService } from './kpi.service.js';

const statistics = new ComplaintStatisticsService();
const pnl = new PnlService();
const kpi = new KpiService();

/**
 * A project's month against the company targets (README §7), comparable across projects:
 * assembled from the complaint statistics, the orders' service levels, follow-ups,
 * nonconformities, the P&L and the staff scores. Inspections and surveys are not recorded
 * yet, so their KPIs show no data.
 */
export class ProjectKpisService {
  async month(ctx: Ctx, project: Project, month: string): Promise<ProjectKpiRow[]> {
    const { start, end } = monthRange(month);
    const [stats, orders, followUps, nonconformities, pnlRows, scores] = await Promise.all([
      statistics.month(ctx, month, [project]),
      ctx.em.find(ServiceOrder, { projectId: project.id, responseDueAt: { $gte: start, $lt: end } }),
      ctx.em.find(FollowUp, { projectId: project.id, selected: true, dueAt: { $gte: start, $lt: end } }),
      ctx.em.count(Nonconformity, { projectId: project.id, createdAt: { $gte: start, $lt: end } }),
      pnl.itemMonths(ctx.em, { companyId: project.companyId, projectIds: [project.id], from: month, to: month, now: ctx.now }),
      kpi.scores(ctx, project.id, month),
    ]);
    const p = stats.total;
    const milestone = (name: string) => {
      const row = p.milestones.find((x) => x.milestone === name);
      return { due: row?.decided ?? 0, met: row?.met ?? 0 };
    };
    const visited = followUps.filter((f) => f.state === 'visited');
    const paid = sumPnl(pnlRows.filter((r) => r.charge === 'paid'));
    return assessProjectKpis(
      projectKpiValues({
        households: project.households,
        validComplaints: p.valid,
        orders: { due: orders.length, met: orders.filter((o) => !serviceLevelBreached(o, ctx.now)).length },
        complaintOnSite: milestone('on_site'),
        complaintFirstFeedback: milestone('first_feedback'),
        complaintResolution: milestone('resolution'),
        followUps: { due: followUps.length, met: visited.filter((f) => f.visitedAt && f.visitedAt < f.dueAt).length },
        followUpRatings: { due: visited.filter((f) => f.satisfaction).length, met: visited.filter((f) => f.satisfaction === 'satisfied' || f.satisfaction === 'fairly_satisfied').length },
        nonconformities,
        correctiveActions: { due: 0, met: 0 },
        surveySatisfactionBasisPoints: null,
        paidServiceMarginBasisPoints: paid.revenue > 0 ? paid.paidMarginBasisPoints : null,
        staffAverageScoreHundredths: scores.averages.byProject[0]?.averageHundredths ?? null,
      }),
    );
  }
}
