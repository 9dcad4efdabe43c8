import type { CompanySettingsFieldsFragment, FollowUpSubject, ResolutionBase, UpdateCompanySettingsInput, Weekday } from '@wuye/schema';
import { bpToInput, parsePercentInput } from '../common/money';

/**
 * The settings page edits text (what people type) and converts once, on save. The API checks every
 * section against the procedures (a 100 % rate stays 100 %, major no laxer than serious …) and
 * answers in words; this only catches what is not a number, a time or a date at all.
 */

export type Settings = CompanySettingsFieldsFragment;
type Window = { start: string; end: string };

export type SettingsDraft = {
  sla: {
    onSiteClockHours: string;
    firstFeedbackClockHours: string;
    generalResolutionHours: string;
    generalResolutionBase: ResolutionBase;
    seriousResolutionWorkingDays: string;
    majorResolutionWorkingDays: string;
  };
  followUpRules: Array<{ subject: FollowUpSubject; rate: string; opensAfterDays: string; opensAfterMonths: string; dueWithinDays: string; dueWithinMonths: string }>;
  repeat: { complaintThreshold: string; complaintWindowDays: string; repairThreshold: string; repairWindowDays: string };
  weeklyHours: Array<{ weekday: Weekday; windows: Window[] }>;
  /** null: make-up working days keep Monday's hours. */
  makeUpDayHours: Window[] | null;
  holidayYears: Array<{ year: number; source: string; periods: Array<{ key: string; nameZh: string; nameEn: string; from: string; to: string; makeUpWorkdays: string }> }>;
};

export const WEEKDAYS: readonly Weekday[] = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

const str = (n: number) => String(n);
const windows = (ws: readonly Window[]) => ws.map(({ start, end }) => ({ start, end }));

export function toDraft(s: Settings): SettingsDraft {
  const byDay = new Map(s.weeklyHours.map((d) => [d.weekday, d.windows]));
  return {
    sla: {
      onSiteClockHours: str(s.complaintSla.onSiteClockHours),
      firstFeedbackClockHours: str(s.complaintSla.firstFeedbackClockHours),
      generalResolutionHours: str(s.complaintSla.generalResolutionHours),
      generalResolutionBase: s.complaintSla.generalResolutionBase,
      seriousResolutionWorkingDays: str(s.complaintSla.seriousResolutionWorkingDays),
      majorResolutionWorkingDays: str(s.complaintSla.majorResolutionWorkingDays),
    },
    followUpRules: s.followUpRules.map((r) => ({
      subject: r.subject,
      rate: bpToInput(r.rateBasisPoints),
      opensAfterDays: str(r.opensAfterDays),
      opensAfterMonths: str(r.opensAfterMonths),
      dueWithinDays: str(r.dueWithinDays),
      dueWithinMonths: str(r.dueWithinMonths),
    })),
    repeat: {
      complaintThreshold: str(s.repeat.complaintThreshold),
      complaintWindowDays: str(s.repeat.complaintWindowDays),
      repairThreshold: str(s.repeat.repairThreshold),
      repairWindowDays: str(s.repeat.repairWindowDays),
    },
    weeklyHours: WEEKDAYS.map((weekday) => ({ weekday, windows: windows(byDay.get(weekday) ?? []) })),
    makeUpDayHours: s.makeUpDayHours ? windows(s.makeUpDayHours) : null,
    holidayYears: s.holidayYears.map((y) => ({
      year: y.year,
      source: y.source,
      periods: y.periods.map((p) => ({ key: p.key, nameZh: p.nameZh, nameEn: p.nameEn, from: p.from, to: p.to, makeUpWorkdays: p.makeUpWorkdays.join(', ') })),
    })),
  };
}

/** A field path in the draft and the i18n key of what is wrong with it. */
export type DraftIssue = { path: string; messageKey: string };

const HOURS = /^\d{1,3}(\.\d{1,2})?$/;
const WHOLE = /^\d{1,4}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const isTime = (text: string) => TIME.test(text.trim());

/** "2026-01-04, 2026-02-14" → the dates (commas, spaces or 、 between them). */
export const splitDates = (text: string) => text.split(/[\s,，、]+/).filter(Boolean);

/** A new year to fill in: after the last one, with no periods yet (the notice comes each November). */
export function nextHolidayYear(draft: SettingsDraft): SettingsDraft['holidayYears'][number] {
  const last = Math.max(new Date().getFullYear(), ...draft.holidayYears.map((y) => y.year));
  const taken = new Set(draft.holidayYears.map((y) => y.year));
  return { year: taken.has(last) ? last + 1 : last, source: '', periods: [] };
}

/**
 * The draft → the API's input, or the fields that are not numbers, times or dates. Holiday years
 * are sent only when changed or new ("years sent replace the stored year; others stay").
 */
export function fromDraft(draft: SettingsDraft, original: Settings): { input: UpdateCompanySettingsInput } | { issues: DraftIssue[] } {
  const issues: DraftIssue[] = [];
  const num = (path: string, text: string, pattern: RegExp, messageKey: string) => {
    if (!pattern.test(text.trim())) issues.push({ path, messageKey });
    return Number(text.trim());
  };
  const hours = (path: string, text: string) => num(path, text, HOURS, 'resources.companySettings.errors.hours');
  const whole = (path: string, text: string) => num(path, text, WHOLE, 'resources.companySettings.errors.whole');
  const checkWindows = (path: string, ws: Window[]) =>
    ws.map((w, i) => {
      if (!isTime(w.start)) issues.push({ path: `${path}.${i}.start`, messageKey: 'resources.companySettings.errors.time' });
      if (!isTime(w.end)) issues.push({ path: `${path}.${i}.end`, messageKey: 'resources.companySettings.errors.time' });
      else if (isTime(w.start) && w.end.trim() <= w.start.trim()) issues.push({ path: `${path}.${i}.end`, messageKey: 'resources.companySettings.errors.endAfterStart' });
      return { start: w.start.trim(), end: w.end.trim() };
    });

  const complaintSla = {
    onSiteClockHours: hours('sla.onSiteClockHours', draft.sla.onSiteClockHours),
    firstFeedbackClockHours: hours('sla.firstFeedbackClockHours', draft.sla.firstFeedbackClockHours),
    generalResolutionHours: hours('sla.generalResolutionHours', draft.sla.generalResolutionHours),
    generalResolutionBase: draft.sla.generalResolutionBase,
    seriousResolutionWorkingDays: whole('sla.seriousResolutionWorkingDays', draft.sla.seriousResolutionWorkingDays),
    majorResolutionWorkingDays: whole('sla.majorResolutionWorkingDays', draft.sla.majorResolutionWorkingDays),
  };
  const followUpRules = draft.followUpRules.map((r, i) => {
    const rate = parsePercentInput(r.rate);
    if (!rate.ok) issues.push({ path: `followUpRules.${i}.rate`, messageKey: rate.messageKey });
    return {
      subject: r.subject,
      rateBasisPoints: rate.ok ? rate.value : 0,
      opensAfterDays: whole(`followUpRules.${i}.opensAfterDays`, r.opensAfterDays),
      opensAfterMonths: whole(`followUpRules.${i}.opensAfterMonths`, r.opensAfterMonths),
      dueWithinDays: whole(`followUpRules.${i}.dueWithinDays`, r.dueWithinDays),
      dueWithinMonths: whole(`followUpRules.${i}.dueWithinMonths`, r.dueWithinMonths),
    };
  });
  const repeat = {
    complaintThreshold: whole('repeat.complaintThreshold', draft.repeat.complaintThreshold),
    complaintWindowDays: whole('repeat.complaintWindowDays', draft.repeat.complaintWindowDays),
    repairThreshold: whole('repeat.repairThreshold', draft.repeat.repairThreshold),
    repairWindowDays: whole('repeat.repairWindowDays', draft.repeat.repairWindowDays),
  };
  const weeklyHours = draft.weeklyHours.map((d) => ({ weekday: d.weekday, windows: checkWindows(`weeklyHours.${d.weekday}`, d.windows) }));
  const makeUpDayHours = draft.makeUpDayHours ? checkWindows('makeUpDayHours', draft.makeUpDayHours) : null;

  const stored = new Map(original.holidayYears.map((y) => [y.year, JSON.stringify(toDraft({ ...original, holidayYears: [y] }).holidayYears[0])]));
  const holidayYears = draft.holidayYears
    .filter((y) => stored.get(y.year) !== JSON.stringify(y))
    .map((y) => {
      // The notice the dates come from, so a reviewer can check them (the API requires it).
      if (!y.source.trim()) issues.push({ path: `holidayYears.${y.year}.source`, messageKey: 'ra.validation.required' });
      return {
        year: y.year,
        source: y.source.trim(),
        periods: y.periods.map((p, i) => {
          const path = `holidayYears.${y.year}.${i}`;
          if (!DATE.test(p.from.trim())) issues.push({ path: `${path}.from`, messageKey: 'resources.companySettings.errors.date' });
          if (!DATE.test(p.to.trim())) issues.push({ path: `${path}.to`, messageKey: 'resources.companySettings.errors.date' });
          const makeUps = splitDates(p.makeUpWorkdays);
          if (makeUps.some((d) => !DATE.test(d))) issues.push({ path: `${path}.makeUpWorkdays`, messageKey: 'resources.companySettings.errors.date' });
          if (!p.nameZh.trim()) issues.push({ path: `${path}.nameZh`, messageKey: 'ra.validation.required' });
          return {
            key: p.key.trim() || `custom-${y.year}-${i + 1}`,
            nameZh: p.nameZh.trim(),
            nameEn: p.nameEn.trim() || p.nameZh.trim(),
            from: p.from.trim(),
            to: p.to.trim(),
            makeUpWorkdays: makeUps,
          };
        }),
      };
    });
  if (issues.length) return { issues };
  return {
    input: {
      version: original.version,
      complaintSla,
      followUpRules,
      repeat,
      weeklyHours,
      makeUpDayHours,
      ...(holidayYears.length ? { holidayYears } : {}),
    },
  };
}
