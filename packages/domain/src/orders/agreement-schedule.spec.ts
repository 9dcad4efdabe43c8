import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { occurrences, validateScheduleRule, type ScheduleRule } from './agreement-schedule.js';
import { shanghaiDate, shanghaiDateTime, shanghaiWeekday, WEEKDAYS } from '../calendar/working-calendar.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('occurrences: when an approved agreement’s service falls, Shanghai time', () => {
  it.each([
    {
      rule: 'weekly cleaning every Tuesday 09:00, March 2026',
      schedule: { frequency: 'weekly', weekday: 'tue', time: '09:00' },
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-03-31T16:00:00.000Z',
      expected: ['2026-03-03T01:00:00.000Z', '2026-03-10T01:00:00.000Z', '2026-03-17T01:00:00.000Z', '2026-03-24T01:00:00.000Z', '2026-03-31T01:00:00.000Z'],
    },
    {
      rule: 'from is inclusive, to exclusive',
      schedule: { frequency: 'weekly', weekday: 'tue', time: '09:00' },
      from: '2026-03-03T01:00:00.000Z',
      to: '2026-03-10T01:00:00.000Z',
      expected: ['2026-03-03T01:00:00.000Z'],
    },
    {
      rule: 'Sunday 23:30 in Shanghai is Sunday 15:30 UTC',
      schedule: { frequency: 'weekly', weekday: 'sun', time: '23:30' },
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-09T00:00:00.000Z',
      expected: ['2026-03-01T15:30:00.000Z', '2026-03-08T15:30:00.000Z'],
    },
    {
      rule: 'Monday 00:15 in Shanghai is Sunday 16:15 UTC',
      schedule: { frequency: 'weekly', weekday: 'mon', time: '00:15' },
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-03T00:00:00.000Z',
      expected: ['2026-03-01T16:15:00.000Z'],
    },
    {
      rule: 'monthly on the 15th at 14:00',
      schedule: { frequency: 'monthly', day: 15, time: '14:00' },
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
      expected: ['2026-01-15T06:00:00.000Z', '2026-02-15T06:00:00.000Z', '2026-03-15T06:00:00.000Z'],
    },
    {
      rule: 'monthly on the 31st falls on the last day of shorter months',
      schedule: { frequency: 'monthly', day: 31, time: '10:00' },
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-05-01T00:00:00.000Z',
      expected: ['2026-01-31T02:00:00.000Z', '2026-02-28T02:00:00.000Z', '2026-03-31T02:00:00.000Z', '2026-04-30T02:00:00.000Z'],
    },
    {
      rule: 'monthly on the 29th in a leap February',
      schedule: { frequency: 'monthly', day: 29, time: '08:00' },
      from: '2028-02-01T00:00:00.000Z',
      to: '2028-03-01T00:00:00.000Z',
      expected: ['2028-02-29T00:00:00.000Z'],
    },
    {
      rule: 'monthly on the 1st at 00:00 Shanghai, which is the last day of the month before in UTC',
      schedule: { frequency: 'monthly', day: 1, time: '00:00' },
      from: '2026-02-28T16:00:00.000Z',
      to: '2026-04-15T00:00:00.000Z',
      expected: ['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z'],
    },
    {
      rule: 'an empty interval',
      schedule: { frequency: 'monthly', day: 1, time: '00:00' },
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-01T00:00:00.000Z',
      expected: [],
    },
  ] as const)('$rule', ({ schedule, from, to, expected }) => {
    expect(iso(occurrences({ rule: schedule, from: new Date(from), to: new Date(to) }))).toEqual(expected);
  });

  it.each([
    { rule: { frequency: 'weekly', weekday: 'tues', time: '09:00' }, field: 'weekday', messageKey: 'order.schedule.weekdayInvalid' },
    { rule: { frequency: 'weekly', weekday: 2, time: '09:00' }, field: 'weekday', messageKey: 'order.schedule.weekdayInvalid' },
    { rule: { frequency: 'monthly', day: 32, time: '09:00' }, field: 'day', messageKey: 'order.schedule.dayInvalid' },
    { rule: { frequency: 'monthly', day: 1.5, time: '09:00' }, field: 'day', messageKey: 'order.schedule.dayInvalid' },
    { rule: { frequency: 'monthly', day: 1, time: '24:00' }, field: 'time', messageKey: 'order.schedule.timeInvalid' },
    { rule: { frequency: 'monthly', day: 1, time: '9:00' }, field: 'time', messageKey: 'order.schedule.timeInvalid' },
    { rule: { frequency: 'daily', time: '09:00' }, field: 'frequency', messageKey: 'order.schedule.frequencyUnknown' },
  ])('validateScheduleRule refuses $rule', ({ rule, field, messageKey }) => {
    expect(validateScheduleRule(rule as ScheduleRule)).toMatchObject([{ code: 'VALIDATION_FAILED', field, messageKey }]);
    expect(() => occurrences({ rule: rule as ScheduleRule, from: new Date(0), to: new Date(1) })).toThrow(RangeError);
  });

  const weekly = fc.record({
    frequency: fc.constant('weekly' as const),
    weekday: fc.constantFrom(...WEEKDAYS),
    time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  });
  const monthly = fc.record({
    frequency: fc.constant('monthly' as const),
    day: fc.integer({ min: 1, max: 31 }),
    time: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  });
  const interval = fc
    .tuple(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.integer({ min: 0, max: 400 * 86_400_000 }))
    .map(([start, length]) => ({ from: new Date(start), to: new Date(start + length) }));

  it('weekly: inside the interval, on the weekday and time in Shanghai, exactly a week apart, none missed', () => {
    fc.assert(
      fc.property(weekly, interval, (rule, { from, to }) => {
        const dates = occurrences({ rule, from, to });
        for (const d of dates) {
          expect(d.getTime() >= from.getTime() && d.getTime() < to.getTime()).toBe(true);
          expect(shanghaiWeekday(d)).toBe(rule.weekday);
          expect(shanghaiDateTime(d).slice(11)).toBe(rule.time);
        }
        dates.slice(1).forEach((d, i) => expect(d.getTime() - (dates[i]?.getTime() ?? 0)).toBe(7 * 86_400_000));
        const weeks = (to.getTime() - from.getTime()) / (7 * 86_400_000);
        expect(dates.length).toBeGreaterThanOrEqual(Math.floor(weeks));
        expect(dates.length).toBeLessThanOrEqual(Math.ceil(weeks));
      }),
    );
  });

  it('monthly: one per Shanghai month, on the day (or the month’s last day), in order', () => {
    fc.assert(
      fc.property(monthly, interval, (rule, { from, to }) => {
        const dates = occurrences({ rule, from, to });
        const months = dates.map((d) => {
          const [year, month, day] = shanghaiDate(d).split('-').map(Number) as [number, number, number];
          const lastDayOfMonth = shanghaiDate(new Date(d.getTime() + 86_400_000)).endsWith('-01');
          expect(day === rule.day || (day < rule.day && lastDayOfMonth)).toBe(true);
          expect(shanghaiDateTime(d).slice(11)).toBe(rule.time);
          expect(d.getTime() >= from.getTime() && d.getTime() < to.getTime()).toBe(true);
          return year * 12 + month;
        });
        months.slice(1).forEach((m, i) => expect(m - (months[i] ?? 0)).toBe(1));
      }),
    );
  });
});
