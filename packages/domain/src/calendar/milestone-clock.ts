import {
  addClockMinutes,
  addWorkingDays,
  addWorkingMinutes,
  clockMinutesBetween,
  workingTimeBetween,
  type WorkingCalendar,
} from './working-calendar.js';

/**
 * A service-level clock for one milestone ("on site within 1 hour", "resolved
 * within 5 working days"). Generic so complaints and service orders share it.
 *
 * Time bases:
 * - clock: elapsed time, nights and holidays included;
 * - working: working minutes of the company calendar. A working-days budget is
 *   converted to the working minutes between the start and the close of the
 *   n-th working day (addWorkingDays), and from then on behaves like working hours.
 *
 * Pauses (waiting on the resident or an outside party) extend the due time by
 * their length measured in the clock's own base: a pause over a weekend adds
 * nothing to a working-time clock. Only pauses that begin before the (already
 * extended) due time count — a breach is never undone by pausing afterwards.
 * An open pause is taken to end at `now`, so the due time shown is "if work
 * resumed now".
 *
 * An agreed extension (a new reply time the resident agreed to) replaces the
 * due time while the original stays visible. It counts only if agreed no later
 * than the due time it replaces and if it is later than that due time. It is
 * an absolute promise: later pauses do not move it.
 */
export type MilestoneTimeBase = 'clock' | 'working';

export type MilestoneBudget =
  | { readonly kind: 'clock_hours'; readonly hours: number }
  | { readonly kind: 'working_hours'; readonly hours: number }
  | { readonly kind: 'working_days'; readonly days: number }
  /** A fixed due time set by someone (a developer's response date); clock base. */
  | { readonly kind: 'due_at'; readonly dueAt: Date };

export interface MilestonePause {
  readonly from: Date;
  /** null while still paused. */
  readonly to: Date | null;
}

export interface AgreedExtension {
  readonly agreedAt: Date;
  readonly newDueAt: Date;
}

export type MilestoneClockStatus = 'running' | 'paused' | 'met' | 'breached';

export interface MilestoneClock<M extends string = string> {
  readonly milestone: M;
  readonly timeBase: MilestoneTimeBase;
  readonly startedAt: Date;
  /** Due by the rule, pauses included, before any agreed extension. */
  readonly originalDueAt: Date;
  /** The due time in force: the last valid agreed extension, else originalDueAt. */
  readonly dueAt: Date;
  readonly extended: boolean;
  /** When 80 % of the allowed time is used, assuming no further pause. */
  readonly warnAt: Date;
  /** Time allowed from start to dueAt in the clock's base, pauses excluded (minutes). */
  readonly allowedMinutes: number;
  /** Time used at now (or at completion), in the clock's base, pauses excluded (minutes). */
  readonly usedMinutes: number;
  /** allowed − used at now; negative when overdue; null once the milestone is reached. */
  readonly minutesLeft: number | null;
  readonly status: MilestoneClockStatus;
  readonly completedAt: Date | null;
}

export interface MilestoneClockInput<M extends string> {
  readonly milestone: M;
  readonly startedAt: Date;
  readonly budget: MilestoneBudget;
  readonly pauses?: readonly MilestonePause[];
  readonly extensions?: readonly AgreedExtension[];
  readonly completedAt?: Date | null;
  readonly calendar: WorkingCalendar;
  readonly now: Date;
}

export const MILESTONE_WARNING_PERCENT = 80;

export function milestoneClock<M extends string>(input: MilestoneClockInput<M>): MilestoneClock<M> {
  const { milestone, startedAt, budget, calendar, now } = input;
  const start = valid(startedAt, 'startedAt');
  const nowMs = valid(now, 'now');
  const completedAt = input.completedAt ?? null;
  if (completedAt !== null) valid(completedAt, 'completedAt');

  const timeBase: MilestoneTimeBase = budget.kind === 'working_hours' || budget.kind === 'working_days' ? 'working' : 'clock';
  const measure = (a: number, b: number): number =>
    timeBase === 'working' ? workingTimeBetween(calendar, new Date(a), new Date(b)) : clockMinutesBetween(new Date(a), new Date(b));
  const add = (a: number, minutes: number): number =>
    (timeBase === 'working' ? addWorkingMinutes(calendar, new Date(a), minutes) : addClockMinutes(new Date(a), minutes)).getTime();

  const budgetMinutes = budgetInMinutes(budget, startedAt, calendar);
  const pauses = mergePauses(input.pauses ?? [], start, nowMs);

  /** The instant `amount` minutes of unpaused time have run since the start. */
  const advance = (amount: number): number => {
    let due = add(start, amount);
    for (const [from, to] of pauses) {
      if (from >= due) break;
      due = add(due, measure(from, to));
    }
    return due;
  };
  /** Unpaused time run from the start to t. */
  const used = (t: number): number => {
    if (t <= start) return 0;
    let paused = 0;
    for (const [from, to] of pauses) {
      if (from >= t) break;
      paused += measure(from, Math.min(to, t));
    }
    return measure(start, t) - paused;
  };

  const originalDue = advance(budgetMinutes);
  let due = originalDue;
  const extensions = [...(input.extensions ?? [])].sort((a, b) => valid(a.agreedAt, 'agreedAt') - valid(b.agreedAt, 'agreedAt'));
  for (const e of extensions) {
    const newDue = valid(e.newDueAt, 'newDueAt');
    if (e.agreedAt.getTime() <= due && newDue > due) due = newDue;
  }

  const allowed = used(due);
  const stopAt = completedAt === null ? nowMs : Math.min(completedAt.getTime(), nowMs);
  const usedNow = used(stopAt);
  const pausedNow = pauses.some(([from, to]) => from <= nowMs && nowMs < to) || openPauseAt(input.pauses ?? [], nowMs);

  let status: MilestoneClockStatus;
  if (completedAt !== null) status = completedAt.getTime() <= due ? 'met' : 'breached';
  else if (nowMs > due) status = 'breached';
  else status = pausedNow ? 'paused' : 'running';

  return {
    milestone,
    timeBase,
    startedAt,
    originalDueAt: new Date(originalDue),
    dueAt: new Date(due),
    extended: due !== originalDue,
    warnAt: new Date(advance((allowed * MILESTONE_WARNING_PERCENT) / 100)),
    allowedMinutes: allowed,
    usedMinutes: usedNow,
    minutesLeft: completedAt === null ? allowed - usedNow : null,
    status,
    completedAt,
  };
}

export type MilestoneAlertKind = 'warning' | 'breach';

export interface MilestoneAlert<M extends string = string> {
  /** `${milestone}:80` or `${milestone}:breach`: store it under a unique constraint to send each alert once. */
  readonly key: string;
  readonly milestone: M;
  readonly kind: MilestoneAlertKind;
  readonly dueAt: Date;
}

export function milestoneAlertKey(milestone: string, kind: MilestoneAlertKind): string {
  return `${milestone}:${kind === 'warning' ? MILESTONE_WARNING_PERCENT : 'breach'}`;
}

/**
 * The alerts to send now, each at most once (keys in alreadySent are skipped):
 * - warning when 80 % of the allowed time is used and the milestone is open;
 * - breach when the due time passed before the milestone was reached (also
 *   when it was reached late between two runs).
 * A warning that would arrive together with or after its breach is not sent:
 * it would only be noise.
 */
export function milestoneClockAlerts<M extends string>({
  clocks,
  now,
  alreadySent,
}: {
  readonly clocks: readonly MilestoneClock<M>[];
  readonly now: Date;
  readonly alreadySent: Iterable<string>;
}): MilestoneAlert<M>[] {
  const nowMs = valid(now, 'now');
  const sent = new Set(alreadySent);
  const alerts: MilestoneAlert<M>[] = [];
  for (const clock of clocks) {
    const done = clock.completedAt !== null;
    const breached =
      clock.completedAt !== null ? clock.completedAt.getTime() > clock.dueAt.getTime() : nowMs > clock.dueAt.getTime();
    const breachKey = milestoneAlertKey(clock.milestone, 'breach');
    const warningKey = milestoneAlertKey(clock.milestone, 'warning');
    if (breached) {
      if (!sent.has(breachKey)) alerts.push({ key: breachKey, milestone: clock.milestone, kind: 'breach', dueAt: clock.dueAt });
    } else if (!done && nowMs >= clock.warnAt.getTime() && !sent.has(warningKey)) {
      alerts.push({ key: warningKey, milestone: clock.milestone, kind: 'warning', dueAt: clock.dueAt });
    }
  }
  return alerts;
}

function budgetInMinutes(budget: MilestoneBudget, startedAt: Date, calendar: WorkingCalendar): number {
  switch (budget.kind) {
    case 'clock_hours':
    case 'working_hours':
      if (!Number.isFinite(budget.hours) || budget.hours < 0) throw new RangeError('hours must be a finite number ≥ 0');
      return budget.hours * 60;
    case 'working_days':
      return workingTimeBetween(calendar, startedAt, addWorkingDays(calendar, startedAt, budget.days));
    case 'due_at':
      return Math.max(0, clockMinutesBetween(startedAt, budget.dueAt));
  }
}

/** Sorted, merged [from, to) ms intervals clipped to start at `start`; an open pause runs to now. */
function mergePauses(pauses: readonly MilestonePause[], start: number, nowMs: number): Array<[number, number]> {
  const intervals = pauses
    .map((p): [number, number] => {
      const from = valid(p.from, 'pause.from');
      const to = p.to === null ? Math.max(from, nowMs) : valid(p.to, 'pause.to');
      if (to < from) throw new RangeError('A pause cannot end before it starts');
      return [Math.max(from, start), to];
    })
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of intervals) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

/** An open pause that began exactly now has zero length but still means "paused". */
function openPauseAt(pauses: readonly MilestonePause[], nowMs: number): boolean {
  return pauses.some((p) => p.to === null && p.from.getTime() <= nowMs);
}

function valid(date: Date, name: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}
