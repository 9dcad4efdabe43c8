import type { CalendarMessageKey } from './calendar-messages.js';
import {
  CALENDAR_TIME_ZONE,
  isLocalDate,
  addLocalDays,
  officeHoursWeek,
  type CalendarIssue,
  type Weekday,
  type WorkingCalendar,
  type WorkingWindow,
} from './working-calendar.js';

/**
 * Mainland China public holidays and make-up working days (放假调休), as the
 * State Council publishes them each November for the next year. This is data:
 * the API copies it per company, and a company adds next year's schedule when
 * the notice comes out (or a local holiday of its own) without a release.
 *
 * Dates are local (Asia/Shanghai) and inclusive. A period lists every day off,
 * weekend days included, exactly as the notice says "X月X日至X月X日放假调休".
 */
export interface PublicHolidayPeriod {
  /** Stable key for the festival; company-added periods may use their own. */
  readonly key: string;
  readonly name: { readonly zh: string; readonly en: string };
  readonly from: string;
  readonly to: string;
  /** Weekend days worked to make up for the period (调休上班). */
  readonly makeUpWorkdays: readonly string[];
}

export interface HolidayYear {
  readonly year: number;
  /** The notice the dates come from, so a reviewer can check them. */
  readonly source: string;
  readonly periods: readonly PublicHolidayPeriod[];
}

const NAMES = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
  nationalDayMidAutumn: { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' },
} as const;

/** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）. */
export const CHINA_HOLIDAYS_2025: HolidayYear = {
  year: 2025,
  source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
  periods: [
    { key: 'new_year', name: NAMES.newYear, from: '2025-01-01', to: '2025-01-01', makeUpWorkdays: [] },
    {
      key: 'spring_festival',
      name: NAMES.springFestival,
      from: '2025-01-28',
      to: '2025-02-04',
      makeUpWorkdays: ['2025-01-26', '2025-02-08'],
    },
    { key: 'qingming', name: NAMES.qingming, from: '2025-04-04', to: '2025-04-06', makeUpWorkdays: [] },
    { key: 'labour_day', name: NAMES.labourDay, from: '2025-05-01', to: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
    { key: 'dragon_boat', name: NAMES.dragonBoat, from: '2025-05-31', to: '2025-06-02', makeUpWorkdays: [] },
    {
      key: 'national_day_mid_autumn',
      name: NAMES.nationalDayMidAutumn,
      from: '2025-10-01',
      to: '2025-10-08',
      makeUpWorkdays: ['2025-09-28', '2025-10-11'],
    },
  ],
};

/**
 * 国务院办公厅关于2026年部分节假日安排的通知, published 2025-11-04 (新华社).
 * The dates were checked against the Xinhua text as reprinted by gmw.cn; the
 * document number 国办发明电〔2025〕7号 is as widely cited but was not seen on
 * the notice itself — confirm it on www.gov.cn before relying on it in print.
 */
export const CHINA_HOLIDAYS_2026: HolidayYear = {
  year: 2026,
  source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
  periods: [
    { key: 'new_year', name: NAMES.newYear, from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
    {
      key: 'spring_festival',
      name: NAMES.springFestival,
      from: '2026-02-15',
      to: '2026-02-23',
      makeUpWorkdays: ['2026-02-14', '2026-02-28'],
    },
    { key: 'qingming', name: NAMES.qingming, from: '2026-04-04', to: '2026-04-06', makeUpWorkdays: [] },
    { key: 'labour_day', name: NAMES.labourDay, from: '2026-05-01', to: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
    { key: 'dragon_boat', name: NAMES.dragonBoat, from: '2026-06-19', to: '2026-06-21', makeUpWorkdays: [] },
    { key: 'mid_autumn', name: NAMES.midAutumn, from: '2026-09-25', to: '2026-09-27', makeUpWorkdays: [] },
    {
      key: 'national_day',
      name: NAMES.nationalDay,
      from: '2026-10-01',
      to: '2026-10-07',
      makeUpWorkdays: ['2026-09-20', '2026-10-10'],
    },
  ],
};

export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [CHINA_HOLIDAYS_2025, CHINA_HOLIDAYS_2026];

/** Flattens holiday years into the date lists a WorkingCalendar holds, sorted and without duplicates. */
export function holidayDates(years: readonly HolidayYear[]): { holidays: string[]; makeUpWorkdays: string[] } {
  const holidays = new Set<string>();
  const makeUps = new Set<string>();
  for (const year of years) {
    for (const period of year.periods) {
      if (!isLocalDate(period.from) || !isLocalDate(period.to) || period.to < period.from) {
        throw new RangeError(`Invalid holiday period ${period.key} ${period.from}..${period.to}`);
      }
      for (let d = period.from; d <= period.to; d = addLocalDays(d, 1)) holidays.add(d);
      for (const m of period.makeUpWorkdays) makeUps.add(m);
    }
  }
  return { holidays: [...holidays].sort(), makeUpWorkdays: [...makeUps].sort() };
}

/**
 * A working calendar for Asia/Shanghai from office hours and holiday years;
 * by default Monday–Friday 08:30–12:00 and 13:30–17:30 with the 2025 and 2026
 * national schedules.
 */
export function chinaWorkingCalendar({
  weeklyHours = officeHoursWeek(),
  makeUpDayHours = null,
  holidayYears = CHINA_HOLIDAY_YEARS,
}: {
  readonly weeklyHours?: Readonly<Record<Weekday, readonly WorkingWindow[]>>;
  readonly makeUpDayHours?: readonly WorkingWindow[] | null;
  readonly holidayYears?: readonly HolidayYear[];
} = {}): WorkingCalendar {
  return { timeZone: CALENDAR_TIME_ZONE, weeklyHours, makeUpDayHours, ...holidayDates(holidayYears) };
}

/**
 * Checks one year as a company enters it: real dates inside the year (a
 * period may run into the next January), from ≤ to, and make-up days outside
 * every period of the year.
 */
export function validateHolidayYear(year: HolidayYear): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  const issue = (path: string, messageKey: CalendarMessageKey, params: Record<string, string | number>) =>
    issues.push({ code: 'VALIDATION_FAILED', field: 'holidays', path, messageKey, params });
  const inYear = (date: string) => date.startsWith(`${year.year}-`) || date.startsWith(`${year.year + 1}-01-`) || date.startsWith(`${year.year - 1}-12-`);

  year.periods.forEach((p, i) => {
    for (const [name, date] of [
      ['from', p.from],
      ['to', p.to],
    ] as const) {
      if (!isLocalDate(date)) issue(`periods[${i}].${name}`, 'calendar.date.invalid', { date: String(date) });
      else if (!inYear(date)) issue(`periods[${i}].${name}`, 'calendar.holiday.outsideYear', { date, year: year.year });
    }
    if (isLocalDate(p.from) && isLocalDate(p.to) && p.to < p.from) {
      issue(`periods[${i}]`, 'calendar.holiday.order', { from: p.from, to: p.to });
    }
    p.makeUpWorkdays.forEach((m, j) => {
      const path = `periods[${i}].makeUpWorkdays[${j}]`;
      if (!isLocalDate(m)) issue(path, 'calendar.date.invalid', { date: String(m) });
      else if (year.periods.some((q) => q.from <= m && m <= q.to)) issue(path, 'calendar.date.holidayAndMakeUp', { date: m });
    });
  });
  return issues;
}
