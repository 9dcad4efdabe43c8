import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  checkComplaintExtension,
  complaintActorFrom,
  complaintClocks,
  shanghaiDate,
  transitionComplaint,
  validateComplaintClassification,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintClock,
  type ComplaintMilestone,
  type NotificationKind,
  type RepeatRecord,
  type SuggestionAction,
  type SuggestionState,
  type WorkingCalendar,
  transitionSuggestion,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, like, projectCondition } from '../../db/queries.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AppError, invalid, domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import type { Project } from '../projects/project.entity.js';
import { NotificationsService, type NoticeDraft } from '../notifications/notifications.service.js';
import type { CompanySettings } from '../settings/company-settings.entity.js';
import { SettingsService, settingsOf } from '../settings/settings.service.js';
import { staffWithRole } from '../staff/staff.service.js';
import { planFollowUpVisit } from '../follow-ups/follow-up-planner.js';
import { NonconformitiesService } from '../nonconformities/nonconformities.service.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { KpiService } from '../kpi/kpi.service.js';
import { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { nextNumber } from '../sequences/next-number.js';
import { emitComplaintCreated, emitComplaintResolved } from '../webhooks/emit.js';
import { Complaint } from './complaint.entity.js';
import type { ComplaintsArgs, ComplaintStepInput, RegisterComplaintInput } from './complaints.types.js';


const settingsService = new SettingsService();
const notifications = new NotificationsService();
const nonconformities = new NonconformitiesService();
const kpi = new KpiService();

/** The milestone clocks of a complaint under its company's deadlines and its project's calendar. */
export type ComplaintClockFacts = Pick<
  Complaint,
  | 'kind' | 'category' | 'valid' | 'severity' | 'createdAt' | 'onSiteRequired' | 'onSiteAt' | 'firstFeedbackAt' | 'resolvedAt'
  | 'handedToDeveloperAt' | 'developerResponseDueAt' | 'developerRespondedAt' | 'pauses' | 'extensions'
>;

/** The milestone clocks of a complaint; a caller clocking many complaints of one project passes the calendar it built once. */
export function clocksOf(
  c: ComplaintClockFacts,
  settings: CompanySettings,
  project: Pick<Project, 'workingHours'> | null,
  now: Date,
  calendar: WorkingCalendar = settingsService.calendar(settings, project),
): ComplaintClock[] {
  return complaintClocks({
    complaint: {
      kind: c.kind,
      category: (c.category ?? null) as ComplaintCategory | null,
      valid: c.valid ?? null,
      severity: c.severity ?? null,
      registeredAt: c.createdAt,
      onSiteRequired: c.onSiteRequired ?? null,
      onSiteAt: c.onSiteAt ?? null,
      firstFeedbackAt: c.firstFeedbackAt ?? null,
      resolvedAt: c.resolvedAt ?? null,
      handedToDeveloperAt: c.handedToDeveloperAt ?? null,
      developerResponseDueAt: c.developerResponseDueAt ?? null,
      developerRespondedAt: c.developerRespondedAt ?? null,
      pauses: c.pauses.map((p) => ({ reason: p.reason, from: new Date(p.from), to: p.to ? new Date(p.to) : null })),
      extensions: c.extensions.map((e) => ({ milestone: e.milestone, agreedAt: new Date(e.agreedAt), newDueAt: new Date(e.newDueAt) })),
    },
    settings: settings.complaintSla,
    calendar,
    now,
  });
}

/** Complaints and suggestions (README §4): intake, the handling flow, milestone clocks. */
export class ComplaintsService {
  list(ctx: Ctx, args: ComplaintsArgs, projects: string[] | null): Promise<Page<Complaint>> {
    const where: FilterQuery<Complaint> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.category) where.category = args.category as 1 | 2 | 3;
    if (args.severity) where.severity = args.severity;
    if (args.department) where.responsibleDepartment = args.department;
    if (args.open) where.state = { $ne: 'closed' };
    if (args.kind) where.kind = args.kind;
    if (args.search) where.$or = [{ number: { $ilike: like(args.search) } }, { contactName: { $ilike: like(args.search) } }, { contactPhone: { $like: like(args.search) } }];
    return findPage(ctx.em, Complaint, where, { createdAt: 'desc' }, args);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, Complaint, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, Complaint, id);

  async clocks(ctx: Ctx, c: Complaint): Promise<ComplaintClock[]> {
    const [settings, project] = await Promise.all([settingsOf(ctx), ctx.loaders.project.load(c.projectId)]);
    return clocksOf(c, settings, project, ctx.now);
  }

  /**
   * A reply time agreed with the resident because a deadline cannot be met: only before it passes,
   * only later; the clock moves and the agreement is kept on the complaint.
   */
  async agreeExtension(ctx: Ctx, c: Complaint, input: { version: number; milestone: ComplaintMilestone; newDueAt: Date; note?: string | null }): Promise<Complaint> {
    expectVersion(c, input.version);
    const clock = (await this.clocks(ctx, c)).find((k) => k.milestone === input.milestone);
    if (!clock) throw invalid('milestone', 'complaint.extension.noSuchClock');
    const check = checkComplaintExtension({ clock, newDueAt: input.newDueAt, now: ctx.now });
    if (!check.ok) throw domainError({ ...check, field: check.field ?? 'newDueAt' });
    c.extensions = [...c.extensions, { milestone: input.milestone, agreedAt: ctx.now.toISOString(), newDueAt: input.newDueAt.toISOString(), note: input.note ?? null }];
    this.step(ctx, c, 'agree_extension', c.state, input.note ?? null);
    await ctx.em.flush();
    return c;
  }

  private step(ctx: Ctx, c: Complaint, action: string, from: string | null, note: string | null) {
    c.steps = [...c.steps, { at: ctx.now.toISOString(), action, fromState: from, toState: c.state, actorName: ctx.user?.name ?? `API:${ctx.apiKey?.name ?? ''}`, note }];
  }

  async register(ctx: Ctx, project: Project, input: RegisterComplaintInput, links: { sourceFollowUpId?: string | null; relatedOrderId?: string | null } = {}): Promise<Complaint> {
    const suggestion = input.kind === 'suggestion';
    const classification = {
      kind: input.kind,
      category: suggestion ? null : ((input.category ?? null) as ComplaintCategory | null),
      valid: suggestion ? null : (input.valid ?? null),
      invalidReason: input.invalidReason ?? null,
      severity: suggestion ? null : (input.severity ?? null),
      responsibleDepartment: input.responsibleDepartment ?? null,
    };
    const issue = validateComplaintClassification(classification)[0];
    if (issue) throw domainError(issue);
    if (input.unitId) {
      const unit = await findById(ctx.em, Unit, input.unitId);
      if (!unit || unit.projectId !== project.id) throw invalid('unitId', 'error.notFound', { entity: 'Unit' });
    }
    if (input.residentId) {
      const resident = await findById(ctx.em, Resident, input.residentId);
      if (!resident || resident.unitId !== input.unitId) throw invalid('residentId', 'order.residentNotInUnit');
    }
    if (input.accusedUserId) {
      const accused = await findById(ctx.em, StaffUser, input.accusedUserId);
      if (!accused || !accused.roles.some((r) => r.projectId === project.id)) throw invalid('accusedUserId', 'complaint.accusedNotInProject');
    }
    return ctx.em.transactional(async (em) => {
      const day = shanghaiDate(ctx.now).replace(/-/g, '');
      const seq = await nextNumber(em, project.companyId, `complaint:${project.id}:${day}`);
      const complaint = em.create(Complaint, {
        companyId: project.companyId,
        projectId: project.id,
        number: `${project.code}-T${day}-${String(seq).padStart(3, '0')}`,
        unitId: input.unitId ?? null,
        residentId: input.residentId ?? null,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        description: input.description,
        happenedAt: input.happenedAt ?? null,
        wants: input.wants ?? null,
        channel: input.channel,
        takenById: ctx.user?.id ?? null,
        relatedOrderId: links.relatedOrderId ?? input.relatedOrderId ?? null,
        sourceFollowUpId: links.sourceFollowUpId ?? null,
        privateChargingReported: input.privateChargingReported === true,
        accusedUserId: input.accusedUserId ?? null,
        ...classification,
      });
      this.step(ctx, complaint, 'register', null, null);
      emitComplaintCreated(em, complaint, ctx.now);
      await em.flush();
      await this.detectRepeat(em, complaint, await settingsOf(ctx));
      const relatedOrder = complaint.relatedOrderId ? await em.findOne(ServiceOrder, { id: idOrNone(complaint.relatedOrderId) }) : null;
      if (complaint.privateChargingReported) {
        // Private charging, a gift or a waived fee reported by the resident: −20 proposed (README §3.6, §7).
        await kpi.propose(em, complaint.companyId, complaint.projectId, {
          kind: 'private_charging_reported',
          source: { type: 'complaint', id: complaint.id },
          accusedUserId: complaint.accusedUserId ?? relatedOrder?.workerId ?? null,
          occurredAt: complaint.createdAt,
        }, ctx.now, complaint.responsibleDepartment ?? null);
      }
      if (complaint.relatedOrderId && complaint.kind === 'complaint') {
        // "The service caused a complaint" (README §7): −5 proposed for whoever did the work.
        const order = relatedOrder;
        await kpi.propose(em, complaint.companyId, complaint.projectId, {
          kind: 'complaint_about_service',
          complaintId: complaint.id,
          category: (complaint.category ?? 1) as ComplaintCategory,
          valid: complaint.valid === true,
          responsibleUserId: order?.workerId ?? null,
          occurredAt: complaint.createdAt,
        }, ctx.now, complaint.responsibleDepartment ?? null);
      }
      if (complaint.kind === 'complaint' && complaint.valid && complaint.severity === 'major') {
        // A major complaint reaches the project manager at once (README §4), not at 80 % of a clock.
        const managers = await staffWithRole(em, complaint.companyId, { role: 'project_manager', projectId: complaint.projectId });
        await notifications.send(em, managers.map((recipientId) => complaintNotice(complaint, recipientId, 'complaint_major', 'major')), ctx.now);
      }
      return complaint;
    });
  }

  /** The same matter from the same unit again within the window raises a nonconformity (README §4). */
  private async detectRepeat(em: EntityManager, c: Complaint, settings: CompanySettings): Promise<void> {
    if (c.kind !== 'complaint' || !c.unitId || c.valid === false) return;
    const since = new Date(c.createdAt.getTime() - settings.repeat.complaintWindowDays * 86_400_000);
    const history = await em.find(Complaint, { unitId: c.unitId, kind: 'complaint', createdAt: { $gte: since } }, { orderBy: { createdAt: 'asc' } });
    const orderIds = history.flatMap((h) => (h.relatedOrderId ? [h.relatedOrderId] : []));
    const items = new Map((orderIds.length ? await em.find(ServiceOrder, { id: { $in: orderIds } }, { fields: ['id', 'catalogItemId'] }) : []).map((o) => [o.id, o.catalogItemId ?? null]));
    const record = (h: Complaint): RepeatRecord => ({
      id: h.id,
      kind: 'complaint',
      unitId: h.unitId!,
      occurredAt: h.createdAt,
      category: (h.category ?? null) as ComplaintCategory | null,
      department: h.responsibleDepartment ?? null,
      catalogItemId: h.relatedOrderId ? (items.get(h.relatedOrderId) ?? null) : null,
      valid: h.valid ?? null,
    });
    await nonconformities.raiseRepeats(
      em,
      { companyId: c.companyId, projectId: c.projectId, record: record(c), labels: new Map(history.map((h) => [h.id, { kind: 'Complaint' as const, label: h.number }])) },
      history.map(record),
      settings.repeat,
      c.createdAt,
    );
  }

  /** A suggestion is adopted or not, with the reason; then the resident is told. */
  async decideSuggestion(ctx: Ctx, c: Complaint, input: { version: number; action: SuggestionAction; reason?: string | null }): Promise<Complaint> {
    expectVersion(c, input.version);
    if (c.kind !== 'suggestion') throw new AppError('INVALID_STATE', 'error.invalidState');
    const result = transitionSuggestion({
      from: c.state as SuggestionState,
      action: input.action,
      actor: complaintActorFrom(ctx.user!.id, ctx.user!.roles, c.projectId),
      responsibleDepartment: c.responsibleDepartment ?? 'customer_service',
      reason: input.reason,
      now: ctx.now,
    });
    if (!result.ok) throw domainError(result);
    const from = c.state;
    c.state = result.to as never;
    if (input.action === 'tell_resident') {
      c.residentToldAt = ctx.now;
      c.closedAt = ctx.now;
    } else {
      c.decisionReason = input.reason!.trim();
    }
    this.step(ctx, c, input.action, from, input.reason ?? null);
    await ctx.em.flush();
    return c;
  }

  /** One step of the handling flow through the domain's transition table. */
  async transition(ctx: Ctx, c: Complaint, input: ComplaintStepInput): Promise<Complaint> {
    expectVersion(c, input.version);
    if (c.kind !== 'complaint' || c.category == null || c.responsibleDepartment == null) throw new AppError('INVALID_STATE', 'error.invalidState');
    const result = transitionComplaint({
      from: c.state,
      action: input.action as ComplaintAction,
      actor: complaintActorFrom(ctx.user!.id, ctx.user!.roles, c.projectId),
      now: ctx.now,
      complaint: {
        category: c.category as ComplaintCategory,
        responsibleDepartment: c.responsibleDepartment,
        registeredAt: c.createdAt,
        engineeringSignedBy: c.engineeringSignedBy ?? null,
        resolutionRecordedBy: c.resolutionRecordedBy ?? null,
      },
      reason: input.reason,
      findings: input.findings,
      developerResponseDueAt: input.developerResponseDueAt,
      developerResponse: input.developerResponse,
      cause: input.cause,
      handling: input.handling,
      completedAt: input.completedAt,
    });
    if (!result.ok) throw domainError(result);
    const from = c.state;
    c.state = result.to;
    switch (input.action) {
      case 'verify_on_site':
        c.findings = input.findings ?? null;
        c.onSiteAt ??= ctx.now;
        break;
      case 'sign_engineering':
        c.engineeringSignedBy = ctx.user!.id;
        break;
      case 'hand_to_developer':
        c.handedToDeveloperAt = ctx.now;
        c.developerResponseDueAt = input.developerResponseDueAt ?? null;
        break;
      case 'record_developer_response':
        c.developerRespondedAt = ctx.now;
        c.developerResponse = input.developerResponse ?? null;
        break;
      case 'record_resolution':
        Object.assign(c, { cause: input.cause, handling: input.handling, resolvedAt: input.completedAt ?? ctx.now, resolutionRecordedBy: ctx.user!.id });
        emitComplaintResolved(ctx.em, c, ctx.now);
        // Every resolved complaint is visited (100 %, within 3 days; README §5).
        await planFollowUpVisit(ctx.em, {
          companyId: c.companyId,
          projectId: c.projectId,
          subject: 'complaint',
          subjectKind: 'Complaint',
          subjectId: c.id,
          subjectLabel: c.number,
          unitId: c.unitId ?? null,
          residentId: c.residentId ?? null,
          contactName: c.contactName,
          contactPhone: c.contactPhone,
          department: c.responsibleDepartment ?? null,
          completedAt: c.resolvedAt!,
          severity: c.severity ?? null,
        }, await settingsOf(ctx));
        break;
      case 'close':
      case 'close_invalid':
        c.closedAt = ctx.now;
        if (input.action === 'close_invalid') Object.assign(c, { valid: false, invalidReason: input.reason ?? null });
        break;
    }
    this.step(ctx, c, input.action, from, input.reason ?? input.findings ?? input.handling ?? null);
    await ctx.em.flush();
    return c;
  }

  async milestone(ctx: Ctx, c: Complaint, version: number, which: 'onSiteAt' | 'firstFeedbackAt', at: Date | undefined): Promise<Complaint> {
    expectVersion(c, version);
    if (c[which]) throw new AppError('INVALID_STATE', 'error.invalidState');
    c[which] = at ?? ctx.now;
    this.step(ctx, c, which === 'onSiteAt' ? 'on_site' : 'first_feedback', c.state, null);
    await ctx.em.flush();
    return c;
  }

  /** The clocks stop while the complaint waits on the resident or an outside party; the pause stays visible. */
  async pause(ctx: Ctx, c: Complaint, version: number, reason: string | null | undefined, note: string | null | undefined): Promise<Complaint> {
    expectVersion(c, version);
    const open = c.pauses.find((p) => p.to === null);
    if (reason && open) throw new AppError('INVALID_STATE', 'error.invalidState');
    if (!reason && !open) throw new AppError('INVALID_STATE', 'error.invalidState');
    c.pauses = reason
      ? [...c.pauses, { reason: reason as never, from: ctx.now.toISOString(), to: null, note: note ?? null }]
      : c.pauses.map((p) => (p.to === null ? { ...p, to: ctx.now.toISOString() } : p));
    this.step(ctx, c, reason ? 'pause' : 'resume', c.state, note ?? reason ?? null);
    await ctx.em.flush();
    return c;
  }
}

/** One inbox line about a complaint; the dedupe key makes each event (major, a clock's 80 % or breach) arrive once. */
export function complaintNotice(c: Complaint, recipientId: string, kind: NotificationKind, event: string, params: Record<string, string> = {}): NoticeDraft {
  return {
    companyId: c.companyId,
    projectId: c.projectId,
    recipientId,
    kind,
    subjectType: 'Complaint',
    subjectId: c.id,
    subjectLabel: c.number,
    params,
    body: c.description.slice(0, 200),
    dedupeKey: `complaint:${c.id}:${event}`,
  };
}
