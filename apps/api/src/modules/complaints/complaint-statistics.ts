import { COMPLAINT_MILESTONES, monthParts, monthRange, type ComplaintClock, type MonthKey, type WorkingCalendar } from '@wuye/domain';
import type { DataCtx } from '../../context.js';
import { uuidArray } from '../../db/queries.js';
import type { Project } from '../projects/project.entity.js';
import { SettingsService, settingsOf } from '../settings/settings.service.js';
import type { Complaint } from './complaint.entity.js';
import { clocksOf, type ComplaintClockFacts } from './complaints.service.js';
import type { ComplaintMonthStatsView, ComplaintStatisticsView, CountByView } from './complaint-statistics.types.js';

/** The procedures' target: valid complaints below 1 % of households a month (README §4). */
export const COMPLAINT_RATE_TARGET_BASIS_POINTS = 100;
const WHOLE = 10_000;
const settingsService = new SettingsService();

/** Timestamps as Dates whether the driver parsed them or not. */
const date = (v: unknown): Date | null => (v == null ? null : v instanceof Date ? v : new Date(v as string));

/**
 * Clocks of complaints whose milestones are all reached: they no longer depend on `now`, only on
 * the complaint (its updatedAt moves with every change), the company's settings (version) and the
 * project's office hours, which make the key. A year of a company's complaints is clocked once,
 * not on every statistics request. Bounded; the oldest entries go first.
 */
const decidedClocks = new Map<string, { stamp: number; settings: string; hours: string | undefined; clocks: ComplaintClock[] }>();
const DECIDED_CLOCKS_MAX = 200_000;

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

/** What the statistics read of a complaint or suggestion: the clock facts and the classification. */
interface ComplaintRow extends ComplaintClockFacts {
  id: string;
  projectId: string;
  month: MonthKey;
  responsibleDepartment: Complaint['responsibleDepartment'];
  cause: string | null;
  adopted: boolean;
  updatedAt: Date;
}

/** Follow-up counts of one project-month, aggregated by PostgreSQL. */
interface FollowUpCounts {
  candidates: number;
  sampled: number;
  due: number;
  done: number;
  visited: number;
  satisfied: number;
}

const NO_FOLLOW_UPS: FollowUpCounts = { candidates: 0, sampled: 0, due: 0, done: 0, visited: 0, satisfied: 0 };

interface MonthFacts {
  complaints: ComplaintRow[];
  clocks: Map<string, ComplaintClock[]>;
  repeats: number;
  followUps: FollowUpCounts;
}

const addCounts = (a: FollowUpCounts, b: FollowUpCounts): FollowUpCounts => ({
  candidates: a.candidates + b.candidates,
  sampled: a.sampled + b.sampled,
  due: a.due + b.due,
  done: a.done + b.done,
  visited: a.visited + b.visited,
  satisfied: a.satisfied + b.satisfied,
});

/**
 * 投诉情况月度汇总 (README §4, §5): complaints by category, severity, department and cause; valid
 * rate; SLA met per milestone; rate per 100 households against the 1 % target; repeats;
 * suggestions; follow-up sampling, completion and satisfaction. Months are Asia/Shanghai months.
 *
 * Reads a whole range of months at once: complaints with only the columns the clocks need,
 * repeats and follow-ups as counts grouped by project and month in SQL (a company's follow-ups
 * are one row per completed order, far too many to load). Raw SQL skips the ORM's filters, so
 * company and projects are explicit; the projects are the caller's, already scoped.
 */
export class ComplaintStatisticsService {
  async month(ctx: DataCtx, monthKey: MonthKey, projects: Project[]): Promise<ComplaintStatisticsView> {
    return (await this.months(ctx, [monthKey], projects, { perProject: true }))[0]!;
  }

  /** Consecutive months, oldest first; per-project rows only when asked for (the trend needs totals). */
  async months(ctx: DataCtx, months: MonthKey[], projects: Project[], opts: { perProject: boolean; allProjects?: boolean }): Promise<ComplaintStatisticsView[]> {
    const sorted = [...months].sort();
    const from = monthRange(sorted[0]!).start;
    const to = monthRange(sorted[sorted.length - 1]!).end;
    const ids = uuidArray(projects.map((p) => p.id));
    const company = ctx.companyId!;
    const em = ctx.em;
    // Month of a timestamp as its index among the months' starts (width_bucket: a binary search,
    // where to_char(… at time zone …) per row was most of the query's time).
    const starts = `'{${sorted.map((m) => monthRange(m).start.toISOString()).join(',')}}'::timestamptz[]`;
    const monthOf = (column: string) => `width_bucket(${column}, ${starts})`;
    // The whole company needs no project condition (and a 100-project list checked per row is not free).
    const inProjects = opts.allProjects ? '' : 'and project_id = any(?::uuid[])';
    const scopeParams = opts.allProjects ? [company] : [company, ids];
    const projectColumn = opts.perProject || !opts.allProjects ? 'project_id' : 'null::uuid';
    const [complaintRows, repeatRows, followUpRows, settings] = await Promise.all([
      em.execute(
        `select id, project_id, kind, category, valid, severity, responsible_department, cause, created_at, on_site_required, on_site_at,
                first_feedback_at, resolved_at, handed_to_developer_at, developer_response_due_at, developer_responded_at, pauses, extensions, updated_at,
                (kind = 'suggestion' and steps @> '[{"action": "adopt"}]') as adopted, ${monthOf('created_at')} as month
           from complaint where company_id = ? ${inProjects} and created_at >= ? and created_at < ?`,
        [...scopeParams, from, to],
      ) as Promise<Array<Record<string, any>>>,
      em.execute(
        `select ${projectColumn} as project_id, ${monthOf('created_at')} as month, count(*)::int as n
           from nonconformity where company_id = ? ${inProjects} and source in ('same_matter', 'same_repair')
            and created_at >= ? and created_at < ? group by 1, 2`,
        [...scopeParams, from, to],
      ) as Promise<Array<{ project_id: string | null; month: number; n: number }>>,
      em.execute(
        `select ${projectColumn} as project_id, 'completed' as what, ${monthOf('completed_at')} as month, count(*)::int as n, count(*) filter (where selected)::int as m
           from follow_up where company_id = ? ${inProjects} and completed_at >= ? and completed_at < ? group by 1, 3
         union all
         select ${projectColumn}, 'due', ${monthOf('due_at')}, count(*)::int, count(*) filter (where state = 'visited')::int
           from follow_up where company_id = ? ${inProjects} and selected and due_at >= ? and due_at < ? group by 1, 3
         union all
         select ${projectColumn}, 'visited', ${monthOf('visited_at')}, count(*)::int, count(*) filter (where satisfaction in ('satisfied', 'fairly_satisfied'))::int
           from follow_up where company_id = ? ${inProjects} and state = 'visited' and visited_at >= ? and visited_at < ? group by 1, 3`,
        [...scopeParams, from, to, ...scopeParams, from, to, ...scopeParams, from, to],
      ) as Promise<Array<{ project_id: string | null; what: 'completed' | 'due' | 'visited'; month: number; n: number; m: number }>>,
      settingsOf(ctx),
    ]);
    const monthAt = (bucket: number) => sorted[bucket - 1]!;

    const byProject = new Map(projects.map((p) => [p.id, p]));
    const calendars = new Map<string, WorkingCalendar>();
    const calendarOf = (projectId: string) => {
      let calendar = calendars.get(projectId);
      if (!calendar) calendars.set(projectId, (calendar = settingsService.calendar(settings, byProject.get(projectId) ?? null)));
      return calendar;
    };
    const complaints: ComplaintRow[] = complaintRows.map((r) => ({
      id: r.id,
      projectId: r.project_id,
      month: monthAt(r.month),
      kind: r.kind,
      category: r.category,
      valid: r.valid,
      severity: r.severity,
      responsibleDepartment: r.responsible_department,
      cause: r.cause,
      createdAt: date(r.created_at)!,
      onSiteRequired: r.on_site_required,
      onSiteAt: date(r.on_site_at),
      firstFeedbackAt: date(r.first_feedback_at),
      resolvedAt: date(r.resolved_at),
      handedToDeveloperAt: date(r.handed_to_developer_at),
      developerResponseDueAt: date(r.developer_response_due_at),
      developerRespondedAt: date(r.developer_responded_at),
      pauses: r.pauses ?? [],
      extensions: r.extensions ?? [],
      adopted: r.adopted,
      updatedAt: date(r.updated_at)!,
    }));
    const settingsStamp = `${settings.version}:${settings.updatedAt?.getTime() ?? 0}`;
    const hoursStamps = new Map(projects.map((p) => [p.id, JSON.stringify(p.workingHours ?? null)]));
    // Keyed by the complaint's id, the rest compared: one key of id, time, settings and office
    // hours concatenated per complaint was hashed again on every request.
    const clocksFor = (c: ComplaintRow) => {
      const stamp = c.updatedAt.getTime();
      const hours = hoursStamps.get(c.projectId);
      const known = decidedClocks.get(c.id);
      if (known && known.stamp === stamp && known.settings === settingsStamp && known.hours === hours) return known.clocks;
      const clocks = clocksOf(c, settings, byProject.get(c.projectId) ?? null, ctx.now, calendarOf(c.projectId));
      if (clocks.every((k) => k.completedAt !== null) && c.pauses.every((p) => p.to !== null)) {
        decidedClocks.delete(c.id);
        if (decidedClocks.size >= DECIDED_CLOCKS_MAX) decidedClocks.delete(decidedClocks.keys().next().value!);
        decidedClocks.set(c.id, { stamp, settings: settingsStamp, hours, clocks });
      }
      return clocks;
    };
    const clocks = new Map(complaints.filter((c) => c.kind === 'complaint' && c.valid).map((c) => [c.id, clocksFor(c)]));

    const key = (projectId: string, month: string) => `${projectId}|${month}`;
    const complaintsBy = new Map<string, ComplaintRow[]>();
    for (const c of complaints) {
      const k = key(c.projectId, c.month);
      const group = complaintsBy.get(k);
      if (group) group.push(c);
      else complaintsBy.set(k, [c]);
    }
    // Without per-project rows the counts come per month only, under the key of no project.
    const ALL = '*';
    const repeatsBy = new Map(repeatRows.map((r) => [key(r.project_id ?? ALL, monthAt(r.month)), r.n]));
    const followUpsBy = new Map<string, FollowUpCounts>();
    for (const r of followUpRows) {
      const k = key(r.project_id ?? ALL, monthAt(r.month));
      const counts = { ...(followUpsBy.get(k) ?? NO_FOLLOW_UPS) };
      if (r.what === 'completed') Object.assign(counts, { candidates: r.n, sampled: r.m });
      else if (r.what === 'due') Object.assign(counts, { due: r.n, done: r.m });
      else Object.assign(counts, { visited: r.n, satisfied: r.m });
      followUpsBy.set(k, counts);
    }
    const factsOf = (projectId: string, month: string): MonthFacts => ({
      complaints: complaintsBy.get(key(projectId, month)) ?? [],
      clocks,
      repeats: repeatsBy.get(key(projectId, month)) ?? 0,
      followUps: followUpsBy.get(key(projectId, month)) ?? NO_FOLLOW_UPS,
    });
    const households = projects.reduce((sum, p) => sum + p.households, 0);

    return months.map((month) => {
      const { year, month: m } = monthParts(month);
      const perProject = projects.map((p) => ({ project: p, facts: factsOf(p.id, month) }));
      const all = factsOf(ALL, month);
      const total: MonthFacts = {
        complaints: perProject.flatMap((x) => x.facts.complaints),
        clocks,
        repeats: perProject.reduce((n, x) => n + x.facts.repeats, all.repeats),
        followUps: perProject.reduce((n, x) => addCounts(n, x.facts.followUps), all.followUps),
      };
      return {
        total: summarise(null, year, m, total, households),
        projects: opts.perProject ? perProject.map((x) => summarise(x.project.id, year, m, x.facts, x.project.households)) : [],
      };
    });
  }
}

function summarise(projectId: string | null, year: number, month: number, f: MonthFacts, households: number): ComplaintMonthStatsView {
  const complaints = f.complaints.filter((c) => c.kind === 'complaint');
  const valid = complaints.filter((c) => c.valid === true);
  const suggestions = f.complaints.filter((c) => c.kind === 'suggestion');
  const per100 = households > 0 ? Math.round((valid.length * WHOLE) / households) : null;
  const decided = valid.flatMap((c) => (f.clocks.get(c.id) ?? []).filter((k) => k.status === 'met' || k.status === 'breached'));
  const fu = f.followUps;
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
    repeats: f.repeats,
    suggestions: suggestions.length,
    suggestionsAdopted: suggestions.filter((s) => s.adopted).length,
    followUpCandidates: fu.candidates,
    followUpsSampled: fu.sampled,
    followUpSampleRateBasisPoints: rate(fu.sampled, fu.candidates),
    followUpsDue: fu.due,
    followUpsDone: fu.done,
    followUpCompletionBasisPoints: rate(fu.done, fu.due),
    followUpSatisfactionBasisPoints: rate(fu.satisfied, fu.visited),
  };
}
