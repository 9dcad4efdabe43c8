import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  addLocalDays,
  correctiveActionTimeliness,
  inspectionPeriodKey,
  INSPECTION_AREAS,
  kpiActorFrom,
  mayInspect,
  missedInspectionPeriods,
  monthRange,
  postCoverage,
  shanghaiDate,
  transitionFinding,
  validateFindings,
  type Department,
  type FindingAction,
  type FindingResult,
  type FindingState,
  type InspectionLevel,
  type NonconformityClass,
  type PlannedInspectionLevel,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, isUuid, projectCondition } from '../../db/queries.js';
import { AppError, domainError, invalid } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import type { Project } from '../projects/project.entity.js';
import { SettingsService, settingsOf } from '../settings/settings.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { ChecklistItem } from './checklist-item.entity.js';
import { InspectionSetupService } from './inspection-setup.service.js';
import { InspectionPost } from './inspection-post.entity.js';
import { Inspection, InspectionFinding } from './inspection.entity.js';
import { Subcontractor } from './subcontractor.entity.js';
import type { FindingsArgs, FindingStepInput, InspectionsArgs, RecordInspectionInput } from './inspections.types.js';

const setup = new InspectionSetupService();
const settingsService = new SettingsService();

/** How far back the plan looks for missed weeks, months and half years. */
const PLAN_LOOKBACK_DAYS = 365;

/** Three-level inspections (README §7): records with a finding per checklist item, corrective actions, the plan. */
export class InspectionsService {
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, Inspection, id);
  findFinding = (ctx: Ctx, id: string) => findOr404(ctx.em, InspectionFinding, id);

  list(ctx: Ctx, args: InspectionsArgs, projects: string[] | null): Promise<Page<Inspection>> {
    const where: FilterQuery<Inspection> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.level) where.level = args.level as InspectionLevel;
    if (args.area) where.area = args.area as Department;
    if (args.month) {
      const { start, end } = monthRange(args.month);
      where.inspectedAt = { $gte: start, $lt: end };
    }
    return findPage(ctx.em, Inspection, where, { inspectedAt: 'desc' }, args);
  }

  findingsOf(ctx: Ctx, inspectionId: string): Promise<InspectionFinding[]> {
    return ctx.em.find(InspectionFinding, { inspectionId }, { orderBy: { result: 'desc', category: 'asc', itemTitle: 'asc' } });
  }

  /**
   * The corrective-action tracker: nonconformities only, open ones first by deadline. `mine`: what
   * the caller must act on (acknowledge as the one responsible, complete as the action's owner).
   */
  findings(ctx: Ctx, args: FindingsArgs, projects: string[] | null): Promise<Page<InspectionFinding>> {
    const where: Record<string, unknown> = { result: 'nonconformity' };
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.states?.length) where.state = { $in: args.states };
    if (args.subcontractorId) where.subcontractorId = idOrNone(args.subcontractorId);
    const and: FilterQuery<InspectionFinding>[] = [where as FilterQuery<InspectionFinding>];
    if (args.overdue) and.push({ state: { $in: ['acknowledged', 'correcting'] }, actionCompletedAt: null, actionDeadline: { $lt: shanghaiDate(ctx.now) } });
    if (args.mine) {
      const me = ctx.user?.id ?? idOrNone('');
      and.push({ $or: [{ state: 'open', responsibleUserId: me }, { state: 'correcting', actionOwnerId: me }] });
    }
    return findPage(ctx.em, InspectionFinding, { $and: and } as FilterQuery<InspectionFinding>, { state: 'asc', actionDeadline: 'asc', inspectedAt: 'desc' }, args);
  }

  /**
   * An inspection with one finding per checklist item checked. Who may inspect which level and
   * area is the domain's rule; findings are validated as a whole and stored with the record in
   * one transaction, or not at all.
   */
  async record(ctx: Ctx, project: Project, input: RecordInspectionInput): Promise<Inspection> {
    const level = input.level as InspectionLevel;
    const area = input.area as Department;
    if (!INSPECTION_AREAS.includes(area)) throw invalid('area', 'validation.invalid');
    if (!mayInspect(kpiActorFrom(ctx.user!.id, ctx.user!.roles, project.id), level, area)) throw new AppError('FORBIDDEN', 'inspection.forbiddenLevel', {}, 'level');
    const at = input.inspectedAt ?? ctx.now;
    if (at.getTime() > ctx.now.getTime()) throw invalid('inspectedAt', 'inspection.inFuture');
    const issue = validateFindings(
      input.findings.map((f) => ({ ...f, result: f.result as FindingResult, nonconformityClass: (f.nonconformityClass ?? null) as NonconformityClass | null })),
    )[0];
    if (issue) throw domainError(issue);
    if (input.postId) {
      const post = await findById(ctx.em, InspectionPost, input.postId);
      if (!post || post.projectId !== project.id || post.area !== area || !post.active) throw invalid('postId', 'inspection.postNotInArea');
    }
    await ctx.em.transactional((em) => setup.ensureChecklist(em, project.companyId));
    const itemIds = input.findings.map((f) => f.checklistItemId);
    const items = new Map((await ctx.em.find(ChecklistItem, { id: { $in: itemIds.filter(isUuid) } })).map((i) => [i.id, i]));
    const seen = new Set<string>();
    const staff = new Map<string, boolean>();
    const inProject = async (id: string) => {
      if (!staff.has(id)) {
        const u = await findById(ctx.em, StaffUser, id);
        staff.set(id, !!u && u.active && u.roles.some((r) => r.projectId === project.id));
      }
      return staff.get(id)!;
    };
    for (const [i, f] of input.findings.entries()) {
      const item = items.get(f.checklistItemId);
      if (!item || item.area !== area || !item.active) throw invalid(`findings.${i}.checklistItemId`, 'inspection.itemNotInArea', { item: item?.title ?? f.checklistItemId });
      if (seen.has(item.id)) throw invalid(`findings.${i}.checklistItemId`, 'inspection.itemTwice');
      seen.add(item.id);
      if (f.result !== 'nonconformity') continue;
      if (f.responsibleUserId && !(await inProject(f.responsibleUserId))) throw invalid(`findings.${i}.responsibleUserId`, 'kpi.userNotInProject');
      if (f.subcontractorId) {
        const sub = await findById(ctx.em, Subcontractor, f.subcontractorId);
        if (!sub || !sub.active || !sub.areas.includes(area)) throw invalid(`findings.${i}.subcontractorId`, 'inspection.subcontractorUnknown');
      }
    }
    return ctx.em.transactional(async (em) => {
      const nonconformities = input.findings.filter((f) => f.result === 'nonconformity').length;
      const inspection = em.create(Inspection, {
        companyId: project.companyId,
        projectId: project.id,
        level,
        area,
        postId: input.postId ?? null,
        inspectorId: ctx.user!.id,
        inspectedAt: at,
        period: inspectionPeriodKey(level, at),
        note: input.note?.trim() || null,
        nonconformities,
      });
      for (const f of input.findings) {
        const item = items.get(f.checklistItemId)!;
        const bad = f.result === 'nonconformity';
        em.create(InspectionFinding, {
          companyId: project.companyId,
          projectId: project.id,
          inspectionId: inspection.id,
          checklistItemId: item.id,
          area,
          category: item.category,
          itemTitle: item.title,
          result: f.result as FindingResult,
          nonconformityClass: bad ? (f.nonconformityClass as NonconformityClass) : null,
          description: bad ? f.description!.trim() : (f.description?.trim() || null),
          photoRef: f.photoRef?.trim() || null,
          responsibleUserId: bad ? (f.responsibleUserId ?? null) : null,
          subcontractorId: bad ? (f.subcontractorId ?? null) : null,
          inspectorId: ctx.user!.id,
          inspectedAt: at,
          state: bad ? 'open' : null,
          steps: bad ? [{ at: ctx.now.toISOString(), action: 'record', fromState: null, toState: 'open', actorName: ctx.user!.name, note: null }] : [],
        });
      }
      await em.flush();
      return inspection;
    });
  }

  /** Acknowledge, plan the corrective action, report it done, verify or send it back: the domain decides who may. */
  async step(ctx: Ctx, f: InspectionFinding, input: FindingStepInput): Promise<InspectionFinding> {
    expectVersion(f, input.version);
    if (f.result !== 'nonconformity' || !f.state) throw new AppError('INVALID_STATE', 'kpi.finding.invalidTransition', { from: 'pass', action: input.action });
    const action = input.action as FindingAction;
    const result = transitionFinding({
      finding: {
        state: f.state,
        area: f.area,
        inspectorId: f.inspectorId,
        responsibleUserId: f.responsibleUserId ?? null,
        subcontractorId: f.subcontractorId ?? null,
        actionOwnerId: f.actionOwnerId ?? null,
      },
      action,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, f.projectId),
      now: ctx.now,
      correctiveAction: input.correctiveAction,
      ownerId: input.ownerId,
      deadline: input.deadline,
      note: input.note,
      reason: input.reason,
    });
    if (!result.ok) throw domainError(result);
    if (action === 'plan_action') {
      const owner = await findById(ctx.em, StaffUser, input.ownerId!);
      if (!owner || !owner.active || !owner.roles.some((r) => r.projectId === f.projectId)) throw invalid('ownerId', 'kpi.userNotInProject');
    }
    const from = f.state;
    const changes: Partial<InspectionFinding> = { state: result.to as FindingState };
    switch (action) {
      case 'acknowledge':
        Object.assign(changes, { acknowledgedAt: ctx.now, acknowledgedById: ctx.user!.id });
        break;
      case 'plan_action':
        Object.assign(changes, { correctiveAction: input.correctiveAction!.trim(), actionOwnerId: input.ownerId, actionDeadline: input.deadline, actionCompletedAt: null });
        break;
      case 'complete_action':
        Object.assign(changes, { actionCompletedAt: ctx.now, completionNote: input.note!.trim() });
        break;
      case 'verify':
        Object.assign(changes, { verifiedAt: ctx.now, verifiedById: ctx.user!.id });
        break;
      case 'fail_verification':
        // Not corrected after all: the action is open again, so its timeliness is judged afresh.
        Object.assign(changes, { actionCompletedAt: null });
        break;
    }
    const note = input.reason ?? input.note ?? input.correctiveAction ?? null;
    ctx.em.assign(f, { ...changes, steps: [...f.steps, { at: ctx.now.toISOString(), action, fromState: from, toState: result.to, actorName: ctx.user!.name, note: note?.trim() || null }] });
    await ctx.em.flush();
    return f;
  }

  timeliness(f: InspectionFinding, now: Date) {
    if (!f.actionDeadline) return null;
    return correctiveActionTimeliness({ deadline: f.actionDeadline, completedAt: f.actionCompletedAt ?? null, now });
  }

  /**
   * The plan as of now: every active post's daily coverage (within 3 working days of the project's
   * calendar), and the weeks (per department), months and half years of the last year that passed
   * without their inspection.
   */
  async plan(ctx: Ctx, project: Project) {
    const today = shanghaiDate(ctx.now);
    const from = [shanghaiDate(project.createdAt), addLocalDays(today, -PLAN_LOOKBACK_DAYS)].sort().at(-1)!;
    const since = monthRange(from.slice(0, 7)).start;
    const [posts, inspections, settings] = await Promise.all([
      ctx.em.find(InspectionPost, { projectId: project.id, active: true }, { orderBy: { area: 'asc', name: 'asc' } }),
      ctx.em.find(Inspection, { projectId: project.id, inspectedAt: { $gte: since, $lte: ctx.now } }, { fields: ['level', 'area', 'postId', 'inspectedAt'] }),
      settingsOf(ctx),
    ]);
    const coverage = postCoverage({
      posts: posts.map((p) => ({ postId: p.id, area: p.area, since: p.since })),
      visits: inspections.flatMap((i) => (i.postId ? [{ postId: i.postId, at: i.inspectedAt }] : [])),
      asOf: ctx.now,
      calendar: settingsService.calendar(settings, project),
    });
    const names = new Map(posts.map((p) => [p.id, p.name]));
    const missed = (level: PlannedInspectionLevel, area: Department | null) =>
      missedInspectionPeriods({
        level,
        inspectedAt: inspections.filter((i) => i.level === level && (area === null || i.area === area)).map((i) => i.inspectedAt),
        from,
        to: today,
      }).map((p) => ({ level, area, ...p }));
    return {
      projectId: project.id,
      asOf: ctx.now,
      posts: coverage.map((c) => ({ ...c, postName: names.get(c.postId) ?? '' })),
      missed: [...INSPECTION_AREAS.flatMap((area) => missed('weekly', area)), ...missed('monthly', null), ...missed('half_yearly_audit', null)],
    };
  }

  /** Each subcontractor's nonconformities found in the period, with their corrective actions' state. */
  async subcontractorEvaluation(ctx: Ctx, projects: string[] | null, from: Date, to: Date) {
    const where: FilterQuery<InspectionFinding> = { result: 'nonconformity', subcontractorId: { $ne: null }, inspectedAt: { $gte: from, $lt: to } };
    if (projects) where.projectId = { $in: projects };
    const [findings, subs] = await Promise.all([ctx.em.find(InspectionFinding, where), ctx.em.find(Subcontractor, {})]);
    return subs
      .map((s) => {
        const mine = findings.filter((f) => f.subcontractorId === s.id);
        const count = (c: NonconformityClass) => mine.filter((f) => f.nonconformityClass === c).length;
        return {
          subcontractorId: s.id,
          name: s.name,
          nonconformities: mine.length,
          serious: count('serious'),
          general: count('general'),
          minor: count('minor'),
          open: mine.filter((f) => f.state !== 'verified').length,
          overdue: mine.filter((f) => this.timeliness(f, ctx.now) === 'overdue').length,
          active: s.active,
        };
      })
      .filter((e) => e.nonconformities > 0 || e.active)
      .sort((a, b) => b.nonconformities - a.nonconformities || a.name.localeCompare(b.name, 'zh'));
  }
}
