import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  complaintActorFrom,
  followUpComplaintDecision,
  type ComplaintCategory,
  type ComplaintSeverity,
  type Department,
  type FollowUpRating,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import { AppError, forbidden, invalid } from '../../graphql/errors.js';
import { Unit } from '../projects/unit.entity.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { KpiService } from '../kpi/kpi.service.js';
import { settingsOf } from '../settings/settings.service.js';
import { planFollowUpVisit } from './follow-up-planner.js';
import type { PlanFollowUpInput } from './follow-ups.types.js';
import type { Page } from '../../graphql/pagination.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { ComplaintsService } from '../complaints/complaints.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Project } from '../projects/project.entity.js';
import { staffWithRole } from '../staff/staff.service.js';
import { FollowUp } from './follow-up.entity.js';

const complaints = new ComplaintsService();
const notifications = new NotificationsService();
const kpi = new KpiService();

export interface VisitInput {
  version: number;
  visitedAt?: Date | null;
  quality: FollowUpRating;
  effect: FollowUpRating;
  satisfaction: FollowUpRating;
  shortcomings?: string | null;
  opinions?: string | null;
  residentConfirmed: boolean;
  privateChargingReported?: boolean;
}

export interface WorklistArgs {
  projectId?: string;
  /** planned (default), visited, not_sampled */
  state?: string;
  overdue?: boolean;
  skip: number;
  take: number;
}

/** Follow-up visits (README §5): planned on completion by the company's sampling rule, visited, and acted on. */
export class FollowUpsService {
  /** The worklist: due soonest first; overdue ones are past their window and still not visited. */
  worklist(ctx: Ctx, args: WorklistArgs, projects: string[] | null): Promise<Page<FollowUp>> {
    const where: FilterQuery<FollowUp> = { state: (args.state ?? 'planned') as FollowUp['state'] };
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.overdue === true) Object.assign(where, { state: 'planned', dueAt: { $lt: ctx.now } });
    if (args.overdue === false) where.dueAt = { $gte: ctx.now };
    return findPage(ctx.em, FollowUp, where, { dueAt: 'asc' }, args);
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, FollowUp, id);

  /** Activities, surveys and special incidents have no order or complaint behind them: staff plan their visits. */
  async planByHand(ctx: Ctx, project: Project, input: PlanFollowUpInput): Promise<FollowUp> {
    if (input.subject !== 'activity_survey' && input.subject !== 'special_incident') throw invalid('subject', 'validation.invalid');
    if (input.unitId) {
      const unit = await ctx.em.findOne(Unit, { id: idOrNone(input.unitId) });
      if (!unit || unit.projectId !== project.id) throw invalid('unitId', 'error.notFound', { entity: 'Unit' });
    }
    const planned = await planFollowUpVisit(ctx.em, {
      companyId: project.companyId,
      projectId: project.id,
      subject: input.subject,
      subjectKind: 'Event',
      subjectId: newId(),
      subjectLabel: input.label,
      unitId: input.unitId ?? null,
      residentId: input.residentId ?? null,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      department: null,
      completedAt: input.completedAt,
    }, await settingsOf(ctx));
    await ctx.em.flush();
    return planned!;
  }

  /**
   * Records the visit. A major complaint is visited by the project manager (README §5). An
   * unsatisfactory answer opens a complaint linked to the visit, in the same transaction.
   */
  async recordVisit(ctx: Ctx, fu: FollowUp, input: VisitInput): Promise<FollowUp> {
    expectVersion(fu, input.version);
    if (fu.state !== 'planned') throw new AppError('INVALID_STATE', 'error.invalidState');
    const { roles } = complaintActorFrom(ctx.user!.id, ctx.user!.roles, fu.projectId);
    if (fu.visitor === 'project_manager' && !roles.some((r) => r === 'project_manager' || r === 'general_manager')) throw forbidden();
    return ctx.em.transactional(async (em) => {
      em.assign(fu, {
        state: 'visited',
        visitedAt: input.visitedAt ?? ctx.now,
        visitedById: ctx.user!.id,
        quality: input.quality,
        effect: input.effect,
        satisfaction: input.satisfaction,
        shortcomings: input.shortcomings ?? null,
        opinions: input.opinions ?? null,
        residentConfirmed: input.residentConfirmed,
      });
      const original = fu.subjectKind === 'Complaint' ? await em.findOne(Complaint, { id: fu.subjectId }) : null;
      const decision = followUpComplaintDecision({
        followUpId: fu.id,
        subject: fu.subject,
        ratings: { quality: input.quality, effect: input.effect, satisfaction: input.satisfaction },
        department: (fu.department ?? null) as Department | null,
        complaintCategory: (original?.category ?? null) as ComplaintCategory | null,
        complaintSeverity: original?.severity ?? null,
      });
      if (input.privateChargingReported) {
        // −20 proposed for whoever did the work (README §7); a person confirms it.
        const order = fu.subjectKind === 'ServiceOrder' ? await em.findOne(ServiceOrder, { id: fu.subjectId }) : null;
        await kpi.propose(em, fu.companyId, fu.projectId, { kind: 'private_charging_reported', source: { type: 'follow_up', id: fu.id }, accusedUserId: order?.workerId ?? null, occurredAt: input.visitedAt ?? ctx.now }, ctx.now, (fu.department ?? null) as Department | null);
      }
      if (decision.opensComplaint) {
        const project = await em.findOneOrFail(Project, { id: fu.projectId });
        const opened = await complaints.register({ ...ctx, em }, project, {
          projectId: fu.projectId,
          kind: 'complaint' as never,
          privateChargingReported: false,
          unitId: fu.unitId ?? null,
          residentId: fu.residentId ?? null,
          contactName: fu.contactName,
          contactPhone: fu.contactPhone,
          description: `回访不满意（${fu.subjectLabel}）：${[input.shortcomings, input.opinions].filter(Boolean).join('；') || '住户表示不满意'}`,
          channel: 'visit',
          category: decision.draft.category,
          valid: true,
          severity: decision.draft.severity as never,
          responsibleDepartment: (decision.draft.responsibleDepartment ?? 'customer_service') as never,
        }, { sourceFollowUpId: fu.id, relatedOrderId: fu.subjectKind === 'ServiceOrder' ? fu.subjectId : original?.relatedOrderId ?? null });
        fu.openedComplaintId = opened.id;
        const managers = await staffWithRole(em, fu.companyId, { role: 'project_manager', projectId: fu.projectId });
        await notifications.send(
          em,
          managers.map((recipientId) => ({
            companyId: fu.companyId,
            projectId: fu.projectId,
            recipientId,
            kind: 'follow_up_unsatisfactory' as const,
            subjectType: 'Complaint' as const,
            subjectId: opened.id,
            subjectLabel: opened.number,
            body: input.shortcomings ?? null,
            dedupeKey: `follow-up:${fu.id}:unsatisfactory`,
          })),
          ctx.now,
        );
      }
      await em.flush();
      return fu;
    });
  }
}
