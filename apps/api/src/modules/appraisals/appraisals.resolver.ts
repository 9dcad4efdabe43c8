import { isMonthKey } from '@wuye/domain';
import { Arg, Ctx as C, ID, Mutation, Query, Resolver } from 'type-graphql';
import { authorize, authorizeFor, principalOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { expectVersion } from '../../db/queries.js';
import { forbidden, invalid } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { BuildingView } from '../projects/projects.types.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AppraisalsService } from './appraisals.service.js';
import { AssignBlockHousekeeperInput, HousekeeperAppraisalView, SaveAppraisalInput } from './appraisals.types.js';

const appraisals = new AppraisalsService();
const projects = new ProjectsService();

function month(value: string) {
  if (!isMonthKey(value)) throw invalid('month', 'validation.month');
  return value;
}

@Resolver()
export class AppraisalResolver {
  @Query(() => [HousekeeperAppraisalView], { description: 'Every housekeeper of the project for the month, derived and scored' })
  async housekeeperAppraisals(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    authorize(ctx, 'appraisal.read', projectId);
    return appraisals.list(ctx, await projects.findProject(ctx, projectId), month(m));
  }

  @Query(() => [HousekeeperAppraisalView], { description: 'The caller’s own final appraisals, newest first' })
  async myAppraisals(@C() ctx: Ctx) {
    principalOf(ctx);
    if (!ctx.user) throw forbidden();
    authorize(ctx, 'kpi.own');
    const mine = await projects.listAll(ctx);
    return appraisals.mine(ctx, new Map(mine.map((p) => [p.id, p])));
  }

  @Mutation(() => HousekeeperAppraisalView, { description: 'The project manager scores attitude and teamwork (and what the data cannot derive), and makes it final' })
  async saveHousekeeperAppraisal(@Arg('input') input: SaveAppraisalInput, @C() ctx: Ctx) {
    principalOf(ctx);
    if (!ctx.user) throw forbidden();
    authorize(ctx, 'appraisal.manage', input.projectId);
    return appraisals.save(ctx, await projects.findProject(ctx, input.projectId), input, month(input.month));
  }

  @Mutation(() => BuildingView, { description: 'Put a building in a housekeeper’s block (组团), or take it out' })
  async assignBlockHousekeeper(@Arg('input') input: AssignBlockHousekeeperInput, @C() ctx: Ctx) {
    principalOf(ctx);
    const building = await authorizeFor(ctx, 'appraisal.manage', () => projects.findBuilding(ctx, input.buildingId));
    expectVersion(building, input.version);
    if (input.housekeeperId) {
      const keeper = await ctx.em.findOne(StaffUser, { id: input.housekeeperId });
      if (!keeper || !keeper.active || !keeper.roles.some((r) => r.role === 'housekeeper' && r.projectId === building.projectId)) throw invalid('housekeeperId', 'appraisal.notHousekeeper');
    }
    building.housekeeperId = input.housekeeperId ?? null;
    await ctx.em.flush();
    return building;
  }
}
