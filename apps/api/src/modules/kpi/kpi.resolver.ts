import { isMonthKey, type CommendationKind, type EvidenceType, type PenaltyRule } from '@wuye/domain';
import { Arg, Args, Ctx as C, ID, Mutation, Query, Resolver } from 'type-graphql';
import { authorize, authorizeFor, principalOf, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { forbidden, invalid } from '../../graphql/errors.js';
import { KpiService } from './kpi.service.js';
import { ProjectKpisService } from './project-kpis.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import {
  CommendationView,
  MonthlyScoresView,
  PenaltyEntriesArgs,
  PenaltyEntryPage,
  PenaltyEntryView,
  PenaltyStepInput,
  ProjectKpiView,
  RecordCommendationInput,
  RecordPenaltyInput,
} from './kpi.types.js';

const kpi = new KpiService();
const projectKpis = new ProjectKpisService();
const projects = new ProjectsService();

function staff(ctx: Ctx) {
  principalOf(ctx);
  if (!ctx.user) throw forbidden();
  return ctx.user;
}

@Resolver()
export class KpiResolver {
  @Query(() => PenaltyEntryPage, { description: 'Penalty entries of the caller’s projects (to judge, or decide appeals)' })
  penaltyEntries(@Args() args: PenaltyEntriesArgs, @C() ctx: Ctx) {
    return kpi.list(ctx, args, readableProjects(ctx, 'kpi.read'));
  }

  @Query(() => PenaltyEntryPage, { description: 'The caller’s own entries: what was proposed or confirmed, and until when to appeal' })
  myPenaltyEntries(@Args() args: PenaltyEntriesArgs, @C() ctx: Ctx) {
    const user = staff(ctx);
    authorize(ctx, 'kpi.own');
    return kpi.list(ctx, { ...args, userId: user.id }, null);
  }

  @Query(() => MonthlyScoresView, { description: 'Every staff member’s score of the month in a project, with department and project averages' })
  async monthlyScores(@Arg('projectId', () => ID) projectId: string, @Arg('month') month: string, @C() ctx: Ctx) {
    authorize(ctx, 'kpi.read', projectId);
    if (!isMonthKey(month)) throw invalid('month', 'validation.invalid');
    const { scores, averages } = await kpi.scores(ctx, projectId, month);
    return {
      scores,
      project: averages.byProject[0] ?? null,
      byDepartment: averages.byDepartment,
    };
  }

  @Query(() => [ProjectKpiView], { description: 'A project’s KPIs of the month with their colour against the company targets' })
  async projectKpis(@Arg('projectId', () => ID) projectId: string, @Arg('month') month: string, @C() ctx: Ctx) {
    authorize(ctx, 'kpi.read', projectId);
    if (!isMonthKey(month)) throw invalid('month', 'validation.invalid');
    return projectKpis.month(ctx, await projects.findProject(ctx, projectId), month);
  }

  @Mutation(() => PenaltyEntryView, { description: 'Confirm, dismiss (with the reason; an objective delay), appeal (the person, within 7 days), uphold or overturn (the project manager)' })
  async stepPenaltyEntry(@Arg('input') input: PenaltyStepInput, @C() ctx: Ctx) {
    staff(ctx);
    const entry = await authorizeFor(ctx, input.action === 'appeal' ? 'kpi.own' : 'kpi.manage', () => kpi.find(ctx, input.id));
    return kpi.step(ctx, entry, input);
  }

  @Mutation(() => PenaltyEntryView, { description: 'A penalty entered by hand (an observation, an inspection finding)' })
  async recordPenalty(@Arg('input') input: RecordPenaltyInput, @C() ctx: Ctx) {
    staff(ctx);
    authorize(ctx, 'kpi.manage', input.projectId);
    return kpi.recordManual(ctx, input.projectId, { ...input, rule: input.rule as PenaltyRule, evidenceType: (input.evidenceType ?? null) as EvidenceType | null });
  }

  @Mutation(() => CommendationView, { description: 'A commendation adds points to the month’s score' })
  async recordCommendation(@Arg('input') input: RecordCommendationInput, @C() ctx: Ctx) {
    staff(ctx);
    authorize(ctx, 'kpi.manage', input.projectId);
    return kpi.commend(ctx, input.projectId, { ...input, kind: input.kind as CommendationKind });
  }
}
