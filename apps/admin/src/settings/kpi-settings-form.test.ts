import { describe, expect, it } from 'vitest';
import { apiFieldToDraft, fromKpiDraft, inputToUnit, toKpiDraft, unitToInput, type KpiSettings } from './kpi-settings-form';

const settings: KpiSettings = {
  version: 7,
  baseScore: 100,
  appealWindowDays: 7,
  dissatisfiedRatingMax: 2,
  penaltyPoints: [
    { rule: 'PROCEDURE_VIOLATION', points: 1 },
    { rule: 'PRIVATE_CHARGING', points: 20 },
  ],
  commendationPoints: [{ kind: 'RESIDENT_PRAISE', points: 2 }],
  targets: [
    { kpi: 'COMPLAINT_RATE', unit: 'basis_points', direction: 'LOWER_IS_BETTER', target: 100, amberBand: 50, strict: true },
    { kpi: 'NONCONFORMITIES_FOUND', unit: 'count', direction: 'LOWER_IS_BETTER', target: null, amberBand: 0, strict: false },
    { kpi: 'STAFF_AVERAGE_SCORE', unit: 'score_hundredths', direction: 'HIGHER_IS_BETTER', target: 9000, amberBand: 500, strict: false },
  ],
  surveyFrequency: 'YEARLY',
  surveyItems: [{ code: 'cleaning', zh: '卫生管理', en: 'Cleaning' }],
  appraisalWeights: [
    { dimension: 'ATTITUDE', weight: 20 },
    { dimension: 'TEAMWORK', weight: 80 },
  ],
};

describe('KPI settings form', () => {
  it('types each target in its unit: percent, count or points', () => {
    expect(unitToInput(100, 'basis_points')).toBe('1');
    expect(unitToInput(9550, 'basis_points')).toBe('95.5');
    expect(unitToInput(9050, 'score_hundredths')).toBe('90.5');
    expect(unitToInput(3, 'count')).toBe('3');
    expect(unitToInput(null, 'count')).toBe('');
    expect(inputToUnit('0.8', 'basis_points')).toBe(80);
    expect(inputToUnit('95%', 'basis_points')).toBe(9500);
    expect(inputToUnit('90.25', 'score_hundredths')).toBe(9025);
    expect(inputToUnit('4', 'count')).toBe(4);
    expect(inputToUnit('4.5', 'count')).toBeNull();
    expect(inputToUnit('abc', 'basis_points')).toBeNull();
  });

  it('sends only what changed, with the version it started from', () => {
    expect(fromKpiDraft(toKpiDraft(settings), settings)).toEqual({ input: { version: 7 } });
    const draft = toKpiDraft(settings);
    draft.penaltyPoints[1]!.points = '30';
    draft.targets[0]!.target = '0.8';
    draft.targets[1]!.target = '5';
    draft.appealWindowDays = '10';
    expect(fromKpiDraft(draft, settings)).toEqual({
      input: {
        version: 7,
        appealWindowDays: 10,
        penaltyPoints: [{ rule: 'PRIVATE_CHARGING', points: 30 }],
        targets: [
          { kpi: 'COMPLAINT_RATE', target: 80, amberBand: 50, strict: true },
          { kpi: 'NONCONFORMITIES_FOUND', target: 5, amberBand: 0, strict: false },
        ],
      },
    });
  });

  it('clears a target when left blank, and sends the whole survey list and all weights when one changes', () => {
    const draft = toKpiDraft(settings);
    draft.targets[2]!.target = '';
    draft.surveyItems.push({ code: 'parking', zh: ' 停车管理 ', en: 'Parking' });
    draft.appraisalWeights[0]!.weight = '30';
    const result = fromKpiDraft(draft, settings);
    expect(result).toMatchObject({
      input: {
        targets: [{ kpi: 'STAFF_AVERAGE_SCORE', target: null, amberBand: 500, strict: false }],
        surveyItems: [
          { code: 'cleaning', zh: '卫生管理', en: 'Cleaning' },
          { code: 'parking', zh: '停车管理', en: 'Parking' },
        ],
        appraisalWeights: [
          { dimension: 'ATTITUDE', weight: 30 },
          { dimension: 'TEAMWORK', weight: 80 },
        ],
      },
    });
  });

  it('names the fields that are not numbers', () => {
    const draft = toKpiDraft(settings);
    draft.baseScore = 'abc';
    draft.targets[1]!.target = '2.5';
    expect(fromKpiDraft(draft, settings)).toEqual({
      issues: [
        { path: 'baseScore', messageKey: 'resources.companySettings.errors.whole' },
        { path: 'targets.NONCONFORMITIES_FOUND.target', messageKey: 'resources.companySettings.kpi.errors.count' },
      ],
    });
  });

  it('reads the API’s field names in the draft’s spelling', () => {
    expect(apiFieldToDraft('targets.complaint_rate.amberBand')).toBe('targets.COMPLAINT_RATE.amberBand');
    expect(apiFieldToDraft('penaltyPoints.private_charging')).toBe('penaltyPoints.PRIVATE_CHARGING');
    expect(apiFieldToDraft('surveyItems.1.code')).toBe('surveyItems.1.code');
  });
});
