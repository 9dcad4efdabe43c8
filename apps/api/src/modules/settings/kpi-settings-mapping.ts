import {
  APPRAISAL_DIMENSIONS,
  COMMENDATION_KINDS,
  PENALTY_RULES,
  PROJECT_KPIS,
  type AppraisalDimension,
  type CommendationKind,
  type PenaltyRule,
  type ProjectKpi,
  type SurveyFrequency,
} from '@wuye/domain';
import { invalid } from '../../graphql/errors.js';
import type { CompanySettings } from './company-settings.entity.js';
import { kpiConfigOf, type KpiConfigChange } from './kpi-settings.js';
import type { KpiSettingsView, UpdateKpiSettingsInput } from './kpi-settings.types.js';

export function kpiSettingsView(s: CompanySettings): KpiSettingsView {
  const c = kpiConfigOf(s);
  return {
    version: s.version,
    penaltyPoints: PENALTY_RULES.map((rule) => ({ rule, points: c.kpi.penaltyPoints[rule] })),
    commendationPoints: COMMENDATION_KINDS.map((kind) => ({ kind, points: c.kpi.commendationPoints[kind] })),
    baseScore: c.kpi.baseScore,
    appealWindowDays: c.kpi.appealWindowDays,
    dissatisfiedRatingMax: c.kpi.dissatisfiedRatingMax,
    targets: PROJECT_KPIS.map((kpi) => ({ kpi, ...c.targets[kpi] })),
    surveyItems: c.surveyItems.map((i) => ({ ...i })),
    surveyFrequency: c.surveyFrequency,
    appraisalWeights: APPRAISAL_DIMENSIONS.map((dimension) => ({ dimension, weight: c.appraisalWeights[dimension] })),
  };
}

function once<K extends string>(keys: K[], field: string): void {
  if (new Set(keys).size !== keys.length) throw invalid(field, 'validation.duplicateEntry');
}

/** The flat GraphQL lists onto the domain's records: only what was sent changes. */
export function kpiSettingsChange(current: CompanySettings, input: UpdateKpiSettingsInput): KpiConfigChange {
  const c = kpiConfigOf(current);
  const change: KpiConfigChange = {};
  const scalar = { baseScore: input.baseScore, appealWindowDays: input.appealWindowDays, dissatisfiedRatingMax: input.dissatisfiedRatingMax };
  if (input.penaltyPoints || input.commendationPoints || Object.values(scalar).some((v) => v !== undefined && v !== null)) {
    once((input.penaltyPoints ?? []).map((p) => p.rule), 'penaltyPoints');
    once((input.commendationPoints ?? []).map((p) => p.kind), 'commendationPoints');
    change.kpi = {
      penaltyPoints: { ...c.kpi.penaltyPoints, ...Object.fromEntries((input.penaltyPoints ?? []).map((p) => [p.rule as PenaltyRule, p.points])) },
      commendationPoints: { ...c.kpi.commendationPoints, ...Object.fromEntries((input.commendationPoints ?? []).map((p) => [p.kind as CommendationKind, p.points])) },
      baseScore: scalar.baseScore ?? c.kpi.baseScore,
      appealWindowDays: scalar.appealWindowDays ?? c.kpi.appealWindowDays,
      dissatisfiedRatingMax: scalar.dissatisfiedRatingMax ?? c.kpi.dissatisfiedRatingMax,
    };
  }
  if (input.targets) {
    once(input.targets.map((t) => t.kpi), 'targets');
    const targets = { ...c.targets };
    for (const t of input.targets) {
      const kpi = t.kpi as ProjectKpi;
      // Direction and unit belong to the KPI's formula, not to the company: only the numbers change.
      targets[kpi] = { ...targets[kpi], target: t.target, amberBand: t.amberBand, strict: t.strict };
    }
    change.targets = targets;
  }
  if (input.surveyItems) change.surveyItems = input.surveyItems.map((i) => ({ code: i.code.trim(), zh: i.zh.trim(), en: (i.en ?? '').trim() }));
  if (input.surveyFrequency) change.surveyFrequency = input.surveyFrequency as SurveyFrequency;
  if (input.appraisalWeights) {
    once(input.appraisalWeights.map((w) => w.dimension), 'appraisalWeights');
    if (input.appraisalWeights.length !== APPRAISAL_DIMENSIONS.length) throw invalid('appraisalWeights', 'validation.allDimensions');
    change.appraisalWeights = Object.fromEntries(input.appraisalWeights.map((w) => [w.dimension as AppraisalDimension, w.weight])) as Record<AppraisalDimension, number>;
  }
  return change;
}
