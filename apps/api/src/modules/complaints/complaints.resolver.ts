import { monthKeyOf, trailingMonths } from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { ProjectView, UnitView } from '../projects/projects.types.js';
import { Project } from '../projects/project.entity.js';
import { projectCondition } from '../../db/queries.js';
import { ComplaintStatisticsService } from './complaint-statistics.js';
import { ComplaintMonthStatsView, ComplaintStatisticsArgs, ComplaintStatisticsView, ComplaintTrendArgs } from './complaint-statistics.types.js';
import type { Complaint } from './complaint.entity.js';
import { ComplaintsService } from './complaints.service.js';
import {
  AgreeExtensionInput,
  ComplaintClockView,
  ComplaintMilestoneInput,
  ComplaintPage,
  ComplaintPauseInput,
  ComplaintsArgs,
  ComplaintStepInput,
  ComplaintView,
  RegisterComplaintInput,
  SuggestionStepInput,
} from './complaints.types.js';

const complaints = new ComplaintsService();
const statistics = new ComplaintStatisticsService();

/** The projects whose statistics the caller may read, narrowed to one when asked. */
async function statisticsScope(ctx: Ctx, projectId?: string): Promise<Project[]> {
  const readable = readableProjects(ctx, 'complaint.read');
  const where = projectCondition(readable, projectId);
  return ctx.em.find(Project, where ? { id: where } : {}, { orderBy: { code: 'asc' } });
}
const projects = new ProjectsService();

/** Handling steps are taken by staff; partner apps file and read. */
async function handling(ctx: Ctx, id: string) {
  const c = await authorizeFor(ctx, 'complaint.handle', () => complaints.find(ctx, id));
  if (!ctx.user) throw forbidden();
  return c;
}

@Resolver(() => ComplaintView)
export class ComplaintResolver {
  @Query(() => ComplaintPage, { description: 'Complaints and suggestions' })
  complaints(@Args() args: ComplaintsArgs, @C() ctx: Ctx) {
    return complaints.list(ctx, args, readableProjects(ctx, 'complaint.read'));
  }

  @Query(() => ComplaintView, { nullable: true })
  async complaint(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'complaint.read');
    const c = await complaints.get(ctx, id);
    if (c) authorize(ctx, 'complaint.read', c.projectId);
    return c;
  }

  @Mutation(() => ComplaintView, { description: 'Record a complaint (category, validity, severity, department) or a suggestion' })
  async registerComplaint(@Arg('input') input: RegisterComplaintInput, @C() ctx: Ctx) {
    const project = await authorizeFor(ctx, 'complaint.register', async () => {
      const p = await projects.findProject(ctx, input.projectId);
      return Object.assign(p, { projectId: p.id });
    });
    return complaints.register(ctx, project, input);
  }

  @Mutation(() => ComplaintView, { description: 'A step of the handling flow (accept, engineering and developer hand-off, resolution, sign-off, verification, close)' })
  async stepComplaint(@Arg('input') input: ComplaintStepInput, @C() ctx: Ctx) {
    return complaints.transition(ctx, await handling(ctx, input.id), input);
  }

  @Mutation(() => ComplaintView, { description: 'Staff arrived on site' })
  async recordComplaintOnSite(@Arg('input') input: ComplaintMilestoneInput, @C() ctx: Ctx) {
    return complaints.milestone(ctx, await handling(ctx, input.id), input.version, 'onSiteAt', input.at);
  }

  @Mutation(() => ComplaintView, { description: 'First feedback given to the resident' })
  async recordComplaintFeedback(@Arg('input') input: ComplaintMilestoneInput, @C() ctx: Ctx) {
    return complaints.milestone(ctx, await handling(ctx, input.id), input.version, 'firstFeedbackAt', input.at);
  }

  @Mutation(() => ComplaintView, { description: 'Pause the clocks while waiting on the resident or an outside party; without a reason, resume' })
  async pauseComplaint(@Arg('input') input: ComplaintPauseInput, @C() ctx: Ctx) {
    return complaints.pause(ctx, await handling(ctx, input.id), input.version, input.reason, input.note);
  }

  @Mutation(() => ComplaintView, { description: 'A deadline cannot be met: record the reply time agreed with the resident; the clock moves' })
  async agreeComplaintExtension(@Arg('input') input: AgreeExtensionInput, @C() ctx: Ctx) {
    return complaints.agreeExtension(ctx, await handling(ctx, input.id), input);
  }

  @Mutation(() => ComplaintView, { description: 'A suggestion: adopt or decline with the reason, then tell the resident' })
  async stepSuggestion(@Arg('input') input: SuggestionStepInput, @C() ctx: Ctx) {
    return complaints.decideSuggestion(ctx, await handling(ctx, input.id), input);
  }

  @Query(() => ComplaintStatisticsView, { description: '投诉情况月度汇总: per project and in total, for one month' })
  async complaintStatistics(@Args() args: ComplaintStatisticsArgs, @C() ctx: Ctx) {
    const allProjects = !args.projectId && readableProjects(ctx, 'complaint.read') === null;
    return (await statistics.months(ctx, [monthKeyOf(args.year, args.month)], await statisticsScope(ctx, args.projectId), { perProject: true, allProjects }))[0]!;
  }

  @Query(() => [ComplaintMonthStatsView], { description: 'The company (or one project) month by month, oldest first: for trend lines' })
  async complaintTrend(@Args() args: ComplaintTrendArgs, @C() ctx: Ctx) {
    const scope = await statisticsScope(ctx, args.projectId);
    const allProjects = !args.projectId && readableProjects(ctx, 'complaint.read') === null;
    const months = await statistics.months(ctx, trailingMonths(monthKeyOf(args.year, args.month), args.months), scope, { perProject: false, allProjects });
    return months.map((m) => m.total);
  }

  @FieldResolver(() => ProjectView)
  project(@Root() c: Complaint, @C() ctx: Ctx) {
    return ctx.loaders.project.load(c.projectId);
  }

  @FieldResolver(() => UnitView, { nullable: true })
  unit(@Root() c: Complaint, @C() ctx: Ctx) {
    return c.unitId ? ctx.loaders.unit.load(c.unitId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Waiting on the resident or an outside party now: the clocks stand still' })
  paused(@Root() c: Complaint) {
    return c.pauses.some((p) => p.to === null);
  }

  @FieldResolver(() => [ComplaintClockView], { description: 'Milestone clocks: due time, time left, met or breached, paused' })
  async clocks(@Root() c: Complaint, @C() ctx: Ctx) {
    // Whole minutes for display; the domain keeps the exact figure.
    return (await complaints.clocks(ctx, c)).map((k) => ({ ...k, minutesLeft: k.minutesLeft === null ? null : Math.trunc(k.minutesLeft) }));
  }
}
