import { DEPARTMENTS, type Department } from '../access/roles.js';
import {
  addLocalDays,
  addWorkingDays,
  isLocalDate,
  shanghaiDate,
  shanghaiInstant,
  shanghaiWeekday,
  WEEKDAYS,
  type WorkingCalendar,
} from '../calendar/working-calendar.js';
import { addMonths, type MonthKey } from '../profitability/month-key.js';
import type { KpiActor } from './kpi-actor.js';

/**
 * Three-level inspection (三级检查, domain README §7):
 *
 * | level             | who                                        | how often                               |
 * |-------------------|--------------------------------------------|-----------------------------------------|
 * | daily             | team leaders (supervisor of the area)      | every post covered within 3 working days |
 * | weekly            | the department manager (supervisor), or PM | once a week (Monday–Sunday)             |
 * | monthly           | the project leader (PM) or quality         | once a calendar month                   |
 * | half_yearly_audit | head office: quality or the GM             | once a half year (Jan–Jun, Jul–Dec)     |
 *
 * Areas are the departments: customer service, engineering, cleaning,
 * greening, security. Weeks, months and half years are Shanghai local dates.
 */
export const INSPECTION_LEVELS = ['daily', 'weekly', 'monthly', 'half_yearly_audit'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

export const INSPECTION_LEVEL_LABELS: Readonly<Record<InspectionLevel, { readonly zh: string; readonly en: string }>> = {
  daily: { zh: '日检（班组长）', en: 'Daily (team leader)' },
  weekly: { zh: '周检（部门经理）', en: 'Weekly (department manager)' },
  monthly: { zh: '月检（项目负责人/品质部）', en: 'Monthly (project leader or quality)' },
  half_yearly_audit: { zh: '半年审核（总部）', en: 'Half-yearly audit (head office)' },
};

export const INSPECTION_AREAS: readonly Department[] = DEPARTMENTS;

export function isInspectionLevel(value: unknown): value is InspectionLevel {
  return typeof value === 'string' && (INSPECTION_LEVELS as readonly string[]).includes(value);
}

/** Who may carry out an inspection of a level in an area (the project's actor). */
export function mayInspect(actor: KpiActor, level: InspectionLevel, area: Department): boolean {
  const has = (role: KpiActor['roles'][number]) => actor.roles.includes(role);
  const leadsArea = has('supervisor') && actor.supervises.includes(area);
  switch (level) {
    case 'daily':
      return leadsArea;
    case 'weekly':
      return leadsArea || has('project_manager');
    case 'monthly':
      return has('project_manager') || has('quality');
    case 'half_yearly_audit':
      return has('quality') || has('general_manager');
  }
}

// ------------------------------------------------------------------ periods

export type PlannedInspectionLevel = Exclude<InspectionLevel, 'daily'>;

/**
 * The period an instant falls in, for a level: weekly → the Monday that
 * starts the week ("2025-10-13"); monthly → "2025-10"; half-yearly →
 * "2025-H2". Daily → the local date.
 */
export function inspectionPeriodKey(level: InspectionLevel, at: Date | string): string {
  const date = typeof at === 'string' ? requireDate(at) : shanghaiDate(at);
  switch (level) {
    case 'daily':
      return date;
    case 'weekly':
      return addLocalDays(date, -WEEKDAYS.indexOf(shanghaiWeekday(date)));
    case 'monthly':
      return date.slice(0, 7);
    case 'half_yearly_audit':
      return `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
  }
}

function periodLastDay(level: PlannedInspectionLevel, key: string): string {
  switch (level) {
    case 'weekly':
      return addLocalDays(key, 6);
    case 'monthly':
      return addLocalDays(`${addMonths(key, 1)}-01`, -1);
    case 'half_yearly_audit':
      return key.endsWith('H1') ? `${key.slice(0, 4)}-06-30` : `${key.slice(0, 4)}-12-31`;
  }
}

function requireDate(date: string): string {
  if (!isLocalDate(date)) throw new RangeError(`Not a date "YYYY-MM-DD": ${date}`);
  return date;
}

export interface InspectionPeriod {
  readonly period: string;
  readonly firstDay: string;
  readonly lastDay: string;
}

const MAX_PLAN_DAYS = 3700;

/**
 * The periods of a plan that are over and had no inspection of the level:
 * every period containing a day from `from` to `to` (local dates, inclusive)
 * whose last day is not after `to`, oldest first. A plan that starts mid-week
 * still owes that week's inspection.
 */
export function missedInspectionPeriods({
  level,
  inspectedAt,
  from,
  to,
}: {
  readonly level: PlannedInspectionLevel;
  readonly inspectedAt: readonly Date[];
  readonly from: string;
  readonly to: string;
}): InspectionPeriod[] {
  requireDate(from);
  requireDate(to);
  if (to < from) return [];
  const done = new Set(inspectedAt.map((at) => inspectionPeriodKey(level, at)));
  const periods = new Map<string, InspectionPeriod>();
  for (let date = from, days = 0; date <= to; date = addLocalDays(date, 1), days++) {
    if (days > MAX_PLAN_DAYS) throw new RangeError(`A plan spans at most ${MAX_PLAN_DAYS} days`);
    const period = inspectionPeriodKey(level, date);
    if (periods.has(period)) continue;
    const firstDay = level === 'weekly' ? period : level === 'monthly' ? `${period}-01` : `${period.slice(0, 4)}-${period.endsWith('H1') ? '01' : '07'}-01`;
    periods.set(period, { period, firstDay, lastDay: periodLastDay(level, period) });
  }
  return [...periods.values()].filter((p) => p.lastDay <= to && !done.has(p.period));
}

// ----------------------------------------------------------- daily coverage

/** README §7: team leaders cover every post within 3 working days. */
export const DAILY_COVERAGE_WORKING_DAYS = 3;

export interface InspectionPost {
  readonly postId: string;
  readonly area: Department;
  /** The local date the post entered the plan: its first window starts that day. */
  readonly since: string;
}

export interface PostVisit {
  readonly postId: string;
  readonly at: Date;
}

export interface PostCoverage {
  readonly postId: string;
  readonly area: Department;
  /** Local date of the latest visit at or before asOf (and not before `since`); null if none. */
  readonly lastVisitedOn: string | null;
  /** Close of business of the last working day on which the next visit is still in time. */
  readonly dueBy: Date;
  readonly status: 'covered' | 'overdue';
}

/**
 * "Every post covered within 3 working days", read as: in every run of 3
 * consecutive working days of the company calendar the post is inspected at
 * least once. So after a visit on day D the next is due by the close of the
 * 3rd working day after D (a visit on Monday is due again by Thursday's close,
 * holidays skipped); a post never visited is due by the close of its 3rd
 * working day counting `since` itself when it is a working day. A post is
 * overdue once asOf is past its due time. Visits of any level count (a weekly
 * inspection of the post covers it too).
 */
export function postCoverage({
  posts,
  visits,
  asOf,
  calendar,
  workingDays = DAILY_COVERAGE_WORKING_DAYS,
}: {
  readonly posts: readonly InspectionPost[];
  readonly visits: readonly PostVisit[];
  readonly asOf: Date;
  readonly calendar: WorkingCalendar;
  readonly workingDays?: number;
}): PostCoverage[] {
  if (Number.isNaN(asOf.getTime())) throw new RangeError('asOf must be a valid Date');
  if (!Number.isSafeInteger(workingDays) || workingDays < 1) throw new RangeError('workingDays must be a whole number ≥ 1');
  const latest = new Map<string, string>();
  for (const v of visits) {
    if (v.at.getTime() > asOf.getTime()) continue;
    const day = shanghaiDate(v.at);
    const seen = latest.get(v.postId);
    if (seen === undefined || day > seen) latest.set(v.postId, day);
  }
  return posts.map((post) => {
    requireDate(post.since);
    const visited = latest.get(post.postId);
    const lastVisitedOn = visited !== undefined && visited >= post.since ? visited : null;
    const clockStartsAfter = lastVisitedOn ?? addLocalDays(post.since, -1);
    const dueBy = addWorkingDays(calendar, shanghaiInstant(clockStartsAfter), workingDays);
    return { postId: post.postId, area: post.area, lastVisitedOn, dueBy, status: asOf.getTime() > dueBy.getTime() ? 'overdue' : 'covered' };
  });
}

// ---------------------------------------------------------- weekly summary

/** README §7: the weekly results of a month are summarised by the 5th of the next month. */
export const WEEKLY_SUMMARY_DUE_DAY = 5;

/** The 5th of the next month (inclusive), Shanghai time: October's summary is due by the end of 5 November. */
export function weeklySummaryDue(month: MonthKey, dueDay: number = WEEKLY_SUMMARY_DUE_DAY): { readonly dueOn: string; readonly dueAt: Date } {
  if (!Number.isSafeInteger(dueDay) || dueDay < 1 || dueDay > 28) throw new RangeError('dueDay must be 1–28');
  const dueOn = `${addMonths(month, 1)}-${String(dueDay).padStart(2, '0')}`;
  return { dueOn, dueAt: shanghaiInstant(addLocalDays(dueOn, 1)) };
}

/** Late: submitted after the due time, or still not submitted once it has passed. */
export function isWeeklySummaryLate({
  month,
  submittedAt,
  now,
  dueDay = WEEKLY_SUMMARY_DUE_DAY,
}: {
  readonly month: MonthKey;
  readonly submittedAt: Date | null;
  readonly now: Date;
  readonly dueDay?: number;
}): boolean {
  const { dueAt } = weeklySummaryDue(month, dueDay);
  return (submittedAt ?? now).getTime() >= dueAt.getTime();
}
