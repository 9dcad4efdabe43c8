import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  COMMENDATION_KINDS,
  DEFAULT_KPI_SETTINGS,
  kpiActorFrom,
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
  type PenaltyAction,
  type PenaltyRule,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, idOrNone, isUuid, projectCondition } from '../../db/queries.js';
import { newId } from '../../db/ids.js';
import { domainError, invalid } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
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

/** Penalty points and commendations (README §7): proposed from events, judged by people, scored monthly. */
export class KpiService {
  /**
   * Stores what an event proposes (a worker belongs to no department of their own: the entry takes
   * the department of the work — the order's supervisor's, the complaint's responsible one), inside the caller's transaction. The unique (company, event
   * key) drops a proposal already made, so a replayed event or a retried job proposes once.
   */
  async propose(em: EntityManager, companyId: string, projectId: string, event: KpiEvent, now: Date, departmentHint: Department | null = null): Promise<number> {
    const proposals = proposePenalties(event, DEFAULT_KPI_SETTINGS);
    let stored = 0;
    for (const p of proposals) {
      const user = isUuid(p.userId) ? await em.findOne(StaffUser, { id: p.userId }, { filters: false }) : null;
      const step = { at: now.toISOString(), action: 'propose', fromState: null, toState: 'proposed', actorName: '系统', note: null };
      const result = await em.execute(
        `insert into penalty_entry (id, company_id, project_id, user_id, department, rule, points, state, month, occurred_at, evidence_type, evidence_id,
                                    dedupe_key, message_key, params, needs_delay_judgement, steps, created_at, updated_at, version)
         values (?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, 1)
         on conflict (company_id, dedupe_key) do nothing`,
        [newId(), companyId, projectId, p.userId, (user ? departmentIn(user.roles, projectId) : null) ?? departmentHint, p.rule, p.points, p.month, p.occurredAt, p.evidence.type, p.evidence.id,
          p.dedupeKey, p.messageKey, JSON.stringify(p.params), p.needsDelayJudgement, JSON.stringify([step]), now, now],
        'run',
      );
      stored += (result as { affectedRows?: number }).affectedRows ?? 0;
    }
    return stored;
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, PenaltyEntry, id);

  list(ctx: Ctx, f: EntriesFilter, projects: string[] | null): Promise<Page<PenaltyEntry>> {
    const where: FilterQuery<PenaltyEntry> = {};
    const project = projectCondition(projects, f.projectId);
    if (project) where.projectId = project;
    if (f.userId) where.userId = idOrNone(f.userId);
    if (f.states?.length) where.state = { $in: f.states as PenaltyEntry['state'][] };
    if (f.month) where.month = f.month;
    return findPage(ctx.em, PenaltyEntry, where, { occurredAt: 'desc' }, f);
  }

  /** Confirm, dismiss, appeal, uphold, overturn: who may do which is the domain's rule. */
  async step(ctx: Ctx, e: PenaltyEntry, input: { version: number; action: PenaltyAction; reason?: string | null; delayCause?: DelayCause | null }): Promise<PenaltyEntry> {
    expectVersion(e, input.version);
    const result = transitionPenalty({
      entry: { state: e.state, rule: e.rule, userId: e.userId, department: e.department ?? null, confirmedAt: e.confirmedAt ?? null, confirmedBy: e.confirmedById ?? null },
      action: input.action,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, e.projectId),
      now: ctx.now,
      reason: input.reason,
      delayCause: input.delayCause,
    });
    if (!result.ok) throw domainError(result);
    const from = e.state;
    e.state = result.to;
    if (input.action === 'confirm') Object.assign(e, { confirmedAt: ctx.now, confirmedById: ctx.user!.id, appealClosesAt: result.appealDeadline!.closesAt });
    e.steps = [...e.steps, { at: ctx.now.toISOString(), action: input.action, fromState: from, toState: e.state, actorName: ctx.user!.name, note: input.reason ?? input.delayCause ?? null }];
    await ctx.em.flush();
    return e;
  }

  /** An entry by hand: an inspector's or a manager's observation, starting as proposed like any other. */
  async recordManual(ctx: Ctx, projectId: string, input: { userId: string; rule: PenaltyRule; occurredAt: Date; note: string; evidenceType?: EvidenceType | null; evidenceId?: string | null }): Promise<PenaltyEntry> {
    const person = isUuid(input.userId) ? await ctx.em.findOne(StaffUser, { id: input.userId }) : null;
    if (!person || !person.roles.some((r) => r.projectId === projectId)) throw invalid('userId', 'error.notFound', { entity: 'StaffUser' });
    const department = departmentIn(person.roles, projectId);
    const result = recordManualPenalty({
      rule: input.rule,
      userId: person.id,
      department,
      actor: kpiActorFrom(ctx.user!.id, ctx.user!.roles, projectId),
      now: ctx.now,
      occurredAt: input.occurredAt,
      note: input.note,
      evidence: input.evidenceType && input.evidenceId ? { type: input.evidenceType, id: input.evidenceId } : null,
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
    const person = isUuid(input.userId) ? await ctx.em.findOne(StaffUser, { id: input.userId }) : null;
    if (!person || !person.roles.some((r) => r.projectId === projectId)) throw invalid('userId', 'error.notFound', { entity: 'StaffUser' });
    if (person.id === ctx.user!.id) throw invalid('userId', 'kpi.penalty.ownEntry');
    if (!(COMMENDATION_KINDS as readonly string[]).includes(input.kind)) throw invalid('kind', 'validation.invalid');
    const c = ctx.em.create(Commendation, {
      companyId: person.companyId,
      projectId,
      userId: person.id,
      kind: input.kind,
      points: DEFAULT_KPI_SETTINGS.commendationPoints[input.kind],
      month: shanghaiMonthKey(input.occurredAt),
      note: input.note.trim(),
      recordedById: ctx.user!.id,
    });
    await ctx.em.flush();
    return c;
  }

  /** Everyone with a role in the project scores 100 less counted points plus commendations; averages per department and project. */
  async scores(ctx: Ctx, projectId: string, month: string) {
    const staff: StaffUser[] = await ctx.em.find(StaffUser, { active: true }, { orderBy: { name: 'asc' } });
    const roster = staff
      .filter((u) => u.roles.some((r) => r.projectId === projectId))
      .map((u) => ({ userId: u.id, projectId, department: departmentIn(u.roles, projectId) }));
    const [penalties, commendations] = await Promise.all([
      ctx.em.find(PenaltyEntry, { projectId: idOrNone(projectId), month }),
      ctx.em.find(Commendation, { projectId: idOrNone(projectId), month }),
    ]);
    const scores = monthlyScores({ month, staff: roster, penalties, commendations });
    return { scores, averages: scoreAverages(scores) };
  }
}
