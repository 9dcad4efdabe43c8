import {
  appraisalCompletenessIssues,
  appraiseHousekeeper,
  derivedAppraisalScores,
  compareMonths,
  monthRange,
  shanghaiMonthKey,
  type AppraisalDimension,
  type AppraisalFacts,
  type MonthKey,
} from '@wuye/domain';
import type { Ctx, DataCtx } from '../../context.js';
import { conflict, domainError, invalid, AppError } from '../../graphql/errors.js';
import { clocksOf } from '../complaints/complaints.service.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { FollowUp } from '../follow-ups/follow-up.entity.js';
import { Building } from '../projects/building.entity.js';
import type { Project } from '../projects/project.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { kpiConfig } from '../settings/kpi-settings.js';
import { settingsOf } from '../settings/settings.service.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { HousekeeperAppraisal } from './housekeeper-appraisal.entity.js';
import type { HousekeeperAppraisalView, SaveAppraisalInput } from './appraisals.types.js';

interface BlockFacts extends AppraisalFacts {
  buildings: number;
}

const isHousekeeperIn = (u: StaffUser, projectId: string) => u.active && u.roles.some((r) => r.role === 'housekeeper' && r.projectId === projectId);

/**
 * Housekeeper appraisal (管家考核, README §7): efficiency, records and resident feedback are derived
 * from the housekeeper's block (the buildings assigned to them), attitude and teamwork are scored
 * by the project manager; the domain weighs them into a total and a grade.
 */
export class AppraisalsService {
  /** The month's facts of a block: complaint milestones met, follow-ups done in time, satisfied visits. */
  async facts(ctx: DataCtx, project: Project, userId: string, month: MonthKey): Promise<BlockFacts> {
    const buildings = await ctx.em.find(Building, { projectId: project.id, housekeeperId: userId }, { fields: ['id'] });
    const none = { due: 0, met: 0 };
    if (!buildings.length) return { buildings: 0, complaintMilestones: none, followUps: none, followUpRatings: none };
    const units = (await ctx.em.find(Unit, { buildingId: { $in: buildings.map((b) => b.id) } }, { fields: ['id'] })).map((u) => u.id);
    if (!units.length) return { buildings: buildings.length, complaintMilestones: none, followUps: none, followUpRatings: none };
    const { start, end } = monthRange(month);
    const [complaints, followUps, settings] = await Promise.all([
      ctx.em.find(Complaint, { projectId: project.id, unitId: { $in: units }, kind: 'complaint', valid: true, createdAt: { $gte: start, $lt: end } }),
      ctx.em.find(FollowUp, { projectId: project.id, unitId: { $in: units }, selected: true, dueAt: { $gte: start, $lt: end } }),
      settingsOf(ctx),
    ]);
    const decided = complaints.flatMap((c) => clocksOf(c, settings, project, ctx.now)).filter((k) => k.milestone !== 'developer_response' && (k.status === 'met' || k.status === 'breached'));
    const visited = followUps.filter((f) => f.state === 'visited');
    const rated = visited.filter((f) => f.satisfaction);
    return {
      buildings: buildings.length,
      complaintMilestones: { due: decided.length, met: decided.filter((k) => k.status === 'met').length },
      followUps: { due: followUps.length, met: visited.filter((f) => f.visitedAt && f.visitedAt < f.dueAt).length },
      followUpRatings: { due: rated.length, met: rated.filter((f) => f.satisfaction === 'satisfied' || f.satisfaction === 'fairly_satisfied').length },
    };
  }

  async view(ctx: DataCtx, project: Project, user: StaffUser, month: MonthKey, stored: Pick<HousekeeperAppraisal, 'managerScores'> & Partial<HousekeeperAppraisal> | null): Promise<HousekeeperAppraisalView> {
    if (stored?.final && stored.snapshot) return { ...(stored.snapshot as unknown as HousekeeperAppraisalView), id: stored.id ?? null, version: stored.version ?? 0, housekeeper: user };
    const [facts, { appraisalWeights }] = await Promise.all([this.facts(ctx, project, user.id, month), kpiConfig(ctx)]);
    // A saved score for a dimension the month's data now derives is set aside: the data wins.
    const derived = new Set(derivedAppraisalScores(facts).filter((d) => d.scoreHundredths !== null).map((d) => d.dimension));
    const managerScores = Object.fromEntries(Object.entries(stored?.managerScores ?? {}).filter(([d]) => !derived.has(d as AppraisalDimension)));
    const result = appraiseHousekeeper({ facts, managerScores, weights: appraisalWeights });
    if (!result.ok) throw new RangeError(`Stored appraisal scores are invalid: ${result.issues.map((i) => i.field).join(', ')}`);
    const r = result.result;
    return {
      id: stored?.id ?? null,
      projectId: project.id,
      userId: user.id,
      housekeeper: user,
      month,
      dimensions: r.dimensions.map((d) => ({ ...d })),
      totalHundredths: r.totalHundredths,
      grade: r.grade,
      missing: [...r.missing],
      facts: {
        buildings: facts.buildings,
        complaintMilestonesDue: facts.complaintMilestones.due,
        complaintMilestonesMet: facts.complaintMilestones.met,
        followUpsDue: facts.followUps.due,
        followUpsDone: facts.followUps.met,
        followUpsRated: facts.followUpRatings.due,
        followUpsSatisfied: facts.followUpRatings.met,
      },
      comment: stored?.comment ?? null,
      final: stored?.final ?? false,
      version: stored?.version ?? 0,
    };
  }

  /** Every housekeeper of the project for the month, with their (maybe unsaved) appraisal. */
  async list(ctx: Ctx, project: Project, month: MonthKey): Promise<HousekeeperAppraisalView[]> {
    const [staff, stored] = await Promise.all([
      ctx.em.find(StaffUser, { active: true }, { orderBy: { name: 'asc' } }),
      ctx.em.find(HousekeeperAppraisal, { projectId: project.id, month }),
    ]);
    const byUser = new Map(stored.map((a) => [a.userId, a]));
    const keepers = staff.filter((u) => isHousekeeperIn(u, project.id));
    return Promise.all(keepers.map((u) => this.view(ctx, project, u, month, byUser.get(u.id) ?? null)));
  }

  /** The caller's own final appraisals, newest first. */
  async mine(ctx: Ctx, projects: Map<string, Project>): Promise<HousekeeperAppraisalView[]> {
    const rows = await ctx.em.find(HousekeeperAppraisal, { userId: ctx.user!.id, final: true }, { orderBy: { month: 'desc' }, limit: 24 });
    return Promise.all(rows.filter((r) => projects.has(r.projectId)).map((r) => this.view(ctx, projects.get(r.projectId)!, ctx.user!, r.month, r)));
  }

  async save(ctx: Ctx, project: Project, input: SaveAppraisalInput, month: MonthKey): Promise<HousekeeperAppraisalView> {
    const user = await ctx.em.findOne(StaffUser, { id: input.userId });
    if (!user || !isHousekeeperIn(user, project.id)) throw invalid('userId', 'appraisal.notHousekeeper');
    const scores: Partial<Record<AppraisalDimension, number>> = {};
    for (const [i, s] of input.scores.entries()) {
      if (Object.hasOwn(scores, s.dimension)) throw invalid(`scores.${i}.dimension`, 'validation.duplicateEntry');
      if (s.score !== null && s.score !== undefined) scores[s.dimension as AppraisalDimension] = s.score;
    }
    const [facts, { appraisalWeights }] = await Promise.all([this.facts(ctx, project, user.id, month), kpiConfig(ctx)]);
    const result = appraiseHousekeeper({ facts, managerScores: scores, weights: appraisalWeights });
    if (!result.ok) throw domainError(result.issues[0]!);
    if (input.finalize) {
      if (compareMonths(month, shanghaiMonthKey(ctx.now)) >= 0) throw invalid('finalize', 'appraisal.monthNotOver');
      const missing = appraisalCompletenessIssues(result.result)[0];
      if (missing) throw domainError(missing);
    }
    return ctx.em.transactional(async (em) => {
      let row = await em.findOne(HousekeeperAppraisal, { projectId: project.id, userId: user.id, month });
      if (row?.final) throw new AppError('INVALID_STATE', 'appraisal.final');
      if (!row && input.version !== 0) throw conflict('HousekeeperAppraisal');
      if (row && row.version !== input.version) throw conflict('HousekeeperAppraisal');
      row ??= em.create(HousekeeperAppraisal, { companyId: project.companyId, projectId: project.id, userId: user.id, month });
      Object.assign(row, { managerScores: scores, comment: input.comment?.trim() || null });
      const view = await this.view(ctx, project, user, month, row);
      if (input.finalize) Object.assign(row, { final: true, finalizedAt: ctx.now, finalizedById: ctx.user!.id, snapshot: { ...view, final: true, housekeeper: null } });
      await em.flush();
      return { ...view, id: row.id, version: row.version, final: row.final };
    });
  }
}
