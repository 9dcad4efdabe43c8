import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_SETTINGS, PENALTY_RULE_LABELS, PENALTY_RULES, validateKpiSettings, type KpiSettings } from './penalty-rules.js';

describe('penalty rules: the defaults of README §7', () => {
  it.each([
    { rule: 'procedure_violation', points: 1, zh: '不按程序操作' },
    { rule: 'subjective_delay', points: 5, zh: '主观原因延误' },
    { rule: 'dissatisfied_at_acceptance', points: 5, zh: '验收时业户不满意' },
    { rule: 'caused_complaint', points: 5, zh: '服务引起投诉' },
    { rule: 'private_charging', points: 20, zh: '私自收费、收受礼品或人情免费' },
  ] as const)('$rule −$points', ({ rule, points, zh }) => {
    expect(DEFAULT_KPI_SETTINGS.penaltyPoints[rule]).toBe(points);
    expect(PENALTY_RULE_LABELS[rule].zh).toBe(zh);
  });

  it('covers every rule, starts at 100, appeals within 7 days, ratings 1–2 are dissatisfied', () => {
    expect(Object.keys(DEFAULT_KPI_SETTINGS.penaltyPoints).sort()).toEqual([...PENALTY_RULES].sort());
    expect(DEFAULT_KPI_SETTINGS).toMatchObject({ baseScore: 100, appealWindowDays: 7, dissatisfiedRatingMax: 2 });
    expect(validateKpiSettings(DEFAULT_KPI_SETTINGS)).toEqual([]);
  });

  it.each([
    { patch: { penaltyPoints: { ...DEFAULT_KPI_SETTINGS.penaltyPoints, private_charging: -20 } }, field: 'penaltyPoints.private_charging', messageKey: 'kpi.settings.pointsInvalid' },
    { patch: { penaltyPoints: { ...DEFAULT_KPI_SETTINGS.penaltyPoints, subjective_delay: 2.5 } }, field: 'penaltyPoints.subjective_delay', messageKey: 'kpi.settings.pointsInvalid' },
    { patch: { commendationPoints: { ...DEFAULT_KPI_SETTINGS.commendationPoints, resident_praise: 101 } }, field: 'commendationPoints.resident_praise', messageKey: 'kpi.settings.pointsInvalid' },
    { patch: { baseScore: 0 }, field: 'baseScore', messageKey: 'kpi.settings.outOfRange' },
    { patch: { appealWindowDays: 0 }, field: 'appealWindowDays', messageKey: 'kpi.settings.outOfRange' },
    { patch: { dissatisfiedRatingMax: 5 }, field: 'dissatisfiedRatingMax', messageKey: 'kpi.settings.outOfRange' },
  ])('rejects $field', ({ patch, field, messageKey }) => {
    const settings = { ...DEFAULT_KPI_SETTINGS, ...patch } as KpiSettings;
    expect(validateKpiSettings(settings).map((i) => [i.field, i.messageKey])).toEqual([[field, messageKey]]);
  });

  it('a company may switch a rule off with 0 points', () => {
    expect(validateKpiSettings({ ...DEFAULT_KPI_SETTINGS, penaltyPoints: { ...DEFAULT_KPI_SETTINGS.penaltyPoints, procedure_violation: 0 } })).toEqual([]);
  });
});
