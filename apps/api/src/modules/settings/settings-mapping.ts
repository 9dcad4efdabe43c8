import { FOLLOW_UP_SUBJECTS, WEEKDAYS, type FollowUpPeriod, type FollowUpRules, type HolidayYear, type Weekday, type WorkingWindow } from '@wuye/domain';
import { invalid } from '../../graphql/errors.js';
import type { CompanySettings, WeeklyHours } from './company-settings.entity.js';
import type { SettingsChange } from './settings.service.js';
import type { CompanySettingsView, FollowUpRuleView, HolidayYearView, UpdateCompanySettingsInput, WeekdayHoursView } from './settings.types.js';

/** The GraphQL shapes are flat lists; the domain's are records. These two functions translate. */
const period = (days: number, months: number): FollowUpPeriod => (months > 0 ? { months } : { days });
const periodParts = (p: FollowUpPeriod) => ('months' in p ? { days: 0, months: p.months } : { days: p.days, months: 0 });

export function weeklyHoursView(hours: Readonly<Record<Weekday, readonly WorkingWindow[]>>): WeekdayHoursView[] {
  return WEEKDAYS.map((weekday) => ({ weekday, windows: hours[weekday].map((w) => ({ start: w.start, end: w.end })) }));
}

export function weeklyHoursFrom(days: WeekdayHoursView[], field: string): WeeklyHours {
  const byDay = new Map(days.map((d) => [d.weekday as Weekday, d.windows]));
  if (byDay.size !== WEEKDAYS.length || days.length !== WEEKDAYS.length) throw invalid(field, 'settings.sevenDays');
  return Object.fromEntries(WEEKDAYS.map((d) => [d, byDay.get(d)!.map((w) => ({ start: w.start, end: w.end }))])) as WeeklyHours;
}

const holidayYearView = (y: HolidayYear): HolidayYearView => ({
  year: y.year,
  source: y.source,
  periods: y.periods.map((p) => ({ key: p.key, nameZh: p.name.zh, nameEn: p.name.en, from: p.from, to: p.to, makeUpWorkdays: [...p.makeUpWorkdays] })),
});

const holidayYearFrom = (y: HolidayYearView): HolidayYear => ({
  year: y.year,
  source: y.source,
  periods: y.periods.map((p) => ({ key: p.key, name: { zh: p.nameZh, en: p.nameEn }, from: p.from, to: p.to, makeUpWorkdays: p.makeUpWorkdays })),
});

export function settingsView(s: CompanySettings): CompanySettingsView {
  return {
    version: s.version,
    complaintSla: {
      onSiteClockHours: s.complaintSla.onSiteClockHours,
      firstFeedbackClockHours: s.complaintSla.firstFeedbackClockHours,
      generalResolutionHours: s.complaintSla.generalResolution.hours,
      generalResolutionBase: s.complaintSla.generalResolution.base,
      seriousResolutionWorkingDays: s.complaintSla.seriousResolutionWorkingDays,
      majorResolutionWorkingDays: s.complaintSla.majorResolutionWorkingDays,
    },
    followUpRules: FOLLOW_UP_SUBJECTS.map((subject): FollowUpRuleView => {
      const r = s.followUpRules[subject];
      const opens = periodParts(r.opensAfter);
      const due = periodParts(r.dueWithin);
      return { subject, rateBasisPoints: r.rateBasisPoints, opensAfterDays: opens.days, opensAfterMonths: opens.months, dueWithinDays: due.days, dueWithinMonths: due.months };
    }),
    repeat: { ...s.repeat },
    weeklyHours: weeklyHoursView(s.weeklyHours),
    makeUpDayHours: s.makeUpDayHours ?? null,
    holidayYears: s.holidayYears.map(holidayYearView),
    followUpSeed: s.followUpSeed,
  };
}

/** Only the sections sent change; follow-up rules by subject and holiday years by year. */
export function settingsChange(current: CompanySettings, input: UpdateCompanySettingsInput): SettingsChange {
  const change: SettingsChange = {};
  if (input.complaintSla) {
    const c = input.complaintSla;
    change.complaintSla = {
      onSiteClockHours: c.onSiteClockHours,
      firstFeedbackClockHours: c.firstFeedbackClockHours,
      generalResolution: { hours: c.generalResolutionHours, base: c.generalResolutionBase as 'clock_hours' | 'working_hours' },
      seriousResolutionWorkingDays: c.seriousResolutionWorkingDays,
      majorResolutionWorkingDays: c.majorResolutionWorkingDays,
    };
  }
  if (input.followUpRules) {
    const rules: Record<string, FollowUpRules[keyof FollowUpRules]> = { ...current.followUpRules };
    for (const r of input.followUpRules) {
      rules[r.subject] = { rateBasisPoints: r.rateBasisPoints as never, opensAfter: period(r.opensAfterDays, r.opensAfterMonths), dueWithin: period(r.dueWithinDays, r.dueWithinMonths) };
    }
    change.followUpRules = rules as unknown as FollowUpRules;
  }
  if (input.repeat) change.repeat = { ...input.repeat };
  if (input.weeklyHours) change.weeklyHours = weeklyHoursFrom(input.weeklyHours, 'weeklyHours');
  if (input.makeUpDayHours !== undefined) change.makeUpDayHours = input.makeUpDayHours?.map((w) => ({ start: w.start, end: w.end })) ?? null;
  if (input.holidayYears) {
    const years = new Map(current.holidayYears.map((y) => [y.year, y]));
    for (const y of input.holidayYears) years.set(y.year, holidayYearFrom(y));
    change.holidayYears = [...years.values()].sort((a, b) => a.year - b.year);
  }
  return change;
}
