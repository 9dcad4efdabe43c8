import { divideRoundHalfAwayFromZero, type BasisPoints } from '../money/basis-points.js';
import { kpiIssue, type KpiIssue } from './kpi-failure.js';

/**
 * Monthly appraisal of a housekeeper (管家考核, README §7): attitude,
 * efficiency, quality of records and follow-ups, teamwork and resident
 * feedback, each scored 0–100 and weighed into one total.
 *
 * Three dimensions are derived from the housekeeper's block (组团: the
 * buildings they own) when the month has data for them, the other two are
 * scored by the project manager:
 *
 * | dimension         | source   | from                                                                 |
 * |-------------------|----------|----------------------------------------------------------------------|
 * | attitude          | manager  | the project manager's score                                          |
 * | efficiency        | derived  | complaint handling times: milestones met ÷ milestones due in the block |
 * | records           | derived  | follow-up completion: follow-ups done in their window ÷ due          |
 * | teamwork          | manager  | the project manager's score                                          |
 * | resident_feedback | derived  | follow-up satisfaction: satisfied visits ÷ rated visits              |
 *
 * A derived dimension with no data that month (no complaint in the block, no
 * follow-up due) is scored by the manager instead, so every dimension has a
 * score before the appraisal is final. A derived score is the rate as a
 * percentage (9650 bp → 96.5); the manager may not overwrite it, because the
 * point of deriving it is that it is not a matter of opinion.
 */
export const APPRAISAL_DIMENSIONS = ['attitude', 'efficiency', 'records', 'teamwork', 'resident_feedback'] as const;
export type AppraisalDimension = (typeof APPRAISAL_DIMENSIONS)[number];

export const APPRAISAL_DIMENSION_LABELS: Readonly<Record<AppraisalDimension, { readonly zh: string; readonly en: string }>> = {
  attitude: { zh: '服务态度', en: 'Attitude' },
  efficiency: { zh: '工作效率（投诉处理时效）', en: 'Efficiency (complaint handling times)' },
  records: { zh: '记录与回访质量（回访完成率）', en: 'Records and follow-ups (follow-up completion)' },
  teamwork: { zh: '团队协作', en: 'Teamwork' },
  resident_feedback: { zh: '业户评价（回访满意率）', en: 'Resident feedback (follow-up satisfaction)' },
};

export const DERIVED_DIMENSIONS: readonly AppraisalDimension[] = ['efficiency', 'records', 'resident_feedback'];

/** Weights in percent; they add up to 100. Equal by default: the procedures name the five without ranking them. */
export type AppraisalWeights = Readonly<Record<AppraisalDimension, number>>;

export const DEFAULT_APPRAISAL_WEIGHTS: AppraisalWeights = {
  attitude: 20,
  efficiency: 20,
  records: 20,
  teamwork: 20,
  resident_feedback: 20,
};

export function validateAppraisalWeights(weights: AppraisalWeights): KpiIssue[] {
  const issues: KpiIssue[] = [];
  let sum = 0;
  for (const d of APPRAISAL_DIMENSIONS) {
    const w = weights[d];
    if (typeof w !== 'number' || !Number.isSafeInteger(w) || w < 0 || w > 100) issues.push(kpiIssue(`appraisalWeights.${d}`, 'kpi.appraisal.weightInvalid'));
    else sum += w;
  }
  if (issues.length === 0 && sum !== 100) issues.push(kpiIssue('appraisalWeights', 'kpi.appraisal.weightsSum', { sum }));
  return issues;
}

/** What the month's data says about the block: counts the API aggregates. */
export interface AppraisalFacts {
  /** Complaint milestones (on site, first feedback, resolution) of the block's complaints decided in the month, and those met. */
  readonly complaintMilestones: { readonly due: number; readonly met: number };
  /** Follow-ups of the block whose window closed in the month, and those done inside it. */
  readonly followUps: { readonly due: number; readonly met: number };
  /** Follow-up visits of the block with a satisfaction rating, and the satisfied ones. */
  readonly followUpRatings: { readonly due: number; readonly met: number };
}

export interface DerivedScore {
  readonly dimension: AppraisalDimension;
  /** Basis points of the rate the score comes from; null when the month has no data. */
  readonly rateBasisPoints: BasisPoints | null;
  /** Score in hundredths of a point (0–10000); null when the manager must score it. */
  readonly scoreHundredths: number | null;
}

function rate({ due, met }: { readonly due: number; readonly met: number }): BasisPoints | null {
  for (const n of [due, met]) if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A count is a whole number ≥ 0: ${n}`);
  if (met > due) throw new RangeError(`met (${met}) cannot exceed due (${due})`);
  if (due === 0) return null;
  return Number(divideRoundHalfAwayFromZero(BigInt(met) * 10_000n, BigInt(due)));
}

/** The derived dimensions; a rate in basis points is a score in hundredths (9650 bp = 96.50 points). */
export function derivedAppraisalScores(facts: AppraisalFacts): DerivedScore[] {
  const rates: Record<string, BasisPoints | null> = {
    efficiency: rate(facts.complaintMilestones),
    records: rate(facts.followUps),
    resident_feedback: rate(facts.followUpRatings),
  };
  return DERIVED_DIMENSIONS.map((dimension) => ({ dimension, rateBasisPoints: rates[dimension] ?? null, scoreHundredths: rates[dimension] ?? null }));
}

export const APPRAISAL_GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type AppraisalGrade = (typeof APPRAISAL_GRADES)[number];

export const APPRAISAL_GRADE_LABELS: Readonly<Record<AppraisalGrade, { readonly zh: string; readonly en: string }>> = {
  excellent: { zh: '优秀', en: 'Excellent' },
  good: { zh: '良好', en: 'Good' },
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
};

/** 90 and above excellent, 80 good, 60 pass, below 60 fail (hundredths of a point). */
export function appraisalGrade(totalHundredths: number): AppraisalGrade {
  if (totalHundredths >= 9000) return 'excellent';
  if (totalHundredths >= 8000) return 'good';
  if (totalHundredths >= 6000) return 'pass';
  return 'fail';
}

export interface AppraisalDimensionResult {
  readonly dimension: AppraisalDimension;
  readonly source: 'derived' | 'manager';
  readonly scoreHundredths: number | null;
  readonly weight: number;
}

export interface AppraisalResult {
  readonly dimensions: readonly AppraisalDimensionResult[];
  /** Weighted total in hundredths (0–10000); null until every weighted dimension has a score. */
  readonly totalHundredths: number | null;
  readonly grade: AppraisalGrade | null;
  /** Dimensions still waiting for the manager's score. */
  readonly missing: readonly AppraisalDimension[];
}

/**
 * Puts the derived scores and the manager's whole-point scores (0–100)
 * together. A manager's score for a dimension that is derived this month is a
 * VALIDATION_FAILED issue, as is a score outside 0–100.
 */
export function appraiseHousekeeper({
  facts,
  managerScores,
  weights = DEFAULT_APPRAISAL_WEIGHTS,
}: {
  readonly facts: AppraisalFacts;
  readonly managerScores: Readonly<Partial<Record<AppraisalDimension, number | null>>>;
  readonly weights?: AppraisalWeights;
}): { readonly ok: true; readonly result: AppraisalResult } | { readonly ok: false; readonly issues: KpiIssue[] } {
  const weightIssues = validateAppraisalWeights(weights);
  if (weightIssues.length > 0) throw new RangeError(`Invalid appraisal weights: ${weightIssues.map((i) => i.field).join(', ')}`);
  const derived = new Map(derivedAppraisalScores(facts).map((d) => [d.dimension, d.scoreHundredths]));
  const issues: KpiIssue[] = [];
  const dimensions = APPRAISAL_DIMENSIONS.map((dimension): AppraisalDimensionResult => {
    const fromData = derived.get(dimension) ?? null;
    const given = managerScores[dimension];
    const field = `scores.${dimension}`;
    if (given !== null && given !== undefined) {
      if (fromData !== null) issues.push(kpiIssue(field, 'kpi.appraisal.derivedNotEditable'));
      else if (!Number.isSafeInteger(given) || given < 0 || given > 100) issues.push(kpiIssue(field, 'kpi.appraisal.scoreInvalid'));
    }
    if (fromData !== null) return { dimension, source: 'derived', scoreHundredths: fromData, weight: weights[dimension] };
    const score = given !== null && given !== undefined && Number.isSafeInteger(given) && given >= 0 && given <= 100 ? given * 100 : null;
    return { dimension, source: 'manager', scoreHundredths: score, weight: weights[dimension] };
  });
  if (issues.length > 0) return { ok: false, issues };
  const missing = dimensions.filter((d) => d.scoreHundredths === null && d.weight > 0).map((d) => d.dimension);
  let totalHundredths: number | null = null;
  if (missing.length === 0) {
    const weighted = dimensions.reduce((sum, d) => sum + BigInt(d.scoreHundredths ?? 0) * BigInt(d.weight), 0n);
    totalHundredths = Number(divideRoundHalfAwayFromZero(weighted, 100n));
  }
  return { ok: true, result: { dimensions, totalHundredths, grade: totalHundredths === null ? null : appraisalGrade(totalHundredths), missing } };
}

/** Finalising needs every weighted dimension scored: one issue per dimension still missing. */
export function appraisalCompletenessIssues(result: AppraisalResult): KpiIssue[] {
  return result.missing.map((d) => kpiIssue(`scores.${d}`, 'kpi.appraisal.scoreRequired'));
}
