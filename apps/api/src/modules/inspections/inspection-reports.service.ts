import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  canEditInspectionReport,
  correctiveActionTimeliness,
  DEPARTMENTS,
  INSPECTION_LEVELS,
  INSPECTION_REPORT_SECTIONS,
  inspectionMonthFigures,
  isWeeklySummaryLate,
  kpiActorFrom,
  monthRange,
  NONCONFORMITY_CLASSES,
  transitionInspectionReport,
  weeklySummaryDue,
  type InspectionMonthFigures,
  type InspectionReportAction,
  type InspectionReportSection,
  type MonthKey,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, projectCondition } from '../../db/queries.js';
import { conflict, domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import type { Project } from '../projects/project.entity.js';
import { InspectionReport } from './inspection-report.entity.js';
import { Inspection, InspectionFinding } from './inspection.entity.js';
import { Subcontractor } from './subcontractor.entity.js';
import type { InspectionMonthFiguresView, InspectionReportSectionsView, InspectionReportsArgs, InspectionReportView } from './inspections.types.js';

type Sections = Partial<Record<InspectionReportSection, string>>;

/**
 * The monthly inspection report (README §7): the figures come from the month's inspections (a
 * draft always shows them live), the written sections from the project leader; the GM approves
 * it and it is read-only from then on, with the figures it was approved on.
 */
export class InspectionReportsService {
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, InspectionReport, id);

  list(ctx: Ctx, args: InspectionReportsArgs, projects: string[] | null): Promise<Page<InspectionReport>> {
    const where: FilterQuery<InspectionReport> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.states?.length) where.state = { $in: args.states as InspectionReport['state'][] };
    return findPage(ctx.em, InspectionReport, where, { month: 'desc' }, args);
  }

  async figures(ctx: Ctx, projectId: string, month: MonthKey): Promise<InspectionMonthFigures> {
    const { start, end } = monthRange(month);
    const [inspections, findings] = await Promise.all([
      ctx.em.find(Inspection, { projectId, inspectedAt: { $gte: start, $lt: end } }),
      ctx.em.find(InspectionFinding, { projectId, inspectedAt: { $gte: start, $lt: end } }),
    ]);
    return inspectionMonthFigures({
      month,
      inspections: inspections.map((i) => ({ inspectionId: i.id, level: i.level, area: i.area, at: i.inspectedAt })),
      findings: findings.map((f) => ({
        inspectionId: f.inspectionId,
        area: f.area,
        category: f.category,
        result: f.result,
        nonconformityClass: f.nonconformityClass ?? null,
        subcontractorId: f.subcontractorId ?? null,
        correctiveAction: f.actionDeadline ? { deadline: f.actionDeadline, completedAt: f.actionCompletedAt ?? null } : null,
      })),
      now: ctx.now,
    });
  }

  /** The stored report, or an unsaved draft (version 0) with the live figures. */
  async view(ctx: Ctx, projectId: string, month: MonthKey, stored?: InspectionReport | null): Promise<InspectionReportView> {
    const report = stored !== undefined ? stored : await ctx.em.findOne(InspectionReport, { projectId, month });
    const figures = report?.approvedFigures ?? (await this.figures(ctx, projectId, month));
    const { start, end } = monthRange(month);
    const keyFindings = await ctx.em.find(
      InspectionFinding,
      { projectId, result: 'nonconformity', nonconformityClass: 'serious', inspectedAt: { $gte: start, $lt: end } },
      { orderBy: { inspectedAt: 'asc', id: 'asc' }, limit: 20 },
    );
    return {
      id: report?.id ?? null,
      projectId,
      month,
      state: report?.state ?? 'draft',
      sections: { ...(report?.sections ?? {}) },
      figures: await this.figuresView(ctx, figures, projectId),
      keyFindings,
      weeklySummaryDueOn: weeklySummaryDue(month).dueOn,
      late: isWeeklySummaryLate({ month, submittedAt: report?.submittedAt ?? null, now: ctx.now }),
      submittedAt: report?.submittedAt ?? null,
      approvedAt: report?.approvedAt ?? null,
      returnReason: report?.returnReason ?? null,
      steps: report?.steps ?? [],
      version: report?.version ?? 0,
    };
  }

  /** Subcontractors' open and overdue actions are as of now, also on an approved report (the count found is frozen). */
  private async figuresView(ctx: Ctx, f: InspectionMonthFigures, projectId: string): Promise<InspectionMonthFiguresView> {
    const ids = f.bySubcontractor.map((s) => s.subcontractorId);
    const { start, end } = monthRange(f.month);
    const [subs, theirs] = ids.length
      ? await Promise.all([
          ctx.em.find(Subcontractor, { id: { $in: ids } }),
          ctx.em.find(InspectionFinding, { projectId, subcontractorId: { $in: ids }, result: 'nonconformity', inspectedAt: { $gte: start, $lt: end } }),
        ])
      : [[], []];
    const names = new Map(subs.map((s) => [s.id, s.name]));
    const open = (id: string) => theirs.filter((x) => x.subcontractorId === id && x.state !== 'verified');
    const overdue = (id: string) => open(id).filter((x) => x.actionDeadline && correctiveActionTimeliness({ deadline: x.actionDeadline, completedAt: x.actionCompletedAt ?? null, now: ctx.now }) === 'overdue');
    return {
      month: f.month,
      inspections: INSPECTION_LEVELS.map((key) => ({ key, count: f.inspections[key] })),
      itemsChecked: f.itemsChecked,
      passed: f.passed,
      nonconformities: f.nonconformities,
      passRateBasisPoints: f.passRateBasisPoints,
      byClass: NONCONFORMITY_CLASSES.map((key) => ({ key, count: f.byClass[key] })),
      byArea: DEPARTMENTS.map((key) => ({ key, count: f.byArea[key] })),
      pareto: f.pareto.map((r) => ({ ...r })),
      correctiveActions: { ...f.correctiveActions },
      bySubcontractor: f.bySubcontractor.map((s) => ({
        subcontractorId: s.subcontractorId,
        name: names.get(s.subcontractorId) ?? s.subcontractorId,
        nonconformities: s.nonconformities,
        ...s.byClass,
        open: open(s.subcontractorId).length,
        overdue: overdue(s.subcontractorId).length,
      })),
    };
  }

  /** Writes the sections of a draft (creating it on first save); only the project leader or quality. */
  async save(ctx: Ctx, project: Project, month: MonthKey, version: number, sections: InspectionReportSectionsView): Promise<InspectionReport> {
    const actor = kpiActorFrom(ctx.user!.id, ctx.user!.roles, project.id);
    const text: Sections = Object.fromEntries(INSPECTION_REPORT_SECTIONS.flatMap((s) => (typeof sections[s] === 'string' ? [[s, sections[s]!.trim()]] : [])));
    return ctx.em.transactional(async (em) => {
      const existing = await em.findOne(InspectionReport, { projectId: project.id, month });
      const allowed = canEditInspectionReport({ state: existing?.state ?? 'draft', actor });
      if (!allowed.ok) throw domainError(allowed);
      if (!existing) {
        if (version !== 0) throw conflict('InspectionReport');
        const created = em.create(InspectionReport, { companyId: project.companyId, projectId: project.id, month, sections: text, steps: [] });
        await em.flush();
        return created;
      }
      expectVersion(existing, version);
      existing.sections = { ...existing.sections, ...text };
      await em.flush();
      return existing;
    });
  }

  /** Submit (every section written), approve (the GM, not their own; figures frozen) or return with a reason. */
  async step(ctx: Ctx, report: InspectionReport, version: number, action: InspectionReportAction, reason: string | null): Promise<InspectionReport> {
    expectVersion(report, version);
    const result = transitionInspectionReport({
      from: report.state,
      action,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, report.projectId),
      now: ctx.now,
      sections: report.sections,
      submittedBy: report.submittedById ?? null,
      reason,
    });
    if (!result.ok) throw domainError(result);
    const from = report.state;
    if (action === 'submit') Object.assign(report, { submittedById: ctx.user!.id, submittedAt: ctx.now, returnReason: null });
    if (action === 'approve') Object.assign(report, { approvedById: ctx.user!.id, approvedAt: ctx.now, approvedFigures: await this.figures(ctx, report.projectId, report.month) });
    if (action === 'return') report.returnReason = reason!.trim();
    report.state = result.to;
    report.steps = [...report.steps, { at: ctx.now.toISOString(), action, fromState: from, toState: result.to, actorName: ctx.user!.name, note: reason?.trim() || null }];
    await ctx.em.flush();
    return report;
  }
}
