import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  COMMENDATION_KINDS,
  kpiActorFrom,
  kpiReadScope,
  kpiScopeCovers,
  monthlyScores,
  proposePenalties,
  recordManualPenalty,
  scoreAverages,
  shanghaiMonthKey,
  transitionPenalty,
  type CommendationKind,
  type Department,
  type DelayCause,
  type EvidenceType,
  type KpiEvent,
  type KpiReadScope,
  type PenaltyAction,
  type PenaltyRule,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, idOrNone, isUuid, projectCondition } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import { domainError, invalid, notFound } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { kpiConfig, kpiConfigFor } from '../settings/kpi-settings.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { departmentIn } from '../staff/staff.service.js';
import { Commendation, PenaltyEntry } from './penalty-entry.entity.js';

export interface EntriesFilter {
  projectId?: string;
  userId?: string;
  states?: string[];
  month?: string;
  skip: number;
  take: number;
}

/** The entries a read scope covers, as a where-clause; `null` when it covers nothing. */
function scopeCondition(scope: KpiReadScope): FilterQuery<PenaltyEntry> | null {
  if (scope.all) return {};
  const parts: FilterQuery<PenaltyEntry>[] = [];
  if (scope.projects.length) parts.push({ projectId: { $in: [...scope.projects] } });
  for (const d of scope.departments) parts.push({ projectId: d.projectId, department: { $in: [...d.departments] } });
  return parts.length ? { $or: parts } : null;
}

/** Penalty points and commendations (README §7): proposed from events, judged by people, scored monthly. */
export class KpiService {
  /**
   * Stores what an event proposes (a worker belongs to no department of their own: the entry takes
   * the department of the work — the order's supervisor's, the complaint's responsible one), inside
   * the caller's transaction, with the points the company has set. The unique (company, event key)
   * drops a proposal already made, so a replayed event or a retried job proposes once.
   * `departmentHint` may be a function: it is asked only when the event proposes something (a
   * sign-off rated 5 proposes nothing, and needs no read of the supervisor).
   */
  async propose(
    em: EntityManager,
    companyId: string,
    projectId: string,
    event: KpiEvent,
    now: Date,
    departmentHint: Department | null | (() => Promise<Department | null>) = null,
  ): Promise<number> {
    const { kpi } = await kpiConfigFor(em, companyId);
    const proposals = proposePenalties(event, kpi);
    const department = typeof departmentHint !== 'function' ? departmentHint : proposals.length ? await departmentHint() : null;
    let stored = 0;
    for (const p of proposals) {
      const user = isUuid(p.userId) ? await em.findOne(StaffUser, { id: p.userId }, { filters: false }) : null;
      if (!user || user.companyId !== companyId) continue;
      const step = { at: now.toISOString(), action: 'propose', fromState: null, toState: 'proposed', actorName: '系统', note: null };
      const result = await em.execute(
        `insert into penalty_entry (id, company_id, project_id, user_id, department, rule, points, state, month, occurred_at, evidence_type, evidence_id,
                                    dedupe_key, message_key, params, needs_delay_judgement, steps, created_at, updated_at, version)
         values (?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, 1)
         on conflict (company_id, dedupe_key) do nothing`,
        [newId(), companyId, projectId, p.userId, departmentIn(user.roles, projectId) ?? department, p.rule, p.points, p.month, p.occurredAt, p.evidence.type, p.evidence.id,
          p.dedupeKey, p.messageKey, JSON.stringify(p.params), p.needsDelayJudgement, JSON.stringify([step]), now, now],
        'run',
      );
      stored += (result as { affectedRows?: number }).affectedRows ?? 0;
    }
    return stored;
  }

  /** One entry the caller may see: their own, or one their read scope covers. */
  async find(ctx: Ctx, id: string): Promise<PenaltyEntry> {
    const e = await findOr404(ctx.em, PenaltyEntry, id);
    if (e.userId !== ctx.user?.id && !kpiScopeCovers(kpiReadScope(ctx.user?.roles ?? []), e.projectId, e.department ?? null)) throw notFound('PenaltyEntry');
    return e;
  }

  /** Others' entries, within the caller's read scope (a supervisor: their departments only). */
  list(ctx: Ctx, f: EntriesFilter, projects: string[] | null): Promise<Page<PenaltyEntry>> {
    const scope = scopeCondition(kpiReadScope(ctx.user?.roles ?? []));
    if (scope === null) return Promise.resolve({ items: [], totalCount: 0 });
    return this.page(ctx, f, projects, scope);
  }

  /** The caller's own entries, in every project. */
  own(ctx: Ctx, f: EntriesFilter): Promise<Page<PenaltyEntry>> {
    return this.page(ctx, { ...f, userId: ctx.user!.id }, null, {});
  }

  private page(ctx: Ctx, f: EntriesFilter, projects: string[] | null, scope: FilterQuery<PenaltyEntry>): Promise<Page<PenaltyEntry>> {
    const where: Record<string, unknown> = {};
    const project = projectCondition(projects, f.projectId);
    if (project) where.projectId = project;
    if (f.userId) where.userId = idOrNone(f.userId);
    if (f.states?.length) where.state = { $in: f.states };
    if (f.month) where.month = f.month;
    return findPage(ctx.em, PenaltyEntry, { $and: [scope, where] } as FilterQuery<PenaltyEntry>, { occurredAt: 'desc' }, f);
  }

  /** Confirm, dismiss, appeal, uphold, overturn: who may do which is the domain's rule. */
  async step(ctx: Ctx, e: PenaltyEntry, input: { version: number; action: PenaltyAction; reason?: string | null; delayCause?: DelayCause | null }): Promise<PenaltyEntry> {
    expectVersion(e, input.version);
    const { kpi } = await kpiConfig(ctx);
    const result = transitionPenalty({
      entry: { state: e.state, rule: e.rule, userId: e.userId, department: e.department ?? null, confirmedAt: e.confirmedAt ?? null, confirmedBy: e.confirmedById ?? null },
      action: input.action,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, e.projectId),
      now: ctx.now,
      reason: input.reason,
      delayCause: input.delayCause,
      settings: kpi,
    });
    if (!result.ok) throw domainError(result);
    const from = e.state;
    e.state = result.to;
    if (input.action === 'confirm') Object.assign(e, { confirmedAt: ctx.now, confirmedById: ctx.user!.id, appealClosesAt: result.appealDeadline!.closesAt });
    e.steps = [...e.steps, { at: ctx.now.toISOString(), action: input.action, fromState: from, toState: e.state, actorName: ctx.user!.name, note: input.reason ?? input.delayCause ?? null }];
    await ctx.em.flush();
    return e;
  }

  /** A member of staff of the project, or a typed error on `field`. */
  private async staffOf(ctx: Ctx, projectId: string, userId: string, field = 'userId'): Promise<StaffUser> {
    const person = isUuid(userId) ? await ctx.em.findOne(StaffUser, { id: userId }) : null;
    if (!person || !person.roles.some((r) => r.projectId === projectId)) throw invalid(field, 'kpi.userNotInProject');
    return person;
  }

  /** An entry by hand: an inspector's or a manager's observation, starting as proposed like any other. */
  async recordManual(
    ctx: Ctx,
    projectId: string,
    input: { userId: string; rule: PenaltyRule; occurredAt: Date; note: string; evidenceType?: EvidenceType | null; evidenceId?: string | null; department?: Department | null },
  ): Promise<PenaltyEntry> {
    const person = await this.staffOf(ctx, projectId, input.userId);
    // A worker belongs to no department: the entry takes the department of the work, as given or the recording supervisor's.
    const led = kpiActorFrom(ctx.user!.id, ctx.user!.roles, projectId).supervises;
    const department = departmentIn(person.roles, projectId) ?? input.department ?? (led.length === 1 ? led[0]! : null);
    const { kpi } = await kpiConfig(ctx);
    const result = recordManualPenalty({
      rule: input.rule,
      userId: person.id,
      department,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, projectId),
      now: ctx.now,
      occurredAt: input.occurredAt,
      note: input.note,
      evidence: input.evidenceType && input.evidenceId ? { type: input.evidenceType, id: input.evidenceId } : null,
      settings: kpi,
    });
    if (!result.ok) throw domainError(result);
    const entry = ctx.em.create(PenaltyEntry, {
      companyId: person.companyId,
      projectId,
      userId: person.id,
      department,
      rule: result.rule,
      points: result.points,
      state: 'proposed',
      month: result.month,
      occurredAt: input.occurredAt,
      evidenceType: result.evidence?.type ?? null,
      evidenceId: result.evidence?.id ?? null,
      dedupeKey: `manual:${newId()}`,
      note: input.note.trim(),
      needsDelayJudgement: result.needsDelayJudgement,
      steps: [{ at: ctx.now.toISOString(), action: 'record', fromState: null, toState: 'proposed', actorName: ctx.user!.name, note: input.note.trim() }],
    });
    await ctx.em.flush();
    return entry;
  }

  async commend(ctx: Ctx, projectId: string, input: { userId: string; kind: CommendationKind; occurredAt: Date; note: string }): Promise<Commendation> {
    const person = await this.staffOf(ctx, projectId, input.userId);
    if (person.id === ctx.user!.id) throw invalid('userId', 'kpi.penalty.ownEntry');
    if (!(COMMENDATION_KINDS as readonly string[]).includes(input.kind)) throw invalid('kind', 'validation.invalid');
    if (input.occurredAt.getTime() > ctx.now.getTime()) throw invalid('occurredAt', 'kpi.penalty.occurredInFuture');
    const { kpi } = await kpiConfig(ctx);
    const c = ctx.em.create(Commendation, {
      companyId: person.companyId,
      projectId,
      userId: person.id,
      kind: input.kind,
      points: kpi.commendationPoints[input.kind],
      month: shanghaiMonthKey(input.occurredAt),
      note: input.note.trim(),
      recordedById: ctx.user!.id,
    });
    await ctx.em.flush();
    return c;
  }

  /**
   * Everyone with a role in the project scores the base less counted points plus commendations;
   * averages per department and project. `departments` narrows the roster (a supervisor's view).
   */
  async scores(ctx: Ctx, projectId: string, month: string, departments: readonly Department[] | null = null) {
    const staff: StaffUser[] = await ctx.em.find(StaffUser, { active: true }, { orderBy: { name: 'asc' } });
    const roster = staff
      .filter((u) => u.roles.some((r) => r.projectId === projectId))
      .map((u) => ({ userId: u.id, projectId, department: departmentIn(u.roles, projectId) }))
      .filter((m) => departments === null || (m.department !== null && departments.includes(m.department)));
    const [penalties, commendations, { kpi }] = await Promise.all([
      ctx.em.find(PenaltyEntry, { projectId: idOrNone(projectId), month }),
      ctx.em.find(Commendation, { projectId: idOrNone(projectId), month }),
      kpiConfig(ctx),
    ]);
    const scores = monthlyScores({ month, staff: roster, penalties, commendations, settings: kpi });
    return { scores, averages: scoreAverages(scores) };
  }

  /** The caller's own month: their score in each of their projects, entries and commendations. */
  async scorecard(ctx: Ctx, month: string) {
    const me = ctx.user!;
    const projectIds = [...new Set(me.roles.flatMap((r) => (r.projectId ? [r.projectId] : [])))];
    const [penalties, commendations, { kpi }] = await Promise.all([
      ctx.em.find(PenaltyEntry, { userId: me.id, month }, { orderBy: { occurredAt: 'desc', id: 'asc' }, filters: { projectScope: false } }),
      ctx.em.find(Commendation, { userId: me.id, month }, { orderBy: { createdAt: 'desc', id: 'asc' }, filters: { projectScope: false } }),
      kpiConfig(ctx),
    ]);
    const roster = projectIds.map((projectId) => ({ userId: me.id, projectId, department: departmentIn(me.roles, projectId) }));
    const scores = roster.map((member) => monthlyScores({ month, staff: [member], penalties: penalties.filter((p) => p.projectId === member.projectId), commendations: commendations.filter((c) => c.projectId === member.projectId), settings: kpi })[0]!);
    return { month, scores, entries: penalties, commendations };
  }
}
