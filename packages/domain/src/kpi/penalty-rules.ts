import { kpiIssue, type KpiIssue } from './kpi-failure.js';

/**
 * Penalty points on the responsible person's appraisal, per occurrence
 * (domain README §7), each a per-company setting with the procedures' value
 * as default:
 *
 * | rule                        | default | from the procedures                                    |
 * |-----------------------------|---------|--------------------------------------------------------|
 * | procedure_violation         | 1       | not following the procedure                            |
 * | subjective_delay            | 5       | delay for subjective reasons                           |
 * | dissatisfied_at_acceptance  | 5       | resident not satisfied at acceptance                   |
 * | caused_complaint            | 5       | the service causes a complaint                         |
 * | private_charging            | 20      | private charging, accepting gifts, waiving fees for a favour |
 *
 * The README puts "not satisfied at acceptance" and "causes a complaint" in
 * one rule; they are two here so a company can weigh them apart and the
 * monthly figures can tell them apart. Points are kept as positive numbers
 * deducted from the score; a rule set to 0 is switched off (nothing is
 * proposed). An entry keeps the points in force when it was proposed, so a
 * later change of the settings does not rewrite past months.
 */
export const PENALTY_RULES = [
  'procedure_violation',
  'subjective_delay',
  'dissatisfied_at_acceptance',
  'caused_complaint',
  'private_charging',
] as const;
export type PenaltyRule = (typeof PENALTY_RULES)[number];

export const PENALTY_RULE_LABELS: Readonly<Record<PenaltyRule, { readonly zh: string; readonly en: string }>> = {
  procedure_violation: { zh: '不按程序操作', en: 'Not following the procedure' },
  subjective_delay: { zh: '主观原因延误', en: 'Delay for subjective reasons' },
  dissatisfied_at_acceptance: { zh: '验收时业户不满意', en: 'Resident dissatisfied at acceptance' },
  caused_complaint: { zh: '服务引起投诉', en: 'The service caused a complaint' },
  private_charging: { zh: '私自收费、收受礼品或人情免费', en: 'Private charging, gifts or waiving fees for a favour' },
};

/**
 * Recorded commendations add to the score. The README gives no values; these
 * defaults are a starting point for the company's settings:
 * resident_praise — a resident's letter, banner or praise at a follow-up (+2);
 * outstanding_service — a good deed or outstanding work recognised by management (+5).
 */
export const COMMENDATION_KINDS = ['resident_praise', 'outstanding_service'] as const;
export type CommendationKind = (typeof COMMENDATION_KINDS)[number];

export const COMMENDATION_KIND_LABELS: Readonly<Record<CommendationKind, { readonly zh: string; readonly en: string }>> = {
  resident_praise: { zh: '业户表扬', en: 'Resident praise' },
  outstanding_service: { zh: '好人好事/突出表现', en: 'Outstanding service' },
};

export interface KpiSettings {
  readonly penaltyPoints: Readonly<Record<PenaltyRule, number>>;
  readonly commendationPoints: Readonly<Record<CommendationKind, number>>;
  /** The monthly score starts here. */
  readonly baseScore: number;
  /** Calendar days (Asia/Shanghai) after the day of confirmation in which the person may appeal. */
  readonly appealWindowDays: number;
  /** A sign-off rating (1–5) at or below this is "dissatisfied": 1 and 2 (满意 4–5, 基本满意 3). */
  readonly dissatisfiedRatingMax: number;
}

export const DEFAULT_KPI_SETTINGS: KpiSettings = {
  penaltyPoints: {
    procedure_violation: 1,
    subjective_delay: 5,
    dissatisfied_at_acceptance: 5,
    caused_complaint: 5,
    private_charging: 20,
  },
  commendationPoints: { resident_praise: 2, outstanding_service: 5 },
  baseScore: 100,
  appealWindowDays: 7,
  dissatisfiedRatingMax: 2,
};

/** The most one entry may deduct or add. */
export const MAX_POINTS_PER_ENTRY = 100;

export function isPenaltyRule(value: unknown): value is PenaltyRule {
  return typeof value === 'string' && (PENALTY_RULES as readonly string[]).includes(value);
}

export function isCommendationKind(value: unknown): value is CommendationKind {
  return typeof value === 'string' && (COMMENDATION_KINDS as readonly string[]).includes(value);
}

/** What the API checks before storing a company's KPI settings; fields name the setting (`penaltyPoints.private_charging`). */
export function validateKpiSettings(settings: KpiSettings): KpiIssue[] {
  const issues: KpiIssue[] = [];
  const points = (field: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0 || value > MAX_POINTS_PER_ENTRY) {
      issues.push(kpiIssue(field, 'kpi.settings.pointsInvalid', { max: MAX_POINTS_PER_ENTRY }));
    }
  };
  for (const rule of PENALTY_RULES) points(`penaltyPoints.${rule}`, settings.penaltyPoints[rule]);
  for (const kind of COMMENDATION_KINDS) points(`commendationPoints.${kind}`, settings.commendationPoints[kind]);
  const whole = (field: string, value: unknown, min: number, max: number) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      issues.push(kpiIssue(field, 'kpi.settings.outOfRange', { min, max }));
    }
  };
  whole('baseScore', settings.baseScore, 1, 1000);
  whole('appealWindowDays', settings.appealWindowDays, 1, 90);
  whole('dissatisfiedRatingMax', settings.dissatisfiedRatingMax, 1, 4);
  return issues;
}

export function requireKpiSettings(settings: KpiSettings): KpiSettings {
  const issues = validateKpiSettings(settings);
  if (issues.length > 0) throw new RangeError(`Invalid KPI settings: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
  return settings;
}
