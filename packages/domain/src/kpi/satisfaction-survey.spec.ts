import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shanghaiInstant } from '../calendar/working-calendar.js';
import {
  DEFAULT_SURVEY_FREQUENCY,
  DEFAULT_SURVEY_ITEMS,
  surveyPeriodKey,
  surveyPeriodStatus,
  surveyResults,
  validateSurveyItems,
  validateSurveyResponse,
  type SatisfactionLevel,
  type SurveyResponse,
} from './satisfaction-survey.js';

describe('the standard items (README §7, catalog.sample.json)', () => {
  it('are the eight of the procedures, in order', () => {
    expect(DEFAULT_SURVEY_ITEMS.map((i) => i.zh)).toEqual(['供电管理', '供水管理', '消防治安管理', '卫生管理', '绿化管理', '公共设施管理', '维修服务', '服务态度']);
    expect(validateSurveyItems(DEFAULT_SURVEY_ITEMS)).toEqual([]);
  });

  it('a company may edit them, within rules', () => {
    expect(validateSurveyItems([...DEFAULT_SURVEY_ITEMS, { code: 'parking', zh: '停车管理', en: 'Parking' }])).toEqual([]);
    expect(
      validateSurveyItems([
        { code: 'cleaning', zh: '卫生', en: 'Cleaning' },
        { code: 'cleaning', zh: '保洁', en: 'Cleaning' },
        { code: 'Parking', zh: '停车', en: 'Parking' },
        { code: 'lift', zh: ' ', en: 'Lifts' },
      ]).map((i) => [i.field, i.messageKey]),
    ).toEqual([
      ['items.1.code', 'kpi.survey.itemDuplicate'],
      ['items.2.code', 'kpi.survey.itemCodeInvalid'],
      ['items.3.zh', 'kpi.survey.itemLabelRequired'],
    ]);
    expect(validateSurveyItems([]).map((i) => i.messageKey)).toEqual(['kpi.survey.itemsEmpty']);
  });
});

describe('validateSurveyResponse', () => {
  it.each<{ note: string; r: SurveyResponse; issues: string[][] }>([
    { note: 'a full response', r: { unitId: '3-2-1201', answers: { power_supply: 5, cleaning: 2 } }, issues: [] },
    { note: 'skipped items are fine', r: { unitId: '3-2-1201', answers: { power_supply: 4, greening: null } }, issues: [] },
    { note: 'no unit', r: { unitId: ' ', answers: { power_supply: 4 } }, issues: [['unitId', 'kpi.survey.unitRequired']] },
    { note: 'an unknown item', r: { unitId: 'u', answers: { power_supply: 4, parking: 3 } }, issues: [['answers.parking', 'kpi.survey.itemUnknown']] },
    { note: 'a level outside 1–5', r: { unitId: 'u', answers: { cleaning: 6 as never } }, issues: [['answers.cleaning', 'kpi.survey.levelInvalid']] },
    { note: 'a fractional level', r: { unitId: 'u', answers: { cleaning: 4.5 as never } }, issues: [['answers.cleaning', 'kpi.survey.levelInvalid']] },
    { note: 'nothing answered', r: { unitId: 'u', answers: { cleaning: null } }, issues: [['answers', 'kpi.survey.noAnswers']] },
  ])('$note', ({ r, issues }) => {
    expect(validateSurveyResponse(r).map((i) => [i.field, i.messageKey])).toEqual(issues);
  });
});

describe('surveyResults: returned count, per-item and overall satisfaction (satisfied or better)', () => {
  const responses: SurveyResponse[] = [
    { unitId: '1-1-101', answers: { power_supply: 5, water_supply: 4, cleaning: 3, service_attitude: 5 }, comment: '电梯太慢' },
    { unitId: '1-1-102', answers: { power_supply: 4, water_supply: 4, cleaning: 2, service_attitude: 4 } },
    { unitId: '1-2-201', answers: { power_supply: 3, water_supply: 5, cleaning: 4, service_attitude: null } },
    { unitId: '1-2-202', answers: { power_supply: 5, cleaning: 1, service_attitude: 5 }, comment: '保洁不到位' },
    { unitId: '2-1-101', answers: { power_supply: 4, water_supply: 2, cleaning: 4 } },
    { unitId: '2-1-102', answers: { repair_service: 5, service_attitude: 3 }, comment: ' ' },
  ];

  it('a small known survey, to the exact figure', () => {
    const results = surveyResults({ distributed: 10, responses });
    expect(results).toMatchObject({ distributed: 10, returned: 6, responseRateBasisPoints: 6000, withComments: 2 });
    expect(results.items.map((i) => [i.code, i.answered, i.satisfied, i.rateBasisPoints])).toEqual([
      ['power_supply', 5, 4, 8000],
      ['water_supply', 4, 3, 7500],
      ['fire_safety_security', 0, 0, null],
      ['cleaning', 5, 2, 4000],
      ['greening', 0, 0, null],
      ['public_facilities', 0, 0, null],
      ['repair_service', 1, 1, 10_000],
      ['service_attitude', 4, 3, 7500],
    ]);
    expect(results.items[3]?.distribution).toEqual({ 5: 0, 4: 2, 3: 1, 2: 1, 1: 1 });
    // pooled: 13 satisfied of 19 answers = 68.42%, not the mean of the item rates (78.00%)
    expect(results.overall).toEqual({ answered: 19, satisfied: 13, rateBasisPoints: 6842 });
  });

  it('refuses two responses for a unit, more returned than distributed, an unknown item', () => {
    expect(() => surveyResults({ distributed: 10, responses: [responses[0] as SurveyResponse, responses[0] as SurveyResponse] })).toThrow(RangeError);
    expect(() => surveyResults({ distributed: 5, responses })).toThrow(RangeError);
    expect(() => surveyResults({ distributed: 1, responses: [{ unitId: 'u', answers: { parking: 4 } }] })).toThrow(RangeError);
  });

  it('nothing returned: no rates', () => {
    expect(surveyResults({ distributed: 0, responses: [] })).toMatchObject({ responseRateBasisPoints: null, overall: { rateBasisPoints: null } });
  });

  it('property: the overall rate lies between the lowest and highest item rates, and counts add up', () => {
    const level = fc.constantFrom<SatisfactionLevel | null>(1, 2, 3, 4, 5, null);
    const response = fc.record({ power_supply: level, cleaning: level, greening: level, service_attitude: level });
    fc.assert(
      fc.property(fc.array(response, { minLength: 1, maxLength: 30 }), (answers) => {
        const rs = answers.map((a, i) => ({ unitId: `u${i}`, answers: a }));
        const results = surveyResults({ distributed: rs.length, responses: rs });
        const rates = results.items.flatMap((i) => (i.rateBasisPoints === null ? [] : [i.rateBasisPoints]));
        if (results.overall.rateBasisPoints !== null) {
          expect(results.overall.rateBasisPoints).toBeGreaterThanOrEqual(Math.min(...rates));
          expect(results.overall.rateBasisPoints).toBeLessThanOrEqual(Math.max(...rates));
        }
        expect(results.overall.answered).toBe(results.items.reduce((s, i) => s + i.answered, 0));
        expect(results.responseRateBasisPoints).toBe(10_000);
      }),
    );
  });
});

describe('how often: at least yearly, half-yearly as a setting', () => {
  const at = (date: string) => shanghaiInstant(date, '10:00');

  it('yearly is the default', () => {
    expect(DEFAULT_SURVEY_FREQUENCY).toBe('yearly');
  });

  it.each([
    { frequency: 'yearly' as const, at: '2025-06-30', key: '2025' },
    { frequency: 'half_yearly' as const, at: '2025-06-30', key: '2025-H1' },
    { frequency: 'half_yearly' as const, at: '2025-07-01', key: '2025-H2' },
  ])('$frequency: $at → $key', ({ frequency, at: date, key }) => {
    expect(surveyPeriodKey(frequency, at(date))).toBe(key);
  });

  it('the new year starts at midnight in Shanghai', () => {
    expect(surveyPeriodKey('yearly', new Date('2025-12-31T16:30:00.000Z'))).toBe('2026');
  });

  it.each([
    { frequency: 'yearly' as const, status: { period: '2025', surveyed: true, dueBy: '2025-12-31', previousPeriod: '2024', previousSurveyed: false } },
    { frequency: 'half_yearly' as const, status: { period: '2025-H2', surveyed: false, dueBy: '2025-12-31', previousPeriod: '2025-H1', previousSurveyed: true } },
  ])('$frequency status on 3 November after a May survey', ({ frequency, status }) => {
    expect(surveyPeriodStatus({ frequency, surveyedAt: [at('2025-05-10'), at('2026-05-10')], asOf: at('2025-11-03') })).toEqual(status);
  });
});
