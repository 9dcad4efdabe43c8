import { DEPARTMENTS, type Department } from '../access/roles.js';
import { divideRoundHalfAwayFromZero, type BasisPoints } from '../money/basis-points.js';
import { shanghaiMonthKey, type MonthKey } from '../profitability/month-key.js';
import type { KpiActor } from './kpi-actor.js';
import { isBlankText, kpiFailure, type KpiFailure } from './kpi-failure.js';
import { INSPECTION_LEVELS, type InspectionLevel } from './inspections.js';
import {
  correctiveActionFigures,
  NONCONFORMITY_CLASSES,
  type CorrectiveActionFigures,
  type FindingResult,
  type NonconformityClass,
} from './nonconformity.js';
import { shareBasisPoints } from './project-kpis.js';

// -------------------------------------------------------------------- Pareto

/** The categories that together reach this share of all problems are the "vital few". */
export const PARETO_VITAL_FEW_BASIS_POINTS: BasisPoints = 8000;

export interface ParetoRow {
  readonly category: string;
  readonly count: number;
  /** count ÷ total, rounded half away from zero. */
  readonly shareBasisPoints: BasisPoints;
  readonly cumulativeCount: number;
  /** cumulativeCount ÷ total, rounded half away from zero: the last row is exactly 10000. */
  readonly cumulativeBasisPoints: BasisPoints;
  /** In the vital few: the rows up to and including the first whose exact cumulative share reaches 80%. */
  readonly vital: boolean;
}

/**
 * The Pareto ordering of problems by category for the monthly report: counts
 * of the same category merged, categories with none left out, the largest
 * first, ties by category name in code-unit order. Cumulative shares are
 * computed from cumulative counts (not by adding rounded shares), so they
 * never exceed 100% and end exactly at 100%.
 */
export function paretoOrder(counts: readonly { readonly category: string; readonly count: number }[]): ParetoRow[] {
  const merged = new Map<string, number>();
  for (const { category, count } of counts) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`A count is a whole number ≥ 0: ${count}`);
    merged.set(category, (merged.get(category) ?? 0) + count);
  }
  const rows = [...merged.entries()].filter(([, count]) => count > 0).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  const total = rows.reduce((sum, [, count]) => sum + count, 0);
  const bp = (n: number) => Number(divideRoundHalfAwayFromZero(BigInt(n) * 10_000n, BigInt(total)));
  let cumulative = 0;
  return rows.map(([category, count]) => {
    const before = cumulative;
    cumulative += count;
    return {
      category,
      count,
      shareBasisPoints: bp(count),
      cumulativeCount: cumulative,
      cumulativeBasisPoints: bp(cumulative),
      vital: before * 10_000 < PARETO_VITAL_FEW_BASIS_POINTS * total,
    };
  });
}

// ---------------------------------------------------------- monthly figures

export interface InspectionRecordSummary {
  readonly inspectionId: string;
  readonly level: InspectionLevel;
  readonly area: Department;
  readonly at: Date;
}

export interface FindingSummary {
  readonly inspectionId: string;
  readonly area: Department;
  /** The problem category for the Pareto chart: the checklist item's category. */
  readonly category: string;
  readonly result: FindingResult;
  readonly nonconformityClass: NonconformityClass | null;
  readonly subcontractorId: string | null;
  /** A nonconformity's corrective action, once planned; completedAt is the owner's completion. */
  readonly correctiveAction: { readonly deadline: string; readonly completedAt: Date | null } | null;
}

export interface SubcontractorFigures {
  readonly subcontractorId: string;
  readonly nonconformities: number;
  readonly byClass: Readonly<Record<NonconformityClass, number>>;
}

/** The figures the monthly inspection report is assembled from. */
export interface InspectionMonthFigures {
  readonly month: MonthKey;
  readonly inspections: Readonly<Record<InspectionLevel, number>>;
  /** Checklist items checked, passed, and found nonconforming. */
  readonly itemsChecked: number;
  readonly passed: number;
  readonly nonconformities: number;
  readonly passRateBasisPoints: BasisPoints | null;
  readonly byClass: Readonly<Record<NonconformityClass, number>>;
  readonly byArea: Readonly<Record<Department, number>>;
  /** Nonconformities by category, Pareto-ordered. */
  readonly pareto: readonly ParetoRow[];
  /** The month's nonconformities' corrective actions, as of `now`; one not yet planned counts as open. */
  readonly correctiveActions: CorrectiveActionFigures;
  /** Nonconformities of each subcontractor, for its evaluation; by id. */
  readonly bySubcontractor: readonly SubcontractorFigures[];
}

const zeroClasses = (): Record<NonconformityClass, number> => ({ serious: 0, general: 0, minor: 0 });

/**
 * The month's inspections (their Shanghai month) and their findings; findings
 * of inspections outside the month are ignored.
 */
export function inspectionMonthFigures({
  month,
  inspections,
  findings,
  now,
}: {
  readonly month: MonthKey;
  readonly inspections: readonly InspectionRecordSummary[];
  readonly findings: readonly FindingSummary[];
  readonly now: Date;
}): InspectionMonthFigures {
  const ofMonth = inspections.filter((i) => shanghaiMonthKey(i.at) === month);
  const ids = new Set(ofMonth.map((i) => i.inspectionId));
  const byLevel = Object.fromEntries(INSPECTION_LEVELS.map((l) => [l, 0])) as Record<InspectionLevel, number>;
  for (const i of ofMonth) byLevel[i.level]++;

  const mine = findings.filter((f) => ids.has(f.inspectionId));
  const nonconforming = mine.filter((f) => f.result === 'nonconformity');
  const byClass = zeroClasses();
  const byArea = Object.fromEntries(DEPARTMENTS.map((d) => [d, 0])) as Record<Department, number>;
  const subcontractors = new Map<string, Record<NonconformityClass, number>>();
  for (const f of nonconforming) {
    if (f.nonconformityClass === null || !NONCONFORMITY_CLASSES.includes(f.nonconformityClass)) {
      throw new RangeError(`A nonconformity has a class (inspection ${f.inspectionId})`);
    }
    byClass[f.nonconformityClass]++;
    byArea[f.area]++;
    if (f.subcontractorId !== null) {
      const counts = subcontractors.get(f.subcontractorId) ?? zeroClasses();
      counts[f.nonconformityClass]++;
      subcontractors.set(f.subcontractorId, counts);
    }
  }
  const planned = nonconforming.flatMap((f) => (f.correctiveAction ? [f.correctiveAction] : []));
  const figures = correctiveActionFigures(planned, now);
  const unplanned = nonconforming.length - planned.length;

  return {
    month,
    inspections: byLevel,
    itemsChecked: mine.length,
    passed: mine.length - nonconforming.length,
    nonconformities: nonconforming.length,
    passRateBasisPoints: shareBasisPoints(mine.length - nonconforming.length, mine.length),
    byClass,
    byArea,
    pareto: paretoOrder(nonconforming.map((f) => ({ category: f.category, count: 1 }))),
    correctiveActions: { ...figures, total: figures.total + unplanned, open: figures.open + unplanned },
    bySubcontractor: [...subcontractors.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([subcontractorId, counts]) => ({
        subcontractorId,
        nonconformities: counts.serious + counts.general + counts.minor,
        byClass: counts,
      })),
  };
}

// ------------------------------------------------------ the report's lifecycle

/**
 * The monthly inspection report (README §7): assembled from the figures,
 * written up by the project leader (PM) or quality, approved by the GM, then
 * read-only. A returned report goes back to draft with the GM's reason.
 *
 *   draft ─submit→ submitted ─approve→ approved
 *                            ─return→ draft
 */
export const INSPECTION_REPORT_STATES = ['draft', 'submitted', 'approved'] as const;
export type InspectionReportState = (typeof INSPECTION_REPORT_STATES)[number];

export const INSPECTION_REPORT_ACTIONS = ['submit', 'approve', 'return'] as const;
export type InspectionReportAction = (typeof INSPECTION_REPORT_ACTIONS)[number];

export const INSPECTION_REPORT_TRANSITIONS: Readonly<
  Record<InspectionReportState, Readonly<Partial<Record<InspectionReportAction, InspectionReportState>>>>
> = {
  draft: { submit: 'submitted' },
  submitted: { approve: 'approved', return: 'draft' },
  approved: {},
};

/** The written sections (problems by category and the Pareto chart come from the figures). */
export const INSPECTION_REPORT_SECTIONS = ['timeAndMethod', 'summary', 'keyProblems', 'analysis', 'suggestions'] as const;
export type InspectionReportSection = (typeof INSPECTION_REPORT_SECTIONS)[number];

export const INSPECTION_REPORT_SECTION_LABELS: Readonly<Record<InspectionReportSection, { readonly zh: string; readonly en: string }>> = {
  timeAndMethod: { zh: '检查时间及方式', en: 'Time and method' },
  summary: { zh: '检查情况综述', en: 'Summary' },
  keyProblems: { zh: '重点问题', en: 'Key problems' },
  analysis: { zh: '综合分析', en: 'Overall analysis' },
  suggestions: { zh: '改进建议', en: 'Suggestions for improvement' },
};

export function nextInspectionReportState(from: InspectionReportState, action: InspectionReportAction): InspectionReportState | undefined {
  if (!(INSPECTION_REPORT_STATES as readonly string[]).includes(from)) return undefined;
  const row = INSPECTION_REPORT_TRANSITIONS[from];
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

const writes = (actor: KpiActor) => actor.roles.includes('project_manager') || actor.roles.includes('quality');

export interface InspectionReportTransitionInput {
  readonly from: InspectionReportState;
  readonly action: InspectionReportAction;
  readonly actor: KpiActor;
  readonly now: Date;
  /** submit: every section written. */
  readonly sections?: Readonly<Partial<Record<InspectionReportSection, string | null>>>;
  /** approve / return: who submitted it; the GM does not approve their own. */
  readonly submittedBy?: string | null;
  /** return: required. */
  readonly reason?: string | null;
}

export type InspectionReportTransitionResult = { readonly ok: true; readonly to: InspectionReportState } | KpiFailure;

export function transitionInspectionReport(input: InspectionReportTransitionInput): InspectionReportTransitionResult {
  const { from, action, actor, now } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');
  const to = nextInspectionReportState(from, action);
  if (to === undefined) return kpiFailure('INVALID_STATE', 'kpi.report.invalidTransition', { from: String(from), action: String(action) });
  if (action === 'submit') {
    if (!writes(actor)) return kpiFailure('FORBIDDEN', 'kpi.report.forbiddenSubmit');
    for (const section of INSPECTION_REPORT_SECTIONS) {
      if (isBlankText(input.sections?.[section])) return kpiFailure('VALIDATION_FAILED', 'kpi.report.sectionRequired', { section }, `sections.${section}`);
    }
    return { ok: true, to };
  }
  if (!actor.roles.includes('general_manager')) return kpiFailure('FORBIDDEN', 'kpi.report.forbiddenApprove');
  const submittedBy = input.submittedBy ?? '';
  if (submittedBy === '') return kpiFailure('VALIDATION_FAILED', 'kpi.report.submitterRequired', {}, 'submittedBy');
  if (submittedBy === actor.userId) return kpiFailure('FORBIDDEN', 'kpi.report.ownSubmission');
  if (action === 'return' && isBlankText(input.reason)) return kpiFailure('VALIDATION_FAILED', 'kpi.report.reasonRequired', {}, 'reason');
  return { ok: true, to };
}

/** Editing the written sections: only a draft, only by the project leader (PM) or quality. Approved is read-only. */
export function canEditInspectionReport({
  state,
  actor,
}: {
  readonly state: InspectionReportState;
  readonly actor: KpiActor;
}): { readonly ok: true } | KpiFailure {
  if (state !== 'draft') return kpiFailure('INVALID_STATE', 'kpi.report.notEditable');
  if (!writes(actor)) return kpiFailure('FORBIDDEN', 'kpi.report.forbiddenSubmit');
  return { ok: true };
}
