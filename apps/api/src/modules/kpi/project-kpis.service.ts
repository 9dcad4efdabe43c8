import {
  assessProjectKpis,
  compareMonths,
  correctiveActionFigures,
  monthlyScores,
  monthRange,
  projectKpiValues,
  scoreAverages,
  shanghaiDate,
  shanghaiMonthKey,
  sumPnl,
  surveyResults,
  trailingMonths,
  type MetCount,
  type MonthKey,
  type PenaltyState,
  type ProjectKpiRow,
  type ProjectKpiValues,
  type SatisfactionLevel,
  type SurveyItem,
} from '@wuye/domain';
import type { DataCtx } from '../../context.js';
import { uuidArray } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import { ComplaintStatisticsService } from '../complaints/complaint-statistics.js';
import { SERVICE_LEVEL_BREACHED_SQL, SERVICE_LEVEL_BREACHED_SQL_PARAMS } from '../orders/orders.service.js';
import { PnlService } from '../profitability/pnl.service.js';
import type { Project } from '../projects/project.entity.js';
import { kpiConfig } from '../settings/kpi-settings.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { departmentIn } from '../staff/staff.service.js';
import { KpiMonth } from './kpi-month.entity.js';

const statistics = new ComplaintStatisticsService();
const pnl = new PnlService();

type Counts = Map<string, MetCount>;
const none: MetCount = { due: 0, met: 0 };

export interface KpiSeriesPoint {
  month: MonthKey;
  row: ProjectKpiRow;
}

/**
 * Project KPIs of a month (README §7), comparable across projects: each source is read once for
 * all the projects asked for, in SQL aggregates where the rows are many (orders, follow-ups,
 * findings), then the domain turns the counts into values and colours against the company's
 * targets. Closed months are kept in `kpi_month`, so a twelve-month dashboard reads one row per
 * project-month; the open month is always live.
 */
export class ProjectKpisService {
  /** One project's month: a closed month from the rollup (computed and kept on first asking), the open month live. */
  async month(ctx: DataCtx, project: Project, month: MonthKey): Promise<ProjectKpiRow[]> {
    return (await this.series(ctx, [project], month, 1)).get(project.id)!.get(month)!;
  }

  /** Every project's KPIs over the trailing months to `month`, oldest first. */
  async series(ctx: DataCtx, projects: Project[], month: MonthKey, count: number): Promise<Map<string, Map<MonthKey, ProjectKpiRow[]>>> {
    const months = trailingMonths(month, count);
    const current = shanghaiMonthKey(ctx.now);
    const closed = months.filter((m) => compareMonths(m, current) < 0);
    const ids = projects.map((p) => p.id);
    const stored = closed.length && ids.length ? await ctx.em.find(KpiMonth, { projectId: { $in: ids }, month: { $in: closed } }) : [];
    const values = new Map<string, ProjectKpiValues>(stored.map((r) => [`${r.projectId}:${r.month}`, r.kpiValues]));
    for (const m of months) {
      const missing = projects.filter((p) => !values.has(`${p.id}:${m}`));
      if (!missing.length) continue;
      const fresh = await this.values(ctx, missing, m);
      for (const [projectId, v] of fresh) values.set(`${projectId}:${m}`, v);
      if (compareMonths(m, current) < 0) await this.store(ctx, missing, m, fresh);
    }
    const { targets } = await kpiConfig(ctx);
    return new Map(projects.map((p) => [p.id, new Map(months.map((m) => [m, assessProjectKpis(values.get(`${p.id}:${m}`)!, targets)]))]));
  }

  /** Recomputes and stores closed months (the nightly job: late judgements and visits change them). */
  async refresh(ctx: DataCtx, projects: Project[], months: MonthKey[]): Promise<void> {
    for (const m of months) {
      if (!projects.length || compareMonths(m, shanghaiMonthKey(ctx.now)) >= 0) continue;
      await this.store(ctx, projects, m, await this.values(ctx, projects, m));
    }
  }

  private async store(ctx: DataCtx, projects: Project[], month: MonthKey, values: Map<string, ProjectKpiValues>): Promise<void> {
    for (const p of projects) {
      await ctx.em.execute(
        `insert into kpi_month (id, company_id, project_id, month, kpi_values, computed_at, created_at, updated_at)
         values (?, ?, ?, ?, ?::jsonb, ?, ?, ?)
         on conflict (project_id, month) do update set kpi_values = excluded.kpi_values, computed_at = excluded.computed_at, updated_at = excluded.updated_at`,
        [newId(), p.companyId, p.id, month, JSON.stringify(values.get(p.id)), ctx.now, ctx.now, ctx.now],
        'run',
      );
    }
  }

  /** The month's KPI values of each project. */
  async values(ctx: DataCtx, projects: Project[], month: MonthKey): Promise<Map<string, ProjectKpiValues>> {
    if (!projects.length) return new Map();
    const companyId = projects[0]!.companyId;
    const ids = uuidArray(projects.map((p) => p.id));
    const { start, end } = monthRange(month);
    const firstDay = shanghaiDate(start);
    const lastDay = shanghaiDate(new Date(end.getTime() - 1));
    const [stats, orders, followUps, ratings, nonconformities, actions, surveys, pnlRows, scores] = await Promise.all([
      statistics.month(ctx, month, projects),
      this.metCounts(
        ctx,
        `select project_id, count(*)::int as due, count(*) filter (where not ${SERVICE_LEVEL_BREACHED_SQL})::int as met
           from service_order where company_id = ? and project_id = any(?::uuid[]) and response_due_at >= ? and response_due_at < ? group by project_id`,
        [...Array<Date>(SERVICE_LEVEL_BREACHED_SQL_PARAMS).fill(ctx.now), companyId, ids, start, end],
      ),
      this.metCounts(
        ctx,
        `select project_id, count(*)::int as due, count(*) filter (where state = 'visited' and visited_at < due_at)::int as met
           from follow_up where company_id = ? and project_id = any(?::uuid[]) and selected and due_at >= ? and due_at < ? group by project_id`,
        [companyId, ids, start, end],
      ),
      // The same reading of "satisfied" as the complaint statistics' follow-up satisfaction.
      this.metCounts(
        ctx,
        `select project_id, count(*) filter (where satisfaction is not null)::int as due,
                count(*) filter (where satisfaction in ('satisfied', 'fairly_satisfied'))::int as met
           from follow_up where company_id = ? and project_id = any(?::uuid[]) and selected and state = 'visited' and due_at >= ? and due_at < ? group by project_id`,
        [companyId, ids, start, end],
      ),
      ctx.em.execute<{ project_id: string; n: number }[]>(
        `select project_id, count(*)::int as n from inspection_finding
          where company_id = ? and project_id = any(?::uuid[]) and result = 'nonconformity' and inspected_at >= ? and inspected_at < ? group by project_id`,
        [companyId, ids, start, end],
      ),
      ctx.em.execute<{ project_id: string; deadline: string; completed_at: Date | null }[]>(
        `select project_id, to_char(action_deadline, 'YYYY-MM-DD') as deadline, action_completed_at as completed_at from inspection_finding
          where company_id = ? and project_id = any(?::uuid[]) and action_deadline between ?::date and ?::date`,
        [companyId, ids, firstDay, lastDay],
      ),
      this.surveyRates(ctx, companyId, ids, lastDay),
      pnl.itemMonths(ctx.em, { companyId, projectIds: projects.map((p) => p.id), from: month, to: month, now: ctx.now }),
      this.averageScores(ctx, projects, month),
    ]);
    const result = new Map<string, ProjectKpiValues>();
    for (const project of projects) {
      const p = stats.projects.find((s) => s.projectId === project.id)!;
      const milestone = (name: string): MetCount => {
        const row = p.milestones.find((x) => x.milestone === name);
        return { due: row?.decided ?? 0, met: row?.met ?? 0 };
      };
      const figures = correctiveActionFigures(
        actions.filter((a) => a.project_id === project.id).map((a) => ({ deadline: a.deadline, completedAt: a.completed_at ? new Date(a.completed_at) : null })),
        ctx.now,
      );
      const paid = sumPnl(pnlRows.filter((r) => r.projectId === project.id && r.charge === 'paid'));
      result.set(
        project.id,
        projectKpiValues({
          households: project.households,
          validComplaints: p.valid,
          orders: orders.get(project.id) ?? none,
          complaintOnSite: milestone('on_site'),
          complaintFirstFeedback: milestone('first_feedback'),
          complaintResolution: milestone('resolution'),
          followUps: followUps.get(project.id) ?? none,
          followUpRatings: ratings.get(project.id) ?? none,
          nonconformities: nonconformities.find((n) => n.project_id === project.id)?.n ?? 0,
          correctiveActions: { due: figures.due, met: figures.doneOnTime },
          surveySatisfactionBasisPoints: surveys.get(project.id) ?? null,
          paidServiceMarginBasisPoints: paid.revenue > 0 ? paid.paidMarginBasisPoints : null,
          staffAverageScoreHundredths: scores.get(project.id) ?? null,
        }),
      );
    }
    return result;
  }

  private async metCounts(ctx: DataCtx, sql: string, params: unknown[]): Promise<Counts> {
    const rows = await ctx.em.execute<{ project_id: string; due: number; met: number }[]>(sql, params);
    return new Map(rows.map((r) => [r.project_id, { due: r.due, met: r.met }]));
  }

  /** The latest survey that had opened by the month's last day, per project: its overall satisfaction rate. */
  private async surveyRates(ctx: DataCtx, companyId: string, ids: string, lastDay: string): Promise<Map<string, number | null>> {
    const surveys = await ctx.em.execute<{ id: string; project_id: string; items: SurveyItem[]; distributed: number }[]>(
      `select distinct on (project_id) id, project_id, items, distributed from satisfaction_survey
        where company_id = ? and project_id = any(?::uuid[]) and opens_on <= ?::date order by project_id, opens_on desc, id desc`,
      [companyId, ids, lastDay],
    );
    if (!surveys.length) return new Map();
    const responses = await ctx.em.execute<{ survey_id: string; unit_id: string; answers: Record<string, SatisfactionLevel | null>; comment: string | null }[]>(
      `select survey_id, unit_id, answers, comment from survey_response where survey_id = any(?::uuid[])`,
      [uuidArray(surveys.map((s) => s.id))],
    );
    return new Map(
      surveys.map((s) => {
        const mine = responses.filter((r) => r.survey_id === s.id).map((r) => ({ unitId: r.unit_id, answers: r.answers, comment: r.comment }));
        return [s.project_id, surveyResults({ items: s.items, distributed: Math.max(s.distributed, mine.length), responses: mine }).overall.rateBasisPoints];
      }),
    );
  }

  /** Each project's average monthly score, in hundredths: one staff read, one read of the month's entries. */
  private async averageScores(ctx: DataCtx, projects: Project[], month: MonthKey): Promise<Map<string, number>> {
    const ids = projects.map((p) => p.id);
    const [staff, penalties, commendations, { kpi }] = await Promise.all([
      // Only ids and roles, as plain rows: a company of a hundred projects has a thousand staff.
      ctx.em.execute<{ id: string; roles: StaffUser['roles'] }[]>(`select id, roles from staff_user where company_id = ? and active`, [ctx.companyId]),
      ctx.em.execute<{ userId: string; projectId: string; state: PenaltyState; points: number }[]>(
        `select user_id as "userId", project_id as "projectId", state, points from penalty_entry where company_id = ? and project_id = any(?::uuid[]) and month = ?`,
        [ctx.companyId, uuidArray(ids), month],
      ),
      ctx.em.execute<{ userId: string; projectId: string; points: number }[]>(
        `select user_id as "userId", project_id as "projectId", points from commendation where company_id = ? and project_id = any(?::uuid[]) and month = ?`,
        [ctx.companyId, uuidArray(ids), month],
      ),
      kpiConfig(ctx),
    ]);
    const result = new Map<string, number>();
    for (const projectId of ids) {
      const roster = staff.filter((u) => u.roles.some((r) => r.projectId === projectId)).map((u) => ({ userId: u.id, projectId, department: departmentIn(u.roles, projectId) }));
      if (!roster.length) continue;
      const scores = monthlyScores({
        month,
        staff: roster,
        penalties: penalties.filter((e) => e.projectId === projectId).map((e) => ({ ...e, month })),
        commendations: commendations.filter((c) => c.projectId === projectId).map((c) => ({ ...c, month })),
        settings: kpi,
      });
      const average = scoreAverages(scores).byProject[0];
      if (average) result.set(projectId, average.averageHundredths);
    }
    return result;
  }
}
