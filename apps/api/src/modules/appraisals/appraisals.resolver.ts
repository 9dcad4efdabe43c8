import { projectsFor } from '@wuye/domain';
import { Arg, Ctx as C, ID, Mutation, Query, Resolver } from 'type-graphql';
import { authorize, authorizeFor, principalOf, staffOf } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { monthArg } from '../../graphql/validation.js';
import { expectVersion } from '../../db/queries.js';
import { invalid } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { BuildingView } from '../projects/projects.types.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { AppraisalsService } from './appraisals.service.js';
import { AssignBlockHousekeeperInput, HousekeeperAppraisalView, SaveAppraisalInput } from './appraisals.types.js';
import { VacantUnitsService } from './vacant-units.service.js';
import { RecordVacantUnitCheckInput, VacantUnitCheckView, VacantUnitView } from './vacant-units.types.js';

const appraisals = new AppraisalsService();
const projects = new ProjectsService();
const vacantUnits = new VacantUnitsService();

/** A housekeeper without a managing role in the project works on their own block only. */
function blockOf(ctx: Ctx, projectId: string): string | null {
  const manages = projectsFor(ctx.principal!, 'appraisal.read');
  return manages === 'all' || manages.includes(projectId) ? null : ctx.user!.id;
}

@Resolver()
export class AppraisalResolver {
  @Query(() => [HousekeeperAppraisalView], { description: 'Every housekeeper of the project for the month, derived and scored' })
  async housekeeperAppraisals(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    authorize(ctx, 'appraisal.read', projectId);
    return appraisals.list(ctx, await projects.findProject(ctx, projectId), monthArg(m));
  }

  @Query(() => [HousekeeperAppraisalView], { description: 'The caller’s own final appraisals, newest first' })
  async myAppraisals(@C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'kpi.own');
    const mine = await projects.listAll(ctx);
    return appraisals.mine(ctx, new Map(mine.map((p) => [p.id, p])));
  }

  @Mutation(() => HousekeeperAppraisalView, { description: 'The project manager scores attitude and teamwork (and what the data cannot derive), and makes it final' })
  async saveHousekeeperAppraisal(@Arg('input') input: SaveAppraisalInput, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'appraisal.manage', input.projectId);
    return appraisals.save(ctx, await projects.findProject(ctx, input.projectId), input, monthArg(input.month));
  }

  @Query(() => [VacantUnitView], { description: 'Vacant units and whether this month’s check is done (a housekeeper: their block)' })
  async vacantUnits(@Arg('projectId', () => ID) projectId: string, @Arg('month') m: string, @C() ctx: Ctx) {
    staffOf(ctx);
    authorize(ctx, 'vacantUnit.read', projectId);
    await projects.findProject(ctx, projectId);
    return vacantUnits.list(ctx, projectId, monthArg(m), blockOf(ctx, projectId));
  }

  @Mutation(() => VacantUnitCheckView, { description: 'Record a check of a vacant unit (空置房巡查)' })
  async recordVacantUnitCheck(@Arg('input') input: RecordVacantUnitCheckInput, @C() ctx: Ctx) {
    staffOf(ctx);
    const unit = await authorizeFor(ctx, 'vacantUnit.check', () => projects.findUnit(ctx, input.unitId));
    return vacantUnits.record(ctx, input, blockOf(ctx, unit.projectId));
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
