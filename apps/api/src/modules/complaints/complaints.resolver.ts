import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import type { Complaint } from './complaint.entity.js';
import { ComplaintsService } from './complaints.service.js';
import {
  ComplaintClockView,
  ComplaintMilestoneInput,
  ComplaintPage,
  ComplaintPauseInput,
  ComplaintsArgs,
  ComplaintStepInput,
  ComplaintView,
  RegisterComplaintInput,
} from './complaints.types.js';

const complaints = new ComplaintsService();
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

  @FieldResolver(() => [ComplaintClockView], { description: 'Milestone clocks: due time, time left, met or breached, paused' })
  clocks(@Root() c: Complaint, @C() ctx: Ctx) {
    // Whole minutes for display; the domain keeps the exact figure.
    return complaints.clocks(ctx, c).map((k) => ({ ...k, minutesLeft: k.minutesLeft === null ? null : Math.trunc(k.minutesLeft) }));
  }
}
