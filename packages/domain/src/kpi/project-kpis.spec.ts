import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assessProjectKpis,
  complaintRatePer100Households,
  DEFAULT_PROJECT_KPI_TARGETS,
  kpiStatus,
  PROJECT_KPIS,
  projectKpiValues,
  shareBasisPoints,
  validateKpiTargets,
  type KpiStatus,
  type KpiTarget,
  type ProjectKpiCounts,
} from './project-kpis.js';

const higher = (target: number | null, amberBand: number, strict = false): KpiTarget => ({ direction: 'higher_is_better', unit: 'basis_points', target, amberBand, strict });
const lower = (target: number | null, amberBand: number, strict = false): KpiTarget => ({ direction: 'lower_is_better', unit: 'basis_points', target, amberBand, strict });

describe('kpiStatus: red / amber / green against the company target', () => {
  it.each<{ value: number | null; t: KpiTarget; status: KpiStatus }>([
    { value: 9600, t: higher(9500, 500), status: 'green' },
    { value: 9500, t: higher(9500, 500), status: 'green' },
    { value: 9499, t: higher(9500, 500), status: 'amber' },
    { value: 9000, t: higher(9500, 500), status: 'amber' },
    { value: 8999, t: higher(9500, 500), status: 'red' },
    { value: 9500, t: higher(9500, 500, true), status: 'amber' },
    { value: 99, t: lower(100, 50, true), status: 'green' },
    { value: 100, t: lower(100, 50, true), status: 'amber' },
    { value: 150, t: lower(100, 50, true), status: 'amber' },
    { value: 151, t: lower(100, 50, true), status: 'red' },
    { value: 100, t: lower(100, 0), status: 'green' },
    { value: 101, t: lower(100, 0), status: 'red' },
    { value: null, t: higher(9500, 500), status: 'no_data' },
    { value: 14, t: lower(null, 0), status: 'no_target' },
  ])('$value against $t.direction $t.target (±$t.amberBand, strict $t.strict) → $status', ({ value, t, status }) => {
    expect(kpiStatus(value, t)).toBe(status);
  });

  it('the complaint rate target is README §4: below 1% of households', () => {
    expect(DEFAULT_PROJECT_KPI_TARGETS.complaint_rate).toEqual({ direction: 'lower_is_better', unit: 'basis_points', target: 100, amberBand: 50, strict: true });
    expect(validateKpiTargets(DEFAULT_PROJECT_KPI_TARGETS)).toEqual([]);
  });

  it('property: a better value never gets a worse colour', () => {
    const rank: Record<KpiStatus, number> = { red: 0, amber: 1, green: 2, no_data: -1, no_target: -1 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.boolean(),
        fc.boolean(),
        (value, step, target, band, strict, up) => {
          const t = up ? higher(target, band, strict) : lower(target, band, strict);
          const better = up ? value + step : value - step;
          expect(rank[kpiStatus(better, t)]).toBeGreaterThanOrEqual(rank[kpiStatus(value, t)]);
        },
      ),
    );
  });

  it.each([
    { patch: { target: 9500.5 }, field: 'order_sla_met.target', messageKey: 'kpi.target.notWholeNumber' },
    { patch: { amberBand: -1 }, field: 'order_sla_met.amberBand', messageKey: 'kpi.target.amberNegative' },
    { patch: { direction: 'sideways' }, field: 'order_sla_met.direction', messageKey: 'kpi.target.directionUnknown' },
  ])('rejects $field', ({ patch, field, messageKey }) => {
    const targets = { ...DEFAULT_PROJECT_KPI_TARGETS, order_sla_met: { ...DEFAULT_PROJECT_KPI_TARGETS.order_sla_met, ...patch } as KpiTarget };
    expect(validateKpiTargets(targets).map((i) => [i.field, i.messageKey])).toEqual([[field, messageKey]]);
    expect(() => assessProjectKpis(projectKpiValues(october), targets)).toThrow(RangeError);
  });
});

const october: ProjectKpiCounts = {
  households: 1200,
  validComplaints: 9,
  orders: { due: 240, met: 229 },
  complaintOnSite: { due: 12, met: 11 },
  complaintFirstFeedback: { due: 12, met: 12 },
  complaintResolution: { due: 12, met: 10 },
  followUps: { due: 80, met: 80 },
  followUpRatings: { due: 72, met: 65 },
  nonconformities: 14,
  correctiveActions: { due: 14, met: 12 },
  surveySatisfactionBasisPoints: 8862,
  paidServiceMarginBasisPoints: 970,
  staffAverageScoreHundredths: 9400,
};

describe('project KPIs of one month, to the exact figure', () => {
  it('values and colours', () => {
    expect(assessProjectKpis(projectKpiValues(october)).map((r) => [r.kpi, r.value, r.status])).toEqual([
      ['complaint_rate', 75, 'green'], // 9 of 1200 households = 0.75 per 100
      ['order_sla_met', 9542, 'green'], // 229 / 240 = 95.4167%
      ['complaint_on_site_met', 9167, 'amber'], // 11 / 12
      ['complaint_first_feedback_met', 10_000, 'green'],
      ['complaint_resolution_met', 8333, 'red'], // 10 / 12
      ['follow_up_completion', 10_000, 'green'],
      ['follow_up_satisfaction', 9028, 'green'], // 65 / 72 = 90.2778%
      ['nonconformities_found', 14, 'no_target'],
      ['corrective_actions_on_time', 8571, 'red'], // 12 / 14
      ['survey_satisfaction', 8862, 'amber'],
      ['paid_service_margin', 970, 'green'],
      ['staff_average_score', 9400, 'green'],
    ]);
  });

  it.each([
    { complaints: 12, rate: 100, status: 'amber', note: 'exactly 1% is not below 1%' },
    { complaints: 18, rate: 150, status: 'amber', note: '1.50 per 100' },
    { complaints: 19, rate: 158, status: 'red', note: '1.58 per 100' },
    { complaints: 0, rate: 0, status: 'green', note: 'none' },
  ])('complaint rate: $complaints of 1200 households → $rate ($note)', ({ complaints, rate, status }) => {
    expect(complaintRatePer100Households(complaints, 1200)).toBe(rate);
    const row = assessProjectKpis(projectKpiValues({ ...october, validComplaints: complaints })).find((r) => r.kpi === 'complaint_rate');
    expect(row).toMatchObject({ value: rate, status });
  });

  it('nothing due is no data, not 0% or 100%', () => {
    const quiet = { ...october, households: 0, orders: { due: 0, met: 0 }, surveySatisfactionBasisPoints: null };
    const rows = assessProjectKpis(projectKpiValues(quiet));
    expect(rows.filter((r) => r.status === 'no_data').map((r) => r.kpi)).toEqual(['complaint_rate', 'order_sla_met', 'survey_satisfaction']);
    expect(rows).toHaveLength(PROJECT_KPIS.length);
  });

  it('refuses more met than due', () => {
    expect(() => projectKpiValues({ ...october, orders: { due: 2, met: 3 } })).toThrow(RangeError);
  });

  it.each([
    { part: 1, whole: 3, bp: 3333 },
    { part: 2, whole: 3, bp: 6667 },
    { part: 1, whole: 20_000, bp: 1 },
    { part: 0, whole: 5, bp: 0 },
    { part: 5, whole: 0, bp: null },
  ])('shareBasisPoints($part, $whole) → $bp', ({ part, whole, bp }) => {
    expect(shareBasisPoints(part, whole)).toBe(bp);
  });
});
