import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Department } from '../access/roles.js';
import { shanghaiInstant } from '../calendar/working-calendar.js';
import type { KpiActor } from './kpi-actor.js';
import {
  canEditInspectionReport,
  inspectionMonthFigures,
  INSPECTION_REPORT_TRANSITIONS,
  paretoOrder,
  transitionInspectionReport,
  type FindingSummary,
  type InspectionRecordSummary,
} from './inspection-report.js';

const actor = (userId: string, roles: KpiActor['roles'], supervises: Department[] = []): KpiActor => ({ userId, roles, supervises });
const pm = actor('pm-zhou', ['project_manager']);
const quality = actor('q-he', ['quality']);
const gm = actor('gm-chen', ['general_manager']);
const supervisor = actor('s-wang', ['supervisor'], ['cleaning']);
const now = shanghaiInstant('2025-11-03', '10:00');

describe('paretoOrder: problems by category, largest first, cumulative %', () => {
  it('a month of findings', () => {
    expect(
      paretoOrder([
        { category: '地面清洁', count: 12 },
        { category: '绿化修剪', count: 3 },
        { category: '门岗值守', count: 6 },
        { category: '垃圾清运', count: 4 },
        { category: '公共照明', count: 2 },
        { category: '地面清洁', count: 3 },
        { category: '消防通道', count: 0 },
      ]),
    ).toEqual([
      { category: '地面清洁', count: 15, shareBasisPoints: 5000, cumulativeCount: 15, cumulativeBasisPoints: 5000, vital: true },
      { category: '门岗值守', count: 6, shareBasisPoints: 2000, cumulativeCount: 21, cumulativeBasisPoints: 7000, vital: true },
      { category: '垃圾清运', count: 4, shareBasisPoints: 1333, cumulativeCount: 25, cumulativeBasisPoints: 8333, vital: true },
      { category: '绿化修剪', count: 3, shareBasisPoints: 1000, cumulativeCount: 28, cumulativeBasisPoints: 9333, vital: false },
      { category: '公共照明', count: 2, shareBasisPoints: 667, cumulativeCount: 30, cumulativeBasisPoints: 10_000, vital: false },
    ]);
  });

  it('ties by category in code-unit order; exactly 80% closes the vital few', () => {
    expect(paretoOrder([{ category: 'b', count: 4 }, { category: 'a', count: 4 }, { category: 'c', count: 2 }]).map((r) => [r.category, r.cumulativeBasisPoints, r.vital])).toEqual([
      ['a', 4000, true],
      ['b', 8000, true],
      ['c', 10_000, false],
    ]);
  });

  it('nothing found: no rows', () => {
    expect(paretoOrder([])).toEqual([]);
    expect(paretoOrder([{ category: 'a', count: 0 }])).toEqual([]);
  });

  it('property: counts never rise, the cumulative share never falls and ends at exactly 100%, the vital few come first', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ category: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), count: fc.integer({ min: 0, max: 50 }) }), { maxLength: 20 }), (counts) => {
        const rows = paretoOrder(counts);
        const total = counts.reduce((s, c) => s + c.count, 0);
        for (let i = 1; i < rows.length; i++) {
          const [prev, cur] = [rows[i - 1], rows[i]] as [(typeof rows)[number], (typeof rows)[number]];
          expect(cur.count).toBeLessThanOrEqual(prev.count);
          expect(cur.cumulativeBasisPoints).toBeGreaterThanOrEqual(prev.cumulativeBasisPoints);
          if (cur.vital) expect(prev.vital).toBe(true);
        }
        if (rows.length > 0) {
          expect(rows[rows.length - 1]?.cumulativeBasisPoints).toBe(10_000);
          expect(rows[rows.length - 1]?.cumulativeCount).toBe(total);
          expect(rows[0]?.vital).toBe(true);
        }
      }),
    );
  });
});

describe('inspectionMonthFigures', () => {
  const local = (s: string) => shanghaiInstant(s.slice(0, 10), s.slice(11));
  const inspections: InspectionRecordSummary[] = [
    { inspectionId: 'i1', level: 'daily', area: 'cleaning', at: local('2025-10-02 09:00') },
    { inspectionId: 'i2', level: 'daily', area: 'security', at: local('2025-10-09 21:00') },
    { inspectionId: 'i3', level: 'weekly', area: 'cleaning', at: local('2025-10-15 10:00') },
    { inspectionId: 'i4', level: 'monthly', area: 'greening', at: local('2025-10-31 23:30') },
    { inspectionId: 'i5', level: 'daily', area: 'cleaning', at: local('2025-11-01 00:30') }, // November in Shanghai
  ];
  const nc = (inspectionId: string, area: Department, category: string, cls: 'serious' | 'general' | 'minor', extra: Partial<FindingSummary> = {}): FindingSummary => ({
    inspectionId,
    area,
    category,
    result: 'nonconformity',
    nonconformityClass: cls,
    subcontractorId: null,
    correctiveAction: null,
    ...extra,
  });
  const pass = (inspectionId: string, area: Department): FindingSummary => ({ inspectionId, area, category: '—', result: 'pass', nonconformityClass: null, subcontractorId: null, correctiveAction: null });
  const findings: FindingSummary[] = [
    pass('i1', 'cleaning'),
    pass('i1', 'cleaning'),
    nc('i1', 'cleaning', '地面清洁', 'general', { subcontractorId: 'sub-clean', correctiveAction: { deadline: '2025-10-05', completedAt: local('2025-10-04 15:00') } }),
    nc('i2', 'security', '门岗值守', 'serious', { correctiveAction: { deadline: '2025-10-10', completedAt: null } }),
    pass('i3', 'cleaning'),
    nc('i3', 'cleaning', '地面清洁', 'minor', { subcontractorId: 'sub-clean', correctiveAction: { deadline: '2025-10-20', completedAt: local('2025-10-22 09:00') } }),
    nc('i4', 'greening', '绿化修剪', 'minor', { subcontractorId: 'sub-green' }),
    nc('i5', 'cleaning', '地面清洁', 'serious'),
  ];

  it('counts the month’s inspections and findings', () => {
    expect(inspectionMonthFigures({ month: '2025-10', inspections, findings, now })).toEqual({
      month: '2025-10',
      inspections: { daily: 2, weekly: 1, monthly: 1, half_yearly_audit: 0 },
      itemsChecked: 7,
      passed: 3,
      nonconformities: 4,
      passRateBasisPoints: 4286,
      byClass: { serious: 1, general: 1, minor: 2 },
      byArea: { customer_service: 0, engineering: 0, cleaning: 2, greening: 1, security: 1 },
      pareto: [
        { category: '地面清洁', count: 2, shareBasisPoints: 5000, cumulativeCount: 2, cumulativeBasisPoints: 5000, vital: true },
        { category: '绿化修剪', count: 1, shareBasisPoints: 2500, cumulativeCount: 3, cumulativeBasisPoints: 7500, vital: true },
        { category: '门岗值守', count: 1, shareBasisPoints: 2500, cumulativeCount: 4, cumulativeBasisPoints: 10_000, vital: true },
      ],
      correctiveActions: { total: 4, open: 1, overdue: 1, doneOnTime: 1, doneLate: 1, due: 3, onTimeBasisPoints: 3333 },
      bySubcontractor: [
        { subcontractorId: 'sub-clean', nonconformities: 2, byClass: { serious: 0, general: 1, minor: 1 } },
        { subcontractorId: 'sub-green', nonconformities: 1, byClass: { serious: 0, general: 0, minor: 1 } },
      ],
    });
  });

  it('an empty month', () => {
    expect(inspectionMonthFigures({ month: '2025-09', inspections, findings, now })).toMatchObject({ itemsChecked: 0, passRateBasisPoints: null, pareto: [] });
  });
});

describe('the monthly report: written by the project leader, approved by the GM, then read-only', () => {
  const sections = { timeAndMethod: '10 月 31 日，现场抽查', summary: '共检查 7 项', keyProblems: '大堂地面清洁', analysis: '见柏拉图', suggestions: '增加巡查频次' };

  it('the table', () => {
    expect(INSPECTION_REPORT_TRANSITIONS).toEqual({ draft: { submit: 'submitted' }, submitted: { approve: 'approved', return: 'draft' }, approved: {} });
  });

  it.each([
    { from: 'draft' as const, action: 'submit' as const, who: pm, extra: { sections }, result: { ok: true, to: 'submitted' } },
    { from: 'draft' as const, action: 'submit' as const, who: quality, extra: { sections }, result: { ok: true, to: 'submitted' } },
    { from: 'draft' as const, action: 'submit' as const, who: supervisor, extra: { sections }, result: { ok: false, code: 'FORBIDDEN', messageKey: 'kpi.report.forbiddenSubmit' } },
    {
      from: 'draft' as const,
      action: 'submit' as const,
      who: pm,
      extra: { sections: { ...sections, analysis: ' ' } },
      result: { ok: false, code: 'VALIDATION_FAILED', field: 'sections.analysis', messageKey: 'kpi.report.sectionRequired' },
    },
    { from: 'submitted' as const, action: 'approve' as const, who: gm, extra: { submittedBy: 'pm-zhou' }, result: { ok: true, to: 'approved' } },
    { from: 'submitted' as const, action: 'approve' as const, who: pm, extra: { submittedBy: 'q-he' }, result: { ok: false, code: 'FORBIDDEN', messageKey: 'kpi.report.forbiddenApprove' } },
    { from: 'submitted' as const, action: 'approve' as const, who: gm, extra: { submittedBy: 'gm-chen' }, result: { ok: false, code: 'FORBIDDEN', messageKey: 'kpi.report.ownSubmission' } },
    { from: 'submitted' as const, action: 'approve' as const, who: gm, extra: {}, result: { ok: false, code: 'VALIDATION_FAILED', field: 'submittedBy' } },
    { from: 'submitted' as const, action: 'return' as const, who: gm, extra: { submittedBy: 'pm-zhou', reason: '补充分包方评价' }, result: { ok: true, to: 'draft' } },
    { from: 'submitted' as const, action: 'return' as const, who: gm, extra: { submittedBy: 'pm-zhou' }, result: { ok: false, code: 'VALIDATION_FAILED', field: 'reason' } },
    { from: 'approved' as const, action: 'return' as const, who: gm, extra: { submittedBy: 'pm-zhou', reason: 'x' }, result: { ok: false, code: 'INVALID_STATE', messageKey: 'kpi.report.invalidTransition' } },
  ])('$from –$action→ by $who.userId', ({ from, action, who, extra, result }) => {
    expect(transitionInspectionReport({ from, action, actor: who, now, ...extra })).toMatchObject(result);
  });

  it('only a draft is edited, by the PM or quality', () => {
    expect(canEditInspectionReport({ state: 'draft', actor: pm })).toEqual({ ok: true });
    expect(canEditInspectionReport({ state: 'approved', actor: pm })).toMatchObject({ ok: false, code: 'INVALID_STATE', messageKey: 'kpi.report.notEditable' });
    expect(canEditInspectionReport({ state: 'draft', actor: gm })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
  });
});
