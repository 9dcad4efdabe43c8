import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chinaWorkingCalendar } from './china-holidays.js';
import {
  addClockHours,
  addLocalDays,
  addLocalMonths,
  addWorkingDays,
  addWorkingHours,
  addWorkingMinutes,
  clockMinutesBetween,
  isWorkingDay,
  isWorkingInstant,
  nextWorkingInstant,
  officeHoursWeek,
  shanghaiDate,
  shanghaiInstant,
  shanghaiWeekday,
  validateWorkingCalendar,
  workingTimeBetween,
  workingWindowsOn,
  type WorkingCalendar,
} from './working-calendar.js';

// Mon–Fri 08:30–12:00 and 13:30–17:30 (7.5 h a day), with the 2025 and 2026 national schedules.
const calendar = chinaWorkingCalendar();
/** A local Asia/Shanghai time: at('2025-09-30 17:29'). */
const at = (local: string) => {
  const [date, time] = local.split(' ') as [string, string];
  return shanghaiInstant(date, time);
};
const local = (instant: Date) => {
  const hhmm = new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(11, 16);
  return `${shanghaiDate(instant)} ${hhmm}`;
};

describe('Asia/Shanghai local time (fixed UTC+8, no DST)', () => {
  it.each([
    { local: '2025-09-30 17:29', utc: '2025-09-30T09:29:00.000Z', weekday: 'tue' },
    { local: '2025-10-01 00:00', utc: '2025-09-30T16:00:00.000Z', weekday: 'wed' },
    { local: '2025-10-11 08:30', utc: '2025-10-11T00:30:00.000Z', weekday: 'sat' },
    { local: '2026-02-17 07:59', utc: '2026-02-16T23:59:00.000Z', weekday: 'tue' },
  ])('$local is $utc, a $weekday', ({ local: l, utc, weekday }) => {
    expect(at(l).toISOString()).toBe(utc);
    expect(local(new Date(utc))).toBe(l);
    expect(shanghaiWeekday(new Date(utc))).toBe(weekday);
  });

  it.each([
    { date: '2025-01-31', months: 1, expected: '2025-02-28' },
    { date: '2024-01-31', months: 1, expected: '2024-02-29' },
    { date: '2025-10-09', months: 2, expected: '2025-12-09' },
    { date: '2025-11-30', months: 3, expected: '2026-02-28' },
    { date: '2025-03-31', months: -1, expected: '2025-02-28' },
  ])('$date + $months months → $expected', ({ date, months, expected }) => {
    expect(addLocalMonths(date, months)).toBe(expected);
  });

  it('moves dates across month and year ends', () => {
    expect(addLocalDays('2025-12-30', 3)).toBe('2026-01-02');
  });

  it('clock hours ignore the calendar', () => {
    expect(local(addClockHours(at('2025-09-30 23:30'), 1))).toBe('2025-10-01 00:30');
    expect(clockMinutesBetween(at('2025-09-30 23:30'), at('2025-10-01 03:30'))).toBe(240);
  });
});

describe('which days are worked', () => {
  it.each([
    { date: '2025-09-26', working: true, why: 'Friday' },
    { date: '2025-09-27', working: false, why: 'Saturday' },
    { date: '2025-09-28', working: true, why: 'Sunday worked for National Day (调休)' },
    { date: '2025-10-01', working: false, why: 'National Day' },
    { date: '2025-10-06', working: false, why: 'Mid-Autumn falls inside the 8-day break' },
    { date: '2025-10-08', working: false, why: 'last day of the break, a Wednesday' },
    { date: '2025-10-09', working: true, why: 'first day back' },
    { date: '2025-10-11', working: true, why: 'Saturday worked for National Day (调休)' },
    { date: '2025-10-12', working: false, why: 'Sunday' },
    { date: '2026-01-04', working: true, why: 'Sunday worked for New Year 2026' },
    { date: '2026-02-23', working: false, why: 'Monday, last day of Spring Festival 2026' },
    { date: '2026-10-10', working: true, why: 'Saturday worked for National Day 2026' },
  ])('$date: $working ($why)', ({ date, working }) => {
    expect(isWorkingDay(calendar, date)).toBe(working);
    expect(workingWindowsOn(calendar, date).length > 0).toBe(working);
  });

  it('a make-up day works Monday’s windows unless the company sets its own', () => {
    expect(workingWindowsOn(calendar, '2025-10-11')).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:30' },
    ]);
    const shortMakeUp: WorkingCalendar = { ...calendar, makeUpDayHours: [{ start: '09:00', end: '12:00' }] };
    expect(local(addWorkingDays(shortMakeUp, at('2025-10-10 10:00'), 1))).toBe('2025-10-11 12:00');
  });

  it('a six-day week keeps its short Saturday, but a national make-up Saturday is a full day', () => {
    const sixDays: WorkingCalendar = { ...calendar, weeklyHours: { ...calendar.weeklyHours, sat: [{ start: '09:00', end: '12:00' }] } };
    expect(validateWorkingCalendar(sixDays)).toEqual([]);
    expect(workingWindowsOn(sixDays, '2025-10-18')).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(workingWindowsOn(sixDays, '2025-10-11')).toHaveLength(2);
  });

  it('a date listed as both holiday and make-up day is refused, not guessed at', () => {
    const clash: WorkingCalendar = { ...calendar, makeUpWorkdays: [...calendar.makeUpWorkdays, '2025-10-04'] };
    expect(validateWorkingCalendar(clash)).toHaveLength(1);
    expect(() => isWorkingDay(clash, '2025-10-04')).toThrow(RangeError);
  });
});

describe('nextWorkingInstant', () => {
  it.each([
    { from: '2025-10-14 10:00', next: '2025-10-14 10:00', why: 'inside a window: itself' },
    { from: '2025-10-14 08:30', next: '2025-10-14 08:30', why: 'windows include their start' },
    { from: '2025-10-14 12:00', next: '2025-10-14 13:30', why: 'windows exclude their end: lunch break' },
    { from: '2025-10-14 17:30', next: '2025-10-15 08:30', why: 'closed for the day' },
    { from: '2025-10-11 07:00', next: '2025-10-11 08:30', why: 'make-up Saturday opens at 08:30' },
    { from: '2025-10-12 09:00', next: '2025-10-13 08:30', why: 'Sunday' },
    { from: '2025-10-01 10:00', next: '2025-10-09 08:30', why: 'National Day' },
    { from: '2025-09-27 10:00', next: '2025-09-28 08:30', why: 'the Saturday before a make-up Sunday' },
  ])('$from → $next ($why)', ({ from, next }) => {
    expect(local(nextWorkingInstant(calendar, at(from)))).toBe(next);
  });
});

describe('addWorkingMinutes / addWorkingHours', () => {
  it.each([
    { from: '2025-10-14 11:30', minutes: 60, due: '2025-10-14 14:00', why: 'across the lunch break' },
    { from: '2025-10-14 12:15', minutes: 30, due: '2025-10-14 14:00', why: 'starting in the lunch break' },
    { from: '2025-10-17 17:00', minutes: 60, due: '2025-10-20 09:00', why: 'across a weekend' },
    { from: '2025-10-14 17:29', minutes: 5, due: '2025-10-15 08:34', why: 'at 17:29 with 5 minutes to add' },
    { from: '2025-09-30 17:29', minutes: 5, due: '2025-10-09 08:34', why: '17:29 on the eve of National Day' },
    { from: '2025-10-14 17:00', minutes: 30, due: '2025-10-14 17:30', why: 'using up the day exactly ends at closing' },
    { from: '2025-10-14 11:00', minutes: 60, due: '2025-10-14 12:00', why: 'using up the morning ends at 12:00' },
    { from: '2025-10-14 11:00', minutes: 61, due: '2025-10-14 13:31', why: 'one minute more lands after lunch' },
    { from: '2025-10-14 11:00', minutes: 0, due: '2025-10-14 11:00', why: 'nothing to add' },
    { from: '2025-10-12 20:00', minutes: 0, due: '2025-10-12 20:00', why: 'nothing to add, even outside hours' },
    { from: '2025-10-10 17:00', minutes: 120, due: '2025-10-11 10:00', why: 'into the make-up Saturday' },
    { from: '2025-09-30 16:00', minutes: 480, due: '2025-10-09 16:30', why: '8 working hours across National Day' },
    { from: '2025-09-26 16:00', minutes: 480, due: '2025-09-28 16:30', why: 'Friday before National Day: the make-up Sunday is worked' },
    { from: '2026-02-13 16:00', minutes: 480, due: '2026-02-14 16:30', why: 'Friday before Spring Festival 2026: the make-up Saturday is worked' },
    { from: '2026-02-14 16:00', minutes: 480, due: '2026-02-24 16:30', why: 'make-up Saturday 2026-02-14, then nine days off' },
  ])('$from + $minutes min → $due ($why)', ({ from, minutes, due }) => {
    expect(local(addWorkingMinutes(calendar, at(from), minutes))).toBe(due);
  });

  it('hours are minutes × 60', () => {
    expect(addWorkingHours(calendar, at('2025-10-14 11:30'), 1.5)).toEqual(at('2025-10-14 14:30'));
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s minutes', (minutes) => {
    expect(() => addWorkingMinutes(calendar, at('2025-10-14 11:30'), minutes)).toThrow(RangeError);
  });

  it('refuses to loop on a calendar without working time', () => {
    const never: WorkingCalendar = { ...calendar, weeklyHours: officeHoursWeek([]) };
    expect(() => addWorkingMinutes(never, at('2025-10-14 11:30'), 1)).toThrow(RangeError);
  });
});

describe('addWorkingDays: close of business on the n-th working day after the start date', () => {
  it.each([
    { from: '2025-09-26 16:00', n: 5, due: '2025-10-10 17:30', why: 'Friday before National Day: Sun 28, Mon 29, Tue 30, Thu 9, Fri 10' },
    { from: '2025-09-30 10:00', n: 1, due: '2025-10-09 17:30', why: 'eve of National Day' },
    { from: '2025-10-09 10:00', n: 2, due: '2025-10-11 17:30', why: 'the make-up Saturday counts' },
    { from: '2025-10-09 10:00', n: 3, due: '2025-10-13 17:30', why: 'the Sunday does not' },
    { from: '2025-10-11 20:00', n: 1, due: '2025-10-13 17:30', why: 'from the make-up Saturday evening' },
    { from: '2025-10-14 08:00', n: 5, due: '2025-10-21 17:30', why: 'the start day never counts, however early' },
    { from: '2025-10-12 10:00', n: 5, due: '2025-10-17 17:30', why: 'a Sunday start counts from Monday' },
    { from: '2026-02-13 10:00', n: 2, due: '2026-02-24 17:30', why: 'Spring Festival 2026: Sat 14 is worked, then 15–23 off' },
    { from: '2025-10-14 10:00', n: 0, due: '2025-10-14 17:30', why: 'n = 0: today’s close' },
    { from: '2025-10-14 17:30', n: 0, due: '2025-10-15 17:30', why: 'n = 0 after closing: tomorrow’s close' },
  ])('$from + $n working days → $due ($why)', ({ from, n, due }) => {
    expect(local(addWorkingDays(calendar, at(from), n))).toBe(due);
  });

  it.each([-1, 1.5])('rejects n = %s', (n) => {
    expect(() => addWorkingDays(calendar, at('2025-10-14 10:00'), n)).toThrow(RangeError);
  });
});

describe('workingTimeBetween (minutes)', () => {
  it.each([
    { a: '2025-10-14 11:00', b: '2025-10-14 14:00', minutes: 90, why: 'lunch does not count' },
    { a: '2025-10-17 17:00', b: '2025-10-20 09:00', minutes: 60, why: 'weekend does not count' },
    { a: '2025-09-26 08:30', b: '2025-10-09 08:30', minutes: 4 * 450, why: 'Fri, make-up Sun, Mon, Tue; the break does not count' },
    { a: '2025-10-01 09:00', b: '2025-10-08 17:00', minutes: 0, why: 'entirely inside the holiday' },
    { a: '2025-10-14 14:00', b: '2025-10-14 11:00', minutes: -90, why: 'reversed: negative' },
  ])('$a → $b = $minutes ($why)', ({ a, b, minutes }) => {
    expect(workingTimeBetween(calendar, at(a), at(b))).toBe(minutes);
  });
});

describe('validateWorkingCalendar', () => {
  const base: WorkingCalendar = { ...calendar, holidays: [], makeUpWorkdays: [] };
  it.each([
    { name: 'the standard calendar', cal: calendar, keys: [] },
    {
      name: 'a malformed time',
      cal: { ...base, weeklyHours: { ...base.weeklyHours, mon: [{ start: '8:30', end: '12:00' }] } },
      keys: ['calendar.window.format'],
    },
    {
      name: 'a window ending before it starts',
      cal: { ...base, weeklyHours: { ...base.weeklyHours, tue: [{ start: '13:30', end: '12:00' }] } },
      keys: ['calendar.window.order'],
    },
    {
      name: 'overlapping windows',
      cal: {
        ...base,
        weeklyHours: { ...base.weeklyHours, wed: [{ start: '08:30', end: '12:00' }, { start: '11:30', end: '17:30' }] },
      },
      keys: ['calendar.window.overlap'],
    },
    { name: 'an impossible date', cal: { ...base, holidays: ['2025-02-30'] }, keys: ['calendar.date.invalid'] },
    { name: 'a make-up day on a Tuesday is harmless', cal: { ...base, makeUpWorkdays: ['2025-10-14'] }, keys: [] },
    {
      name: 'make-up days when Monday has no hours',
      cal: { ...base, weeklyHours: { ...base.weeklyHours, mon: [] }, makeUpWorkdays: ['2025-10-11'] },
      keys: ['calendar.makeUp.noHours'],
    },
    { name: 'a week with no hours', cal: { ...base, weeklyHours: officeHoursWeek([]) }, keys: ['calendar.noWorkingTime'] },
    {
      name: 'a 24-hour Sunday shift is fine',
      cal: { ...base, weeklyHours: { ...base.weeklyHours, sun: [{ start: '00:00', end: '24:00' }] } },
      keys: [],
    },
  ])('$name → $keys', ({ cal, keys }) => {
    expect(validateWorkingCalendar(cal).map((i) => i.messageKey)).toEqual(keys);
  });
});

// ------------------------------------------------------------------ properties

const instant2025to2026 = fc
  .integer({ min: at('2025-01-01 00:00').getTime() / 60_000, max: at('2026-12-31 23:59').getTime() / 60_000 })
  .map((minute) => new Date(minute * 60_000));

describe('properties', () => {
  it('adding N working minutes then measuring gives back N', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.integer({ min: 0, max: 20_000 }), (start, n) => {
        expect(workingTimeBetween(calendar, start, addWorkingMinutes(calendar, start, n))).toBe(n);
      }),
    );
  });

  it('a working-time due instant is in (or closes) a working window, never on a holiday', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.integer({ min: 1, max: 20_000 }), (start, n) => {
        const due = addWorkingMinutes(calendar, start, n);
        expect(isWorkingInstant(calendar, new Date(due.getTime() - 1))).toBe(true);
        expect(calendar.holidays).not.toContain(shanghaiDate(due));
      }),
    );
  });

  it('a working-day deadline is never on a holiday or a non-working weekend day', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.integer({ min: 0, max: 30 }), (start, n) => {
        const due = addWorkingDays(calendar, start, n);
        const date = shanghaiDate(due);
        expect(calendar.holidays).not.toContain(date);
        expect(['sat', 'sun'].includes(shanghaiWeekday(date)) && !calendar.makeUpWorkdays.includes(date)).toBe(false);
        expect(isWorkingDay(calendar, date)).toBe(true);
        expect(isWorkingInstant(calendar, new Date(due.getTime() - 1))).toBe(true);
        expect(due.getTime()).toBeGreaterThan(start.getTime());
      }),
    );
  });

  it('results are monotonic in N', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.nat(20_000), fc.nat(20_000), (start, x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(addWorkingMinutes(calendar, start, lo).getTime()).toBeLessThanOrEqual(addWorkingMinutes(calendar, start, hi).getTime());
        const [dlo, dhi] = [lo % 40, hi % 40].sort((a, b) => a - b) as [number, number];
        expect(addWorkingDays(calendar, start, dlo).getTime()).toBeLessThanOrEqual(addWorkingDays(calendar, start, dhi).getTime());
      }),
    );
  });

  it('working time is additive: a→b plus b→c is a→c', () => {
    fc.assert(
      fc.property(instant2025to2026, fc.nat(60 * 24 * 30), fc.nat(60 * 24 * 30), (a, x, y) => {
        const b = new Date(a.getTime() + x * 60_000);
        const c = new Date(b.getTime() + y * 60_000);
        expect(workingTimeBetween(calendar, a, b) + workingTimeBetween(calendar, b, c)).toBe(workingTimeBetween(calendar, a, c));
      }),
    );
  });
});
