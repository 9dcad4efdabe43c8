import { kpiReadScope, type CommendationKind, type Department, type EvidenceType, type PenaltyRule, type ProjectKpiRow } from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects, staffOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { monthArg } from '../../graphql/validation.js';
import { invalid } from '../../graphql/errors.js';
import { translate } from '../../i18n/messages.js';
import { StaffUserView } from '../staff/staff.types.js';
import { KpiService } from './kpi.service.js';
import { ProjectKpisService } from './project-kpis.service.js';
import { ProjectsService } from '../projects/projects.service.js';
import type { PenaltyEntry } from './penalty-entry.entity.js';
import {
  CommendationView,
  KpiDashboardView,
  MonthlyScoresView,
  PenaltyEntriesArgs,
  PenaltyEntryPage,
  PenaltyEntryView,
  PenaltyStepInput,
  ProjectKpiView,
  RecordCommendationInput,
  RecordPenaltyInput,
  ScorecardView,
  StaffScoreView,
} from './kpi.types.js';

const kpi = new KpiService();
const projectKpis = new ProjectKpisService();
const projects = new ProjectsService();



const view = (rows: ProjectKpiRow[]) => rows.map((r) => ({ ...r }));

@Resolver(() => PenaltyEntryView)
export class KpiResolver {
  @Query(() => PenaltyEntryPage, { description: 'Others’ penalty entries the caller may judge or review: a supervisor sees their departments only' })
  penaltyEntries(@Args() args: PenaltyEntriesArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    return kpi.list(ctx, args, readableProjects(ctx, 'kpi.read'));
  }

  @Query(() => PenaltyEntryView, { description: 'One entry: one’s own, or one the caller may review' })
  async penaltyEntry(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.own');
    return kpi.find(ctx, id);
  }

  @Query(() => PenaltyEntryPage, { description: 'The caller’s own entries: what was proposed or confirmed, and until when to appeal' })
  myPenaltyEntries(@Args() args: PenaltyEntriesArgs, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.own');
    return kpi.own(ctx, args);
  }

  @Query(() => ScorecardView, { description: 'The caller’s own month: score, entries with their appeal windows, commendations' })
  myScorecard(@Arg('month') m: string, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.own');
    return kpi.scorecard(ctx, monthArg(m));
  }

  @Query(() => MonthlyScoresView, { description: 'Staff scores of the month in a project, with department and project averages; a supervisor sees their departments only' })
  async monthlyScores(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    const user = staffOf(ctx);
    authorize(ctx, 'kpi.read', projectId);
    const scope = kpiReadScope(user.roles);
    const full = scope.all || scope.projects.includes(projectId);
    const departments = full ? null : (scope.departments.find((d) => d.projectId === projectId)?.departments ?? []);
    const { scores, averages } = await kpi.scores(ctx, projectId, monthArg(m), departments);
    return { scores, project: full ? (averages.byProject[0] ?? null) : null, byDepartment: averages.byDepartment };
  }

  @Query(() => [ProjectKpiView], { description: 'A project’s KPIs of the month with their colour against the company targets' })
  async projectKpis(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    authorize(ctx, 'kpi.read', projectId);
    return view(await projectKpis.month(ctx, await projects.findProject(ctx, projectId), monthArg(m)));
  }

  @Query(() => KpiDashboardView, { description: 'Every project the caller may review × its KPIs of the month, with the trailing months for sparklines' })
  async kpiDashboard(@Arg('month') m: string, @Arg('months', () => Int, { defaultValue: 12 }) count: number, @C() ctx: Ctx) {
    const readable = readableProjects(ctx, 'kpi.read');
    if (count < 1 || count > 24) throw invalid('months', 'validation.max', { max: 24 });
    const list = (await projects.listAll(ctx)).filter((p) => readable === null || readable.includes(p.id));
    const series = await projectKpis.series(ctx, list, monthArg(m), count);
    const months = [...(series.values().next().value?.keys() ?? [])];
    return {
      month: m,
      months,
      projects: list.map((p) => {
        const byMonth = series.get(p.id)!;
        const rows = byMonth.get(m)!;
        return {
          projectId: p.id,
          projectName: p.name,
          kpis: view(rows),
          series: rows.map((r) => ({ kpi: r.kpi, points: months.map((x) => { const row = byMonth.get(x)!.find((k) => k.kpi === r.kpi)!; return { month: x, value: row.value, status: row.status }; }) })),
        };
      }),
    };
  }

  @Mutation(() => PenaltyEntryView, { description: 'Confirm, dismiss (with the reason; an objective delay), appeal (the person, within 7 days), uphold or overturn (the project manager)' })
  async stepPenaltyEntry(@Arg('input') input: PenaltyStepInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const entry = await authorizeFor(ctx, input.action === 'appeal' ? 'kpi.own' : 'kpi.manage', () => kpi.find(ctx, input.id));
    return kpi.step(ctx, entry, input);
  }

  @Mutation(() => PenaltyEntryView, { description: 'A penalty entered by hand (an observation, an inspection finding)' })
  async recordPenalty(@Arg('input') input: RecordPenaltyInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.manage', input.projectId);
    return kpi.recordManual(ctx, input.projectId, {
      ...input,
      rule: input.rule as PenaltyRule,
      evidenceType: (input.evidenceType ?? null) as EvidenceType | null,
      department: (input.department ?? null) as Department | null,
    });
  }

  @Mutation(() => CommendationView, { description: 'A commendation adds points to the month’s score' })
  async recordCommendation(@Arg('input') input: RecordCommendationInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.manage', input.projectId);
    return kpi.commend(ctx, input.projectId, { ...input, kind: input.kind as CommendationKind });
  }

  @FieldResolver(() => StaffUserView, { nullable: true, description: 'The person penalised' })
  user(@Root() e: PenaltyEntry, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(e.userId);
  }

  @FieldResolver(() => String, { description: 'Why it was proposed (or the note of a manual entry), in the caller’s language' })
  summary(@Root() e: PenaltyEntry, @C() ctx: Ctx) {
    return e.messageKey ? translate(e.messageKey, e.params)[ctx.locale] : (e.note ?? '');
  }

  @FieldResolver(() => Boolean, { description: 'The person may still appeal: confirmed and the window is open' })
  appealable(@Root() e: PenaltyEntry, @C() ctx: Ctx) {
    return e.state === 'confirmed' && !!e.appealClosesAt && ctx.now < e.appealClosesAt;
  }
}

/** Names for the scores table: a supervisor reading their department's scores need not read staff records. */
@Resolver(() => StaffScoreView)
export class StaffScoreResolver {
  @FieldResolver(() => String)
  async userName(@Root() s: { userId: string }, @C() ctx: Ctx) {
    return (await ctx.loaders.staff.load(s.userId))?.name ?? '';
  }
}
