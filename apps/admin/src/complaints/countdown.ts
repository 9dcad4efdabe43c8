/**
 * Live countdowns of a complaint's milestone clocks (到场, 首次反馈, 处理完成, 开发商答复).
 *
 * The API computes each clock at the moment it answers: the due time in force (pauses and agreed
 * reply times included), its status and, in the clock's own base, the minutes left. Between two
 * answers the console counts down to `dueAt` itself, so the text moves every second without asking
 * the server; a breach shows the moment the due time passes. A paused clock stands still: its due
 * time is "if work resumed now", so the time left is frozen at what it was when the API answered.
 */

export type ClockFacts = {
  milestone: string;
  dueAt: string;
  warnAt: string;
  status: string;
  completedAt: string | null;
  minutesLeft: number | null;
  timeBase: string;
};

/**
 * running: on time; warning: 80 % of the time used; paused: waiting on the resident or an outside
 * party; breached: past due and not reached; met: reached in time; late: reached after the due time.
 */
export type LiveStatus = 'running' | 'warning' | 'paused' | 'breached' | 'met' | 'late';

export type LiveClock = { status: LiveStatus; msLeft: number | null };

/** The clock at `now`, from what the API said at `fetchedAt` (both epoch milliseconds). */
export function liveClock(clock: ClockFacts, now: number, fetchedAt: number): LiveClock {
  if (clock.completedAt) return { status: clock.status === 'breached' ? 'late' : 'met', msLeft: null };
  const due = Date.parse(clock.dueAt);
  if (clock.status === 'paused') return { status: 'paused', msLeft: due - fetchedAt };
  const msLeft = due - now;
  if (msLeft < 0 || clock.status === 'breached') return { status: 'breached', msLeft };
  return { status: now >= Date.parse(clock.warnAt) ? 'warning' : 'running', msLeft };
}

/** Still to be reached: the clocks a desk watches. */
export const isOpen = (status: LiveStatus) => status === 'running' || status === 'warning' || status === 'paused' || status === 'breached';

export type CountdownLocale = 'zh-CN' | 'en';

const WORDS = {
  'zh-CN': {
    day: (n: number) => `${n} 天`,
    hour: (n: number) => `${n} 小时`,
    minuteAfterHour: (n: number) => `${n} 分`,
    minutes: (n: number) => `${n} 分钟`,
    left: (t: string) => `剩余 ${t}`,
    overdue: (t: string) => `已超时 ${t}`,
    underAMinute: '剩余不到 1 分钟',
    justOverdue: '刚刚超时',
    workingLeft: (t: string) => `按工作时间剩余 ${t}`,
    workingOverdue: (t: string) => `按工作时间已超 ${t}`,
  },
  en: {
    day: (n: number) => `${n} d`,
    hour: (n: number) => `${n} h`,
    minuteAfterHour: (n: number) => `${n} min`,
    minutes: (n: number) => `${n} min`,
    left: (t: string) => `${t} left`,
    overdue: (t: string) => `${t} overdue`,
    underAMinute: 'under 1 min left',
    justOverdue: 'just overdue',
    workingLeft: (t: string) => `${t} of working time left`,
    workingOverdue: (t: string) => `${t} of working time over`,
  },
} as const;

const MINUTE = 60_000;

/** Whole days, hours and minutes of a duration (its magnitude, rounded down to the minute). */
export function durationParts(ms: number): { days: number; hours: number; minutes: number } {
  const total = Math.floor(Math.abs(ms) / MINUTE);
  return { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60), minutes: total % 60 };
}

/** "2 天 3 小时", "1 小时 5 分", "42 分钟": the two largest units, the smaller left out when zero. */
export function formatDuration(ms: number, locale: CountdownLocale, { days = true } = {}): string {
  const w = WORDS[locale];
  const parts = durationParts(ms);
  const hours = days ? parts.hours : parts.hours + parts.days * 24;
  const sep = ' ';
  if (days && parts.days > 0) return [w.day(parts.days), hours > 0 ? w.hour(hours) : ''].filter(Boolean).join(sep);
  if (hours > 0) return [w.hour(hours), parts.minutes > 0 ? w.minuteAfterHour(parts.minutes) : ''].filter(Boolean).join(sep);
  return w.minutes(parts.minutes);
}

/** "剩余 42 分钟", "已超时 1 小时 5 分"; in English "42 min left", "1 h 5 min overdue". */
export function formatCountdown(msLeft: number, locale: CountdownLocale): string {
  const w = WORDS[locale];
  if (msLeft >= 0) return msLeft < MINUTE ? w.underAMinute : w.left(formatDuration(msLeft, locale));
  return -msLeft < MINUTE ? w.justOverdue : w.overdue(formatDuration(msLeft, locale));
}

/**
 * The API's figure for a clock counted in working time (office hours, no weekends or holidays):
 * "按工作时间剩余 37 小时 30 分". Hours, not days: a working day is not 24 hours.
 */
export function formatWorkingLeft(minutesLeft: number, locale: CountdownLocale): string {
  const w = WORDS[locale];
  const text = formatDuration(minutesLeft * MINUTE, locale, { days: false });
  return minutesLeft >= 0 ? w.workingLeft(text) : w.workingOverdue(text);
}

/**
 * The clock a list row shows: the first still-open one to fall due (a breached one first), else
 * none. Returns its index in `clocks`.
 */
export function nextClock(clocks: readonly ClockFacts[], now: number, fetchedAt: number): number {
  let best = -1;
  let bestKey = Infinity;
  clocks.forEach((clock, i) => {
    const live = liveClock(clock, now, fetchedAt);
    if (!isOpen(live.status)) return;
    const key = live.msLeft ?? Infinity;
    if (key < bestKey) {
      best = i;
      bestKey = key;
    }
  });
  return best;
}
