import type { FilterQuery } from '@mikro-orm/postgresql';
import {
  chinaWorkingCalendar,
  complaintActorFrom,
  complaintClocks,
  shanghaiDate,
  transitionComplaint,
  validateComplaintClassification,
  type ComplaintAction,
  type ComplaintCategory,
  type ComplaintClock,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { AppError, invalid, domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import type { Project } from '../projects/project.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { nextNumber } from '../sequences/next-number.js';
import { Complaint } from './complaint.entity.js';
import type { ComplaintsArgs, ComplaintStepInput, RegisterComplaintInput } from './complaints.types.js';


/** The official 2025–2026 holidays and 调休; per-company calendars come with the complaints issue's settings. */
const CALENDAR = chinaWorkingCalendar();

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
    return findPage(ctx.em, Complaint, where, { createdAt: 'desc' }, args);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, Complaint, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, Complaint, id);

  clocks(ctx: Ctx, c: Complaint): ComplaintClock[] {
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
      calendar: CALENDAR,
      now: ctx.now,
    });
  }

  private step(ctx: Ctx, c: Complaint, action: string, from: string | null, note: string | null) {
    c.steps = [...c.steps, { at: ctx.now.toISOString(), action, fromState: from, toState: c.state, actorName: ctx.user?.name ?? `API:${ctx.apiKey?.name ?? ''}`, note }];
  }

  async register(ctx: Ctx, project: Project, input: RegisterComplaintInput): Promise<Complaint> {
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
        ...classification,
      });
      this.step(ctx, complaint, 'register', null, null);
      await em.flush();
      return complaint;
    });
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
