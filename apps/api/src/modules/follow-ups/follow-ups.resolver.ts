import { Arg, Args, Ctx as C, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import { ProjectsService } from '../projects/projects.service.js';
import type { Ctx } from '../../context.js';
import { forbidden } from '../../graphql/errors.js';
import { UnitView } from '../projects/projects.types.js';
import type { FollowUp } from './follow-up.entity.js';
import { FollowUpsService } from './follow-ups.service.js';
import { FollowUpPage, FollowUpsArgs, FollowUpView, PlanFollowUpInput, RecordFollowUpInput } from './follow-ups.types.js';

const followUps = new FollowUpsService();
const projects = new ProjectsService();

@Resolver(() => FollowUpView)
export class FollowUpResolver {
  @Query(() => FollowUpPage, { description: 'The follow-up worklist, due soonest first' })
  followUps(@Args() args: FollowUpsArgs, @C() ctx: Ctx) {
    return followUps.worklist(ctx, args, readableProjects(ctx, 'complaint.read'));
  }

  @Mutation(() => FollowUpView, { description: 'Record the visit; an unsatisfactory one opens a complaint linked to it' })
  async recordFollowUp(@Arg('input') input: RecordFollowUpInput, @C() ctx: Ctx) {
    const fu = await authorizeFor(ctx, 'followUp.record', () => followUps.find(ctx, input.id));
    if (!ctx.user) throw forbidden();
    return followUps.recordVisit(ctx, fu, input);
  }

  @Mutation(() => FollowUpView, { description: 'Plan visits after an activity or a special incident (sampled by the company’s rule)' })
  async planFollowUp(@Arg('input') input: PlanFollowUpInput, @C() ctx: Ctx) {
    authorize(ctx, 'followUp.record');
    const project = await projects.findProject(ctx, input.projectId);
    authorize(ctx, 'followUp.record', project.id);
    if (!ctx.user) throw forbidden();
    return followUps.planByHand(ctx, project, input);
  }

  @FieldResolver(() => Boolean, { description: 'Still to visit and past its window' })
  overdue(@Root() f: FollowUp, @C() ctx: Ctx) {
    return f.state === 'planned' && f.dueAt < ctx.now;
  }

  @FieldResolver(() => UnitView, { nullable: true })
  unit(@Root() f: FollowUp, @C() ctx: Ctx) {
    return f.unitId ? ctx.loaders.unit.load(f.unitId) : null;
  }
}
