import { describe, expect, it } from 'vitest';
import {
  CHINA_HOLIDAY_YEARS,
  CHINA_HOLIDAYS_2025,
  CHINA_HOLIDAYS_2026,
  chinaWorkingCalendar,
  holidayDates,
  validateHolidayYear,
  type HolidayYear,
} from './china-holidays.js';
import { shanghaiWeekday, validateWorkingCalendar } from './working-calendar.js';

describe('the State Council schedules, with the weekdays each notice prints', () => {
  // Each row: period key, first day and its weekday, last day and its weekday, days off, make-up days with weekdays.
  it.each([
    ['2025', 'new_year', '2025-01-01', 'wed', '2025-01-01', 'wed', 1, []],
    ['2025', 'spring_festival', '2025-01-28', 'tue', '2025-02-04', 'tue', 8, [['2025-01-26', 'sun'], ['2025-02-08', 'sat']]],
    ['2025', 'qingming', '2025-04-04', 'fri', '2025-04-06', 'sun', 3, []],
    ['2025', 'labour_day', '2025-05-01', 'thu', '2025-05-05', 'mon', 5, [['2025-04-27', 'sun']]],
    ['2025', 'dragon_boat', '2025-05-31', 'sat', '2025-06-02', 'mon', 3, []],
    ['2025', 'national_day_mid_autumn', '2025-10-01', 'wed', '2025-10-08', 'wed', 8, [['2025-09-28', 'sun'], ['2025-10-11', 'sat']]],
    ['2026', 'new_year', '2026-01-01', 'thu', '2026-01-03', 'sat', 3, [['2026-01-04', 'sun']]],
    ['2026', 'spring_festival', '2026-02-15', 'sun', '2026-02-23', 'mon', 9, [['2026-02-14', 'sat'], ['2026-02-28', 'sat']]],
    ['2026', 'qingming', '2026-04-04', 'sat', '2026-04-06', 'mon', 3, []],
    ['2026', 'labour_day', '2026-05-01', 'fri', '2026-05-05', 'tue', 5, [['2026-05-09', 'sat']]],
    ['2026', 'dragon_boat', '2026-06-19', 'fri', '2026-06-21', 'sun', 3, []],
    ['2026', 'mid_autumn', '2026-09-25', 'fri', '2026-09-27', 'sun', 3, []],
    ['2026', 'national_day', '2026-10-01', 'thu', '2026-10-07', 'wed', 7, [['2026-09-20', 'sun'], ['2026-10-10', 'sat']]],
  ] as const)('%s %s: %s (%s) – %s (%s), %i days', (year, key, from, fromDay, to, toDay, days, makeUps) => {
    const data = year === '2025' ? CHINA_HOLIDAYS_2025 : CHINA_HOLIDAYS_2026;
    const period = data.periods.find((p) => p.key === key);
    expect(period).toMatchObject({ from, to, makeUpWorkdays: makeUps.map(([d]) => d) });
    expect(shanghaiWeekday(from)).toBe(fromDay);
    expect(shanghaiWeekday(to)).toBe(toDay);
    expect(holidayDates([{ year: Number(year), source: '', periods: period ? [period] : [] }]).holidays).toHaveLength(days);
    for (const [date, weekday] of makeUps) expect(shanghaiWeekday(date)).toBe(weekday);
  });

  it.each([
    { year: CHINA_HOLIDAYS_2025, daysOff: 28, makeUps: 5 },
    { year: CHINA_HOLIDAYS_2026, daysOff: 33, makeUps: 6 },
  ])('$year.year: $daysOff days off and $makeUps make-up days', ({ year, daysOff, makeUps }) => {
    const dates = holidayDates([year]);
    expect(dates.holidays).toHaveLength(daysOff);
    expect(dates.makeUpWorkdays).toHaveLength(makeUps);
    expect(validateHolidayYear(year)).toEqual([]);
  });

  it('every make-up day is a Saturday or Sunday, and the shipped calendar validates', () => {
    const { makeUpWorkdays } = holidayDates(CHINA_HOLIDAY_YEARS);
    expect(makeUpWorkdays.every((d) => ['sat', 'sun'].includes(shanghaiWeekday(d)))).toBe(true);
    expect(validateWorkingCalendar(chinaWorkingCalendar())).toEqual([]);
  });
});

describe('validateHolidayYear: what a company types in for next year', () => {
  const year = (periods: HolidayYear['periods']): HolidayYear => ({ year: 2027, source: 'test', periods });
  const period = { key: 'x', name: { zh: '测试', en: 'Test' }, makeUpWorkdays: [] as string[] };
  it.each([
    { name: 'a good period', y: year([{ ...period, from: '2027-01-01', to: '2027-01-01' }]), keys: [] },
    { name: 'a period ending before it starts', y: year([{ ...period, from: '2027-05-05', to: '2027-05-01' }]), keys: ['calendar.holiday.order'] },
    { name: 'a date of another year', y: year([{ ...period, from: '2025-05-01', to: '2025-05-01' }]), keys: ['calendar.holiday.outsideYear', 'calendar.holiday.outsideYear'] },
    { name: 'an impossible date', y: year([{ ...period, from: '2027-02-29', to: '2027-03-01' }]), keys: ['calendar.date.invalid'] },
    {
      name: 'a make-up day inside a holiday',
      y: year([{ ...period, from: '2027-10-01', to: '2027-10-07', makeUpWorkdays: ['2027-10-03'] }]),
      keys: ['calendar.date.holidayAndMakeUp'],
    },
    {
      name: 'a make-up day in the previous December',
      y: year([{ ...period, from: '2027-01-01', to: '2027-01-03', makeUpWorkdays: ['2026-12-27'] }]),
      keys: [],
    },
  ])('$name → $keys', ({ y, keys }) => {
    expect(validateHolidayYear(y).map((i) => i.messageKey)).toEqual(keys);
  });
});
