import { divideRoundHalfAwayFromZero, type BasisPoints } from '../money/basis-points.js';
import { DEFAULT_MARGIN_FLOOR_BASIS_POINTS } from '../profitability/item-pnl.js';
import { kpiIssue, type KpiIssue } from './kpi-failure.js';

/**
 * Monthly KPIs of a project, comparable across projects (issue 7). Each value
 * is a whole number in its unit:
 *
 * | kpi                          | unit             | formula                                                        |
 * |------------------------------|------------------|----------------------------------------------------------------|
 * | complaint_rate               | basis_points     | valid complaints ÷ households (100 bp = 1 per 100 households)  |
 * | order_sla_met                | basis_points     | orders that met every milestone due ÷ orders with one due      |
 * | complaint_on_site_met        | basis_points     | on-site milestones met ÷ due                                   |
 * | complaint_first_feedback_met | basis_points     | first-feedback milestones met ÷ due                            |
 * | complaint_resolution_met     | basis_points     | resolution milestones met ÷ due                                |
 * | follow_up_completion         | basis_points     | follow-ups done in their window ÷ follow-ups due               |
 * | follow_up_satisfaction       | basis_points     | follow-ups rated satisfied ÷ follow-ups rated                  |
 * | nonconformities_found        | count            | nonconformities recorded by inspections in the month           |
 * | corrective_actions_on_time   | basis_points     | actions done by their deadline ÷ actions due (see inspections) |
 * | survey_satisfaction          | basis_points     | the latest survey's overall satisfaction rate                  |
 * | paid_service_margin          | basis_points     | the paid services' margin ÷ revenue (profitability totals)     |
 * | staff_average_score          | score_hundredths | the project's average monthly score × 100                      |
 *
 * Rates round half away from zero; a rate with nothing to divide by is null
 * (no data), never 0 or 100%.
 */
export const PROJECT_KPIS = [
  'complaint_rate',
  'order_sla_met',
  'complaint_on_site_met',
  'complaint_first_feedback_met',
  'complaint_resolution_met',
  'follow_up_completion',
  'follow_up_satisfaction',
  'nonconformities_found',
  'corrective_actions_on_time',
  'survey_satisfaction',
  'paid_service_margin',
  'staff_average_score',
] as const;
export type ProjectKpi = (typeof PROJECT_KPIS)[number];

export const PROJECT_KPI_LABELS: Readonly<Record<ProjectKpi, { readonly zh: string; readonly en: string }>> = {
  complaint_rate: { zh: '投诉率（每百户）', en: 'Complaints per 100 households' },
  order_sla_met: { zh: '服务单时限达成率', en: 'Orders within service levels' },
  complaint_on_site_met: { zh: '投诉到场及时率', en: 'Complaints: on site in time' },
  complaint_first_feedback_met: { zh: '投诉首次回复及时率', en: 'Complaints: first feedback in time' },
  complaint_resolution_met: { zh: '投诉处理及时率', en: 'Complaints: resolved in time' },
  follow_up_completion: { zh: '回访完成率', en: 'Follow-ups completed' },
  follow_up_satisfaction: { zh: '回访满意率', en: 'Follow-up satisfaction' },
  nonconformities_found: { zh: '检查发现不合格项', en: 'Nonconformities found' },
  corrective_actions_on_time: { zh: '纠正措施按期完成率', en: 'Corrective actions on time' },
  survey_satisfaction: { zh: '满意度调查满意率', en: 'Survey satisfaction' },
  paid_service_margin: { zh: '有偿服务利润率', en: 'Paid-service margin' },
  staff_average_score: { zh: '员工平均考核分', en: 'Staff average score' },
};

export const KPI_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];
export type KpiUnit = 'basis_points' | 'count' | 'score_hundredths';

/**
 * A company target for one KPI, in the KPI's unit.
 * - higher_is_better: green at or above the target, amber within `amberBand`
 *   below it, red further below;
 * - lower_is_better: green at or below the target, amber within `amberBand`
 *   above it, red further above;
 * - strict: the target itself is not yet green ("below 1%" — exactly 1% is amber);
 * - target null: the company has set none; the KPI is shown without colour.
 */
export interface KpiTarget {
  readonly direction: KpiDirection;
  readonly unit: KpiUnit;
  readonly target: number | null;
  readonly amberBand: number;
  readonly strict: boolean;
}

/**
 * Only the complaint rate's target comes from the procedures (README §4:
 * below 1% of households); the others are starting values for the company's
 * settings. The paid-service margin reuses the profitability band's floor, so
 * a project making a small profit is green, a thin one amber and a loss red.
 */
export const DEFAULT_PROJECT_KPI_TARGETS: Readonly<Record<ProjectKpi, KpiTarget>> = {
  complaint_rate: { direction: 'lower_is_better', unit: 'basis_points', target: 100, amberBand: 50, strict: true },
  order_sla_met: { direction: 'higher_is_better', unit: 'basis_points', target: 9500, amberBand: 500, strict: false },
  complaint_on_site_met: { direction: 'higher_is_better', unit: 'basis_points', target: 9500, amberBand: 500, strict: false },
  complaint_first_feedback_met: { direction: 'higher_is_better', unit: 'basis_points', target: 9500, amberBand: 500, strict: false },
  complaint_resolution_met: { direction: 'higher_is_better', unit: 'basis_points', target: 9500, amberBand: 500, strict: false },
  follow_up_completion: { direction: 'higher_is_better', unit: 'basis_points', target: 10_000, amberBand: 500, strict: false },
  follow_up_satisfaction: { direction: 'higher_is_better', unit: 'basis_points', target: 9000, amberBand: 500, strict: false },
  nonconformities_found: { direction: 'lower_is_better', unit: 'count', target: null, amberBand: 0, strict: false },
  corrective_actions_on_time: { direction: 'higher_is_better', unit: 'basis_points', target: 9500, amberBand: 500, strict: false },
  survey_satisfaction: { direction: 'higher_is_better', unit: 'basis_points', target: 9000, amberBand: 500, strict: false },
  paid_service_margin: {
    direction: 'higher_is_better',
    unit: 'basis_points',
    target: DEFAULT_MARGIN_FLOOR_BASIS_POINTS,
    amberBand: DEFAULT_MARGIN_FLOOR_BASIS_POINTS,
    strict: false,
  },
  staff_average_score: { direction: 'higher_is_better', unit: 'score_hundredths', target: 9000, amberBand: 500, strict: false },
};

export const KPI_STATUSES = ['green', 'amber', 'red', 'no_data', 'no_target'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

/** Red/amber/green of one value against its target, as KpiTarget says. */
export function kpiStatus(value: number | null, target: KpiTarget): KpiStatus {
  if (value === null) return 'no_data';
  if (target.target === null) return 'no_target';
  // Distance on the good side of the target: ≥ 0 meets it (> 0 when strict).
  const better = target.direction === 'higher_is_better' ? value - target.target : target.target - value;
  if (target.strict ? better > 0 : better >= 0) return 'green';
  return -better <= target.amberBand ? 'amber' : 'red';
}

/** Whole numbers, a known direction, a non-negative amber band; fields `${kpi}.target` etc. */
export function validateKpiTargets(targets: Readonly<Record<ProjectKpi, KpiTarget>>): KpiIssue[] {
  const issues: KpiIssue[] = [];
  for (const kpi of PROJECT_KPIS) {
    const t = targets[kpi];
    if (!(KPI_DIRECTIONS as readonly string[]).includes(t.direction)) {
      issues.push(kpiIssue(`${kpi}.direction`, 'kpi.target.directionUnknown', { direction: String(t.direction) }));
    }
    if (t.target !== null && !Number.isSafeInteger(t.target)) issues.push(kpiIssue(`${kpi}.target`, 'kpi.target.notWholeNumber'));
    if (!Number.isSafeInteger(t.amberBand)) issues.push(kpiIssue(`${kpi}.amberBand`, 'kpi.target.notWholeNumber'));
    else if (t.amberBand < 0) issues.push(kpiIssue(`${kpi}.amberBand`, 'kpi.target.amberNegative'));
  }
  return issues;
}

/** part ÷ whole in basis points, rounded half away from zero; null when whole is 0. Counts are whole and ≥ 0. */
export function shareBasisPoints(part: number, whole: number): BasisPoints | null {
  for (const n of [part, whole]) if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A count is a whole number ≥ 0: ${n}`);
  if (whole === 0) return null;
  return Number(divideRoundHalfAwayFromZero(BigInt(part) * 10_000n, BigInt(whole)));
}

/** Valid complaints per 100 households, in hundredths (= basis points of households): 3 of 250 households → 120 (1.20). */
export function complaintRatePer100Households(validComplaints: number, households: number): number | null {
  return shareBasisPoints(validComplaints, households);
}

export interface MetCount {
  readonly due: number;
  readonly met: number;
}

/** The month's counts, as the API aggregates them. */
export interface ProjectKpiCounts {
  readonly households: number;
  /** Valid complaints registered in the month (suggestions and invalid complaints excluded). */
  readonly validComplaints: number;
  /** Orders with a service-level milestone due in the month, and those that met every one. */
  readonly orders: MetCount;
  readonly complaintOnSite: MetCount;
  readonly complaintFirstFeedback: MetCount;
  readonly complaintResolution: MetCount;
  /** Follow-ups whose window closed in the month; met = done inside it. */
  readonly followUps: MetCount;
  /** Follow-ups with a satisfaction rating; met = satisfied. */
  readonly followUpRatings: MetCount;
  readonly nonconformities: number;
  /** Corrective actions due (see correctiveActionFigures); met = done by the deadline. */
  readonly correctiveActions: MetCount;
  readonly surveySatisfactionBasisPoints: BasisPoints | null;
  readonly paidServiceMarginBasisPoints: BasisPoints | null;
  readonly staffAverageScoreHundredths: number | null;
}

export type ProjectKpiValues = Readonly<Record<ProjectKpi, number | null>>;

export function projectKpiValues(counts: ProjectKpiCounts): ProjectKpiValues {
  const rate = ({ due, met }: MetCount) => {
    if (met > due) throw new RangeError(`met (${met}) cannot exceed due (${due})`);
    return shareBasisPoints(met, due);
  };
  if (!Number.isSafeInteger(counts.nonconformities) || counts.nonconformities < 0) throw new RangeError('nonconformities must be a whole number ≥ 0');
  return {
    complaint_rate: complaintRatePer100Households(counts.validComplaints, counts.households),
    order_sla_met: rate(counts.orders),
    complaint_on_site_met: rate(counts.complaintOnSite),
    complaint_first_feedback_met: rate(counts.complaintFirstFeedback),
    complaint_resolution_met: rate(counts.complaintResolution),
    follow_up_completion: rate(counts.followUps),
    follow_up_satisfaction: rate(counts.followUpRatings),
    nonconformities_found: counts.nonconformities,
    corrective_actions_on_time: rate(counts.correctiveActions),
    survey_satisfaction: counts.surveySatisfactionBasisPoints,
    paid_service_margin: counts.paidServiceMarginBasisPoints,
    staff_average_score: counts.staffAverageScoreHundredths,
  };
}

export interface ProjectKpiRow extends KpiTarget {
  readonly kpi: ProjectKpi;
  readonly value: number | null;
  readonly status: KpiStatus;
}

/** Every KPI with its value, target and colour, in PROJECT_KPIS order. */
export function assessProjectKpis(
  values: ProjectKpiValues,
  targets: Readonly<Record<ProjectKpi, KpiTarget>> = DEFAULT_PROJECT_KPI_TARGETS,
): ProjectKpiRow[] {
  const issues = validateKpiTargets(targets);
  if (issues.length > 0) throw new RangeError(`Invalid KPI targets: ${issues.map((i) => `${i.field} ${i.messageKey}`).join(', ')}`);
  return PROJECT_KPIS.map((kpi) => {
    const target = targets[kpi];
    const value = values[kpi];
    return { kpi, value, ...target, status: kpiStatus(value, target) };
  });
}
