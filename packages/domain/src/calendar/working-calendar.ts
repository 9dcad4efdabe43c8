import type { MessageParams } from '../catalog/catalog-messages.js';
import type { CalendarMessageKey } from './calendar-messages.js';

/**
 * A company's working-time calendar: opening windows per weekday (several a
 * day, so the lunch break does not count), public holidays and make-up working
 * days (调休上班).
 *
 * Time zone: Asia/Shanghai, implemented as a fixed UTC+8 offset. Mainland China
 * has had no daylight saving since 1991, so the offset is exact for every date
 * this product will see; no tz database is needed.
 *
 * Rules, in order, for one local date:
 * 1. a public holiday has no working time, so a deadline can never land on
 *    one (a date in both lists is refused by validateWorkingCalendar);
 * 2. a make-up day works `makeUpDayHours`, by default Monday's windows
 *    (a make-up day repays a weekday off, so it keeps weekday hours);
 * 3. any other date works the windows of its weekday.
 *
 * Instants are `Date`s (UTC inside); durations are minutes and may be
 * fractional when instants carry seconds. Windows are half-open [start, end).
 */
export const CALENDAR_TIME_ZONE = 'Asia/Shanghai';
export const CALENDAR_UTC_OFFSET_MINUTES = 480;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock times "HH:MM"; `end` may be "24:00". */
export interface WorkingWindow {
  readonly start: string;
  readonly end: string;
}

export interface WorkingCalendar {
  readonly timeZone: typeof CALENDAR_TIME_ZONE;
  readonly weeklyHours: Readonly<Record<Weekday, readonly WorkingWindow[]>>;
  /** Windows worked on a make-up day; absent means Monday's windows. */
  readonly makeUpDayHours?: readonly WorkingWindow[] | null;
  /** Local dates "YYYY-MM-DD" with no working time. */
  readonly holidays: readonly string[];
  /** Local dates "YYYY-MM-DD" of make-up working days (调休上班), normally a Saturday or Sunday. */
  readonly makeUpWorkdays: readonly string[];
}

/** 08:30–12:00 and 13:30–17:30, the office hours most property-service centres publish. */
export const STANDARD_OFFICE_HOURS: readonly WorkingWindow[] = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

export function officeHoursWeek(
  windows: readonly WorkingWindow[] = STANDARD_OFFICE_HOURS,
): Readonly<Record<Weekday, readonly WorkingWindow[]>> {
  return { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: [], sun: [] };
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const OFFSET_MS = CALENDAR_UTC_OFFSET_MINUTES * MINUTE_MS;
/** A calendar with no working day in this many consecutive days is treated as broken rather than looped on. */
const MAX_IDLE_DAYS = 800;

const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// ---------------------------------------------------------------- local time

/** Days since 1970-01-01 of the local (UTC+8) date an instant falls on. */
function localDayOf(ms: number): number {
  return Math.floor((ms + OFFSET_MS) / DAY_MS);
}

/** The instant local midnight starts a local day. */
function dayStartMs(day: number): number {
  return day * DAY_MS - OFFSET_MS;
}

/** Monday = 0 … Sunday = 6; day 0 (1970-01-01) was a Thursday. */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

function dayFromDateString(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(y, m - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

function dateStringOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function parseTime(time: string): number | undefined {
  const match = TIME_PATTERN.exec(time);
  if (!match) return undefined;
  return match[1] === undefined ? 24 * 60 : Number(match[1]) * 60 + Number(match[2]);
}

function assertInstant(instant: Date, name = 'instant'): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name} must be a valid Date`);
  return ms;
}

/** The local date "YYYY-MM-DD" of an instant in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return dateStringOfDay(localDayOf(assertInstant(instant)));
}

/** "YYYY-MM-DD HH:MM" in Asia/Shanghai, for messages and reports: 2025-10-09T08:30Z → "2025-10-09 16:30". */
export function shanghaiDateTime(instant: Date): string {
  const ms = assertInstant(instant);
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** Local weekday of an instant or a "YYYY-MM-DD" date in Asia/Shanghai. */
export function shanghaiWeekday(at: Date | string): Weekday {
  const day = typeof at === 'string' ? requireDay(at) : localDayOf(assertInstant(at));
  return WEEKDAYS[weekdayIndex(day)] as Weekday;
}

/** The instant of a local date and wall-clock time in Asia/Shanghai: ("2025-09-30", "17:29") → 2025-09-30T09:29Z. */
export function shanghaiInstant(date: string, time = '00:00'): Date {
  const minutes = parseTime(time);
  if (minutes === undefined) throw new RangeError(`Not a time "HH:MM": ${time}`);
  return new Date(dayStartMs(requireDay(date)) + minutes * MINUTE_MS);
}

/** A local date moved by whole days: ("2025-09-30", 3) → "2025-10-03". */
export function addLocalDays(date: string, days: number): string {
  if (!Number.isSafeInteger(days)) throw new RangeError('days must be a whole number');
  return dateStringOfDay(requireDay(date) + days);
}

/** A local date moved by whole months, clamped to the month's last day: ("2025-01-31", 1) → "2025-02-28". */
export function addLocalMonths(date: string, months: number): string {
  if (!Number.isSafeInteger(months)) throw new RangeError('months must be a whole number');
  requireDay(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return dateStringOfDay(Date.UTC(year, month, Math.min(d, lastDay)) / DAY_MS);
}

export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && dayFromDateString(value) !== undefined;
}

function requireDay(date: string): number {
  const day = dayFromDateString(date);
  if (day === undefined) throw new RangeError(`Not a date "YYYY-MM-DD": ${date}`);
  return day;
}

// ---------------------------------------------------------- clock-hour helpers

/** Clock time ignores the calendar: used by the SLA rules stated in clock hours (on site within 1 hour). */
export function addClockMinutes(instant: Date, minutes: number): Date {
  const ms = assertInstant(instant);
  if (!Number.isFinite(minutes)) throw new RangeError('minutes must be a finite number');
  return new Date(ms + Math.round(minutes * MINUTE_MS));
}

export function addClockHours(instant: Date, hours: number): Date {
  if (!Number.isFinite(hours)) throw new RangeError('hours must be a finite number');
  return addClockMinutes(instant, hours * 60);
}

/** b − a in minutes; negative when b is before a. */
export function clockMinutesBetween(a: Date, b: Date): number {
  return (assertInstant(b, 'b') - assertInstant(a, 'a')) / MINUTE_MS;
}

// ------------------------------------------------------------ compiled calendar

type Span = readonly [startMinute: number, endMinute: number];

interface CompiledCalendar {
  readonly week: readonly (readonly Span[])[];
  readonly makeUp: readonly Span[];
  readonly holidays: ReadonlySet<number>;
  readonly makeUps: ReadonlySet<number>;
}

const compiledCache = new WeakMap<WorkingCalendar, CompiledCalendar>();

function compile(calendar: WorkingCalendar): CompiledCalendar {
  const cached = compiledCache.get(calendar);
  if (cached) return cached;
  const issues = validateWorkingCalendar(calendar);
  if (issues.length > 0) {
    const first = issues[0] as CalendarIssue;
    throw new RangeError(`Invalid working calendar: ${first.messageKey} at ${first.path}`);
  }
  const spans = (windows: readonly WorkingWindow[]): Span[] =>
    windows
      .map((w): Span => [parseTime(w.start) as number, parseTime(w.end) as number])
      .sort((a, b) => a[0] - b[0]);
  const compiled: CompiledCalendar = {
    week: WEEKDAYS.map((d) => spans(calendar.weeklyHours[d])),
    makeUp: spans(calendar.makeUpDayHours ?? calendar.weeklyHours.mon),
    holidays: new Set(calendar.holidays.map(requireDay)),
    makeUps: new Set(calendar.makeUpWorkdays.map(requireDay)),
  };
  compiledCache.set(calendar, compiled);
  return compiled;
}

function spansOn(c: CompiledCalendar, day: number): readonly Span[] {
  if (c.holidays.has(day)) return [];
  if (c.makeUps.has(day)) return c.makeUp;
  return c.week[weekdayIndex(day)] ?? [];
}

/** Absolute [start, end) ms of each working window of a local day. */
function windowsMs(c: CompiledCalendar, day: number): Array<readonly [number, number]> {
  const base = dayStartMs(day);
  return spansOn(c, day).map(([s, e]) => [base + s * MINUTE_MS, base + e * MINUTE_MS] as const);
}

function idleGuard(idleDays: number): void {
  if (idleDays > MAX_IDLE_DAYS) throw new RangeError(`The calendar has no working time in ${MAX_IDLE_DAYS} days`);
}

// ------------------------------------------------------------------ queries

export function isWorkingDay(calendar: WorkingCalendar, date: string): boolean {
  return spansOn(compile(calendar), requireDay(date)).length > 0;
}

/** The windows worked on a local date: [] on holidays and days off. */
export function workingWindowsOn(calendar: WorkingCalendar, date: string): readonly WorkingWindow[] {
  const c = compile(calendar);
  const day = requireDay(date);
  if (c.holidays.has(day)) return [];
  if (c.makeUps.has(day)) return calendar.makeUpDayHours ?? calendar.weeklyHours.mon;
  return calendar.weeklyHours[WEEKDAYS[weekdayIndex(day)] as Weekday];
}

export function isWorkingInstant(calendar: WorkingCalendar, instant: Date): boolean {
  const ms = assertInstant(instant);
  return windowsMs(compile(calendar), localDayOf(ms)).some(([s, e]) => s <= ms && ms < e);
}

/** The instant itself when inside working hours, else the start of the next working window. */
export function nextWorkingInstant(calendar: WorkingCalendar, instant: Date): Date {
  const c = compile(calendar);
  const ms = assertInstant(instant);
  for (let day = localDayOf(ms), idle = 0; ; day++, idle++) {
    idleGuard(idle);
    for (const [s, e] of windowsMs(c, day)) {
      if (ms < e) return new Date(Math.max(s, ms));
    }
  }
}

/**
 * The earliest instant at which `minutes` of working time have passed since
 * `instant`. Adding 0 returns the instant unchanged; a total that uses up a
 * window exactly ends at the window's close (17:30), not the next opening.
 */
export function addWorkingMinutes(calendar: WorkingCalendar, instant: Date, minutes: number): Date {
  const c = compile(calendar);
  const ms = assertInstant(instant);
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError('minutes must be a finite number ≥ 0');
  let remaining = Math.round(minutes * MINUTE_MS);
  if (remaining === 0) return new Date(ms);
  for (let day = localDayOf(ms), idle = 0; ; day++) {
    const windows = windowsMs(c, day);
    idle = windows.length === 0 ? idle + 1 : 0;
    idleGuard(idle);
    for (const [s, e] of windows) {
      if (e <= ms) continue;
      const from = Math.max(s, ms);
      if (remaining <= e - from) return new Date(from + remaining);
      remaining -= e - from;
    }
  }
}

export function addWorkingHours(calendar: WorkingCalendar, instant: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError('hours must be a finite number ≥ 0');
  return addWorkingMinutes(calendar, instant, hours * 60);
}

/** Working minutes from a to b; negative when b is before a. */
export function workingTimeBetween(calendar: WorkingCalendar, a: Date, b: Date): number {
  const c = compile(calendar);
  const from = assertInstant(a, 'a');
  const to = assertInstant(b, 'b');
  if (to < from) return -workingTimeBetween(calendar, b, a);
  let total = 0;
  for (let day = localDayOf(from), last = localDayOf(to); day <= last; day++) {
    for (const [s, e] of windowsMs(c, day)) {
      const overlap = Math.min(e, to) - Math.max(s, from);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

/**
 * A deadline of n working days: the close of business (end of the last
 * window) of the n-th working day after the local date of `instant`. The day
 * the clock starts never counts, however early, so "5 working days" from any
 * time on a Tuesday ends at 17:30 the next Tuesday when there is no holiday
 * between. Close of business rather than "same time of day" because a resident
 * is promised a day, the start may fall outside working hours, and a make-up
 * day may have other hours. n = 0 is the close of the working day on which
 * work next happens (today if still open).
 *
 * The result is always inside a working day, so never on a holiday.
 */
export function addWorkingDays(calendar: WorkingCalendar, instant: Date, n: number): Date {
  const c = compile(calendar);
  const ms = assertInstant(instant);
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError('n must be a whole number ≥ 0');
  let day = n === 0 ? localDayOf(nextWorkingInstant(calendar, instant).getTime()) : localDayOf(ms);
  for (let counted = 0, idle = 0; counted < n; ) {
    day++;
    if (spansOn(c, day).length > 0) {
      counted++;
      idle = 0;
    } else {
      idleGuard(++idle);
    }
  }
  const windows = windowsMs(c, day);
  const last = windows[windows.length - 1];
  if (last === undefined) throw new RangeError('Unreachable: a counted working day has no window');
  return new Date(last[1]);
}

// ---------------------------------------------------------------- validation

export type CalendarField = 'weeklyHours' | 'makeUpDayHours' | 'holidays' | 'makeUpWorkdays';

export interface CalendarIssue {
  readonly code: 'VALIDATION_FAILED';
  readonly field: CalendarField;
  /** Where in the field, e.g. "weeklyHours.mon[1]" or "holidays[3]". */
  readonly path: string;
  readonly messageKey: CalendarMessageKey;
  readonly params: MessageParams;
}

/**
 * What the API checks before storing a company's calendar: well-formed,
 * ordered, non-overlapping windows; real dates; no date both a holiday and a
 * make-up day; some working time. A make-up day on a day the company already
 * works (a six-day week) is allowed: that date works the make-up day hours,
 * like everyone else's make-up day.
 * The other functions throw a RangeError on a calendar that fails this.
 */
export function validateWorkingCalendar(calendar: WorkingCalendar): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const issue = (field: CalendarField, path: string, messageKey: CalendarMessageKey, params: MessageParams = {}) =>
    issues.push({ code: 'VALIDATION_FAILED', field, path, messageKey, params });

  const checkWindows = (field: CalendarField, path: string, windows: readonly WorkingWindow[]) => {
    const parsed: Array<[number, number, number]> = [];
    windows.forEach((w, i) => {
      const s = parseTime(w.start);
      const e = parseTime(w.end);
      if (s === undefined || e === undefined || s === 24 * 60) {
        issue(field, `${path}[${i}]`, 'calendar.window.format', { start: String(w.start), end: String(w.end) });
      } else if (s >= e) {
        issue(field, `${path}[${i}]`, 'calendar.window.order', { start: w.start, end: w.end });
      } else {
        parsed.push([s, e, i]);
      }
    });
    parsed.sort((a, b) => a[0] - b[0]);
    for (let k = 1; k < parsed.length; k++) {
      const prev = parsed[k - 1] as [number, number, number];
      const cur = parsed[k] as [number, number, number];
      if (cur[0] < prev[1]) {
        const w = windows[cur[2]] as WorkingWindow;
        issue(field, `${path}[${cur[2]}]`, 'calendar.window.overlap', { start: w.start, end: w.end });
      }
    }
  };

  for (const d of WEEKDAYS) checkWindows('weeklyHours', `weeklyHours.${d}`, calendar.weeklyHours[d] ?? []);
  if (calendar.makeUpDayHours) checkWindows('makeUpDayHours', 'makeUpDayHours', calendar.makeUpDayHours);

  const holidayDays = new Set<number>();
  calendar.holidays.forEach((date, i) => {
    const day = dayFromDateString(date);
    if (day === undefined) issue('holidays', `holidays[${i}]`, 'calendar.date.invalid', { date: String(date) });
    else holidayDays.add(day);
  });
  const makeUpHours = calendar.makeUpDayHours ?? calendar.weeklyHours.mon ?? [];
  calendar.makeUpWorkdays.forEach((date, i) => {
    const day = dayFromDateString(date);
    if (day === undefined) {
      issue('makeUpWorkdays', `makeUpWorkdays[${i}]`, 'calendar.date.invalid', { date: String(date) });
    } else if (holidayDays.has(day)) {
      issue('makeUpWorkdays', `makeUpWorkdays[${i}]`, 'calendar.date.holidayAndMakeUp', { date });
    }
  });

  const weekHasHours = WEEKDAYS.some((d) => (calendar.weeklyHours[d] ?? []).length > 0);
  if (!weekHasHours) issue('weeklyHours', 'weeklyHours', 'calendar.noWorkingTime');
  else if (makeUpHours.length === 0 && calendar.makeUpWorkdays.length > 0) {
    issue('makeUpDayHours', 'makeUpDayHours', 'calendar.makeUp.noHours');
  }
  return issues;
}
