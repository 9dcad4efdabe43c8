import { describe, expect, it } from 'vitest';
import { fromDraft, nextHolidayYear, splitDates, toDraft, type Settings } from './settings-form';

const settings: Settings = {
  version: 3,
  followUpSeed: 'seed',
  complaintSla: {
    onSiteClockHours: 1,
    firstFeedbackClockHours: 4,
    generalResolutionHours: 8,
    generalResolutionBase: 'WORKING_HOURS',
    seriousResolutionWorkingDays: 5,
    majorResolutionWorkingDays: 5,
  },
  followUpRules: [{ subject: 'HOUSEHOLD_REPAIR', rateBasisPoints: 3000, opensAfterDays: 0, opensAfterMonths: 0, dueWithinDays: 3, dueWithinMonths: 0 }],
  repeat: { complaintThreshold: 2, complaintWindowDays: 90, repairThreshold: 3, repairWindowDays: 90 },
  weeklyHours: [
    { weekday: 'MON', windows: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }] },
    { weekday: 'SAT', windows: [] },
  ],
  makeUpDayHours: null,
  holidayYears: [
    { year: 2026, source: '国办发明电〔2025〕7号', periods: [{ key: 'newYear', nameZh: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03', makeUpWorkdays: ['2026-01-04'] }] },
  ],
};

describe('settings form', () => {
  it('sends what it loaded unchanged, without re-sending stored holiday years', () => {
    const result = fromDraft(toDraft(settings), settings);
    expect(result).toEqual({
      input: {
        version: 3,
        complaintSla: settings.complaintSla,
        followUpRules: settings.followUpRules,
        repeat: settings.repeat,
        weeklyHours: [
          { weekday: 'MON', windows: settings.weeklyHours[0]!.windows },
          { weekday: 'TUE', windows: [] },
          { weekday: 'WED', windows: [] },
          { weekday: 'THU', windows: [] },
          { weekday: 'FRI', windows: [] },
          { weekday: 'SAT', windows: [] },
          { weekday: 'SUN', windows: [] },
        ],
        makeUpDayHours: null,
      },
    });
  });

  it('converts rates, hours and several windows a day', () => {
    const draft = toDraft(settings);
    draft.followUpRules[0]!.rate = '35';
    draft.sla.onSiteClockHours = '0.5';
    draft.weeklyHours[5]!.windows = [{ start: '09:00', end: '12:00' }, { start: '14:00', end: '24:00' }];
    const result = fromDraft(draft, settings);
    if (!('input' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.input.followUpRules![0]!.rateBasisPoints).toBe(3500);
    expect(result.input.complaintSla!.onSiteClockHours).toBe(0.5);
    expect(result.input.weeklyHours![5]!.windows).toHaveLength(2);
  });

  it('sends a new holiday year with its dates', () => {
    const draft = toDraft(settings);
    const year = nextHolidayYear(draft);
    expect(year.year).toBe(Math.max(2027, new Date().getFullYear()));
    year.periods.push({ key: '', nameZh: '元旦', nameEn: '', from: `${year.year}-01-01`, to: `${year.year}-01-01`, makeUpWorkdays: '' });
    draft.holidayYears.push(year);
    const unsourced = fromDraft(draft, settings);
    expect('issues' in unsourced && unsourced.issues.map((i) => i.path)).toEqual([`holidayYears.${year.year}.source`]);
    year.source = '公司通知';
    const result = fromDraft(draft, settings);
    if (!('input' in result)) throw new Error(JSON.stringify(result.issues));
    expect(result.input.holidayYears).toEqual([
      { year: year.year, source: '公司通知', periods: [{ key: `custom-${year.year}-1`, nameZh: '元旦', nameEn: '元旦', from: `${year.year}-01-01`, to: `${year.year}-01-01`, makeUpWorkdays: [] }] },
    ]);
  });

  it('names the fields that are not numbers, times or dates', () => {
    const draft = toDraft(settings);
    draft.sla.seriousResolutionWorkingDays = '5.5';
    draft.weeklyHours[0]!.windows[0] = { start: '8:30', end: '12:00' };
    draft.weeklyHours[0]!.windows[1] = { start: '13:30', end: '13:00' };
    draft.holidayYears[0]!.periods[0]!.makeUpWorkdays = '2026-1-4';
    const result = fromDraft(draft, settings);
    expect('issues' in result && result.issues.map((i) => i.path)).toEqual([
      'sla.seriousResolutionWorkingDays',
      'weeklyHours.MON.0.start',
      'weeklyHours.MON.1.end',
      'holidayYears.2026.0.makeUpWorkdays',
    ]);
  });

  it('reads make-up days separated by commas, spaces or 、', () => {
    expect(splitDates('2026-01-04, 2026-02-14、2026-02-28  ')).toEqual(['2026-01-04', '2026-02-14', '2026-02-28']);
  });
});
