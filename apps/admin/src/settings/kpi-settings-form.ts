import type { AppraisalDimension, CommendationKind, KpiName, KpiSettingsFieldsFragment, PenaltyRule, SurveyFrequency, UpdateKpiSettingsInput } from '@wuye/schema';
import { bpToInput } from '../common/money';
import type { DraftIssue } from './settings-form';

/**
 * The KPI section edits text and converts once, on save, like the rest of the settings page. A
 * target is typed in its KPI's unit as people read it — a rate in percent ("95"), a count, a score
 * in points ("90.5") — and sent as the API's whole number (basis points, the count, hundredths).
 * The API checks the numbers against the rules (weights add up to 100, codes unique …).
 */

export type KpiSettings = KpiSettingsFieldsFragment;

export type KpiSettingsDraft = {
  baseScore: string;
  appealWindowDays: string;
  dissatisfiedRatingMax: string;
  penaltyPoints: Array<{ rule: PenaltyRule; points: string }>;
  commendationPoints: Array<{ kind: CommendationKind; points: string }>;
  targets: Array<{ kpi: KpiName; unit: string; direction: string; target: string; amberBand: string; strict: boolean }>;
  surveyFrequency: SurveyFrequency;
  surveyItems: Array<{ code: string; zh: string; en: string }>;
  appraisalWeights: Array<{ dimension: AppraisalDimension; weight: string }>;
};

/** A value in its unit → the text people type: 9500 bp → "95", 9050 hundredths → "90.5", 3 → "3". */
export function unitToInput(value: number | null | undefined, unit: string): string {
  if (value == null) return '';
  return unit === 'count' ? String(value) : bpToInput(value);
}

const WHOLE = /^\d{1,6}$/;
const CENTI = /^(\d{1,6})(?:\.(\d{1,2}))?%?$/;

/** The text → the unit's whole number, or null when it is not one (blank is handled by the caller). */
export function inputToUnit(text: string, unit: string): number | null {
  const trimmed = text.trim();
  if (unit === 'count') return WHOLE.test(trimmed) ? Number(trimmed) : null;
  const match = CENTI.exec(trimmed);
  return match ? Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) : null;
}

export function toKpiDraft(s: KpiSettings): KpiSettingsDraft {
  return {
    baseScore: String(s.baseScore),
    appealWindowDays: String(s.appealWindowDays),
    dissatisfiedRatingMax: String(s.dissatisfiedRatingMax),
    penaltyPoints: s.penaltyPoints.map((p) => ({ rule: p.rule, points: String(p.points) })),
    commendationPoints: s.commendationPoints.map((c) => ({ kind: c.kind, points: String(c.points) })),
    targets: s.targets.map((t) => ({ kpi: t.kpi, unit: t.unit, direction: t.direction, target: unitToInput(t.target, t.unit), amberBand: unitToInput(t.amberBand, t.unit), strict: t.strict })),
    surveyFrequency: s.surveyFrequency,
    surveyItems: s.surveyItems.map(({ code, zh, en }) => ({ code, zh, en })),
    appraisalWeights: s.appraisalWeights.map((w) => ({ dimension: w.dimension, weight: String(w.weight) })),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The draft → UpdateKpiSettingsInput with only what changed (the API changes only the rules and
 * KPIs sent), or the fields that are not numbers. Nothing changed gives just the version.
 */
export function fromKpiDraft(draft: KpiSettingsDraft, original: KpiSettings): { input: UpdateKpiSettingsInput } | { issues: DraftIssue[] } {
  const before = toKpiDraft(original);
  const issues: DraftIssue[] = [];
  const whole = (path: string, text: string) => {
    if (!WHOLE.test(text.trim())) issues.push({ path, messageKey: 'resources.companySettings.errors.whole' });
    return Number(text.trim());
  };
  const input: UpdateKpiSettingsInput = { version: original.version };
  if (draft.baseScore !== before.baseScore) input.baseScore = whole('baseScore', draft.baseScore);
  if (draft.appealWindowDays !== before.appealWindowDays) input.appealWindowDays = whole('appealWindowDays', draft.appealWindowDays);
  if (draft.dissatisfiedRatingMax !== before.dissatisfiedRatingMax) input.dissatisfiedRatingMax = whole('dissatisfiedRatingMax', draft.dissatisfiedRatingMax);

  const penalties = draft.penaltyPoints.filter((p, i) => !same(p, before.penaltyPoints[i]));
  if (penalties.length) input.penaltyPoints = penalties.map((p) => ({ rule: p.rule, points: whole(`penaltyPoints.${p.rule}`, p.points) }));
  const commendations = draft.commendationPoints.filter((c, i) => !same(c, before.commendationPoints[i]));
  if (commendations.length) input.commendationPoints = commendations.map((c) => ({ kind: c.kind, points: whole(`commendationPoints.${c.kind}`, c.points) }));

  const targets = draft.targets.filter((t, i) => !same(t, before.targets[i]));
  if (targets.length) {
    input.targets = targets.map((t) => {
      const target = t.target.trim() === '' ? null : inputToUnit(t.target, t.unit);
      if (t.target.trim() !== '' && target === null) issues.push({ path: `targets.${t.kpi}.target`, messageKey: `resources.companySettings.kpi.errors.${t.unit}` });
      const amberBand = inputToUnit(t.amberBand.trim() === '' ? '0' : t.amberBand, t.unit);
      if (amberBand === null) issues.push({ path: `targets.${t.kpi}.amberBand`, messageKey: `resources.companySettings.kpi.errors.${t.unit}` });
      return { kpi: t.kpi, target, amberBand: amberBand ?? 0, strict: t.strict };
    });
  }
  if (draft.surveyFrequency !== before.surveyFrequency) input.surveyFrequency = draft.surveyFrequency;
  if (!same(draft.surveyItems, before.surveyItems)) input.surveyItems = draft.surveyItems.map((i) => ({ code: i.code.trim(), zh: i.zh.trim(), en: i.en.trim() }));
  if (!same(draft.appraisalWeights, before.appraisalWeights)) input.appraisalWeights = draft.appraisalWeights.map((w) => ({ dimension: w.dimension, weight: whole(`appraisalWeights.${w.dimension}`, w.weight) }));
  return issues.length ? { issues } : { input };
}

/** The API names fields in the domain's spelling (`targets.complaint_rate.amberBand`); the draft in the enum's. */
export const apiFieldToDraft = (field: string | undefined) =>
  field?.replace(/^(targets|penaltyPoints|commendationPoints|appraisalWeights)\.([a-z_]+)/, (_, section: string, key: string) => `${section}.${key.toUpperCase()}`);
