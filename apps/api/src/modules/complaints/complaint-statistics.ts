import { COMPLAINT_MILESTONES, monthParts, monthRange, type ComplaintClock, type MonthKey } from '@wuye/domain';
import type { DataCtx } from '../../context.js';
import { FollowUp } from '../follow-ups/follow-up.entity.js';
import { Nonconformity } from '../nonconformities/nonconformity.entity.js';
import { Project } from '../projects/project.entity.js';
import { settingsOf } from '../settings/settings.service.js';
import { Complaint } from './complaint.entity.js';
import { clocksOf } from './complaints.service.js';
import type { ComplaintMonthStatsView, ComplaintStatisticsView, CountByView } from './complaint-statistics.types.js';

/** The procedures' target: valid complaints below 1 % of households a month (README §4). */
export const COMPLAINT_RATE_TARGET_BASIS_POINTS = 100;
const WHOLE = 10_000;

const rate = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * WHOLE) / whole) : null);

function countBy<T>(rows: T[], key: (row: T) => string | null | undefined, limit?: number): CountByView[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const k = key(row);
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const sorted = [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return limit ? sorted.slice(0, limit) : sorted;
}

interface MonthFacts {
  complaints: Complaint[];
  clocks: Map<string, ComplaintClock[]>;
  nonconformities: Nonconformity[];
  completions: FollowUp[];
  due: FollowUp[];
  visited: FollowUp[];
}

/**
 * 投诉情况月度汇总 (README §4, §5): complaints by category, severity, department and cause; valid
 * rate; SLA met per milestone; rate per 100 households against the 1 % target; repeats;
 * suggestions; follow-up sampling, completion and satisfaction. Months are Asia/Shanghai months.
 */
export class ComplaintStatisticsService {
  async month(ctx: DataCtx, monthKey: MonthKey, projects: Project[]): Promise<ComplaintStatisticsView> {
    const { start: from, end: to } = monthRange(monthKey);
    const { year, month } = monthParts(monthKey);
    const ids = projects.map((p) => p.id);
    const inMonth = { $gte: from, $lt: to };
    const [complaints, nonconformities, completions, due, visited, settings] = await Promise.all([
      ctx.em.find(Complaint, { projectId: { $in: ids }, createdAt: inMonth }),
      ctx.em.find(Nonconformity, { projectId: { $in: ids }, source: { $in: ['same_matter', 'same_repair'] }, createdAt: inMonth }),
      ctx.em.find(FollowUp, { projectId: { $in: ids }, completedAt: inMonth }),
      ctx.em.find(FollowUp, { projectId: { $in: ids }, selected: true, dueAt: inMonth }),
      ctx.em.find(FollowUp, { projectId: { $in: ids }, state: 'visited', visitedAt: inMonth }),
      settingsOf(ctx),
    ]);
    const byProject = new Map(projects.map((p) => [p.id, p]));
    const clocks = new Map(
      complaints.filter((c) => c.kind === 'complaint' && c.valid).map((c) => [c.id, clocksOf(c, settings, byProject.get(c.projectId) ?? null, ctx.now)]),
    );
    const facts: MonthFacts = { complaints, clocks, nonconformities, completions, due, visited };
    const only = (projectId: string): MonthFacts => ({
      complaints: complaints.filter((c) => c.projectId === projectId),
      clocks,
      nonconformities: nonconformities.filter((n) => n.projectId === projectId),
      completions: completions.filter((f) => f.projectId === projectId),
      due: due.filter((f) => f.projectId === projectId),
      visited: visited.filter((f) => f.projectId === projectId),
    });
    const households = (ps: Project[]) => ps.reduce((sum, p) => sum + p.households, 0);
    return {
      total: summarise(null, year, month, facts, households(projects)),
      projects: projects.map((p) => summarise(p.id, year, month, only(p.id), p.households)),
    };
  }
}

function summarise(projectId: string | null, year: number, month: number, f: MonthFacts, households: number): ComplaintMonthStatsView {
  const complaints = f.complaints.filter((c) => c.kind === 'complaint');
  const valid = complaints.filter((c) => c.valid === true);
  const suggestions = f.complaints.filter((c) => c.kind === 'suggestion');
  const per100 = households > 0 ? Math.round((valid.length * WHOLE) / households) : null;
  const decided = valid.flatMap((c) => (f.clocks.get(c.id) ?? []).filter((k) => k.status === 'met' || k.status === 'breached'));
  return {
    projectId,
    year,
    month,
    complaints: complaints.length,
    valid: valid.length,
    validRateBasisPoints: rate(valid.length, complaints.length),
    households,
    ratePer100HouseholdsBasisPoints: per100,
    withinTarget: per100 === null ? valid.length === 0 : per100 < COMPLAINT_RATE_TARGET_BASIS_POINTS,
    byCategory: countBy(valid, (c) => (c.category == null ? null : String(c.category))),
    bySeverity: countBy(valid, (c) => c.severity),
    byDepartment: countBy(valid, (c) => c.responsibleDepartment),
    byCause: countBy(valid, (c) => c.cause?.trim(), 10),
    milestones: COMPLAINT_MILESTONES.map((milestone) => {
      const mine = decided.filter((k) => k.milestone === milestone);
      const met = mine.filter((k) => k.status === 'met').length;
      return { milestone, decided: mine.length, met, metRateBasisPoints: rate(met, mine.length) };
    }),
    repeats: f.nonconformities.length,
    suggestions: suggestions.length,
    suggestionsAdopted: suggestions.filter((s) => s.steps.some((step) => step.action === 'adopt')).length,
    followUpCandidates: f.completions.length,
    followUpsSampled: f.completions.filter((x) => x.selected).length,
    followUpSampleRateBasisPoints: rate(f.completions.filter((x) => x.selected).length, f.completions.length),
    followUpsDue: f.due.length,
    followUpsDone: f.due.filter((x) => x.state === 'visited').length,
    followUpCompletionBasisPoints: rate(f.due.filter((x) => x.state === 'visited').length, f.due.length),
    followUpSatisfactionBasisPoints: rate(f.visited.filter((x) => x.satisfaction === 'satisfied' || x.satisfaction === 'fairly_satisfied').length, f.visited.length),
  };
}
