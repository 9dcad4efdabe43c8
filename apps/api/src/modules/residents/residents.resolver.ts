import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { notFound } from '../../graphql/errors.js';
import { ProjectsService } from '../projects/projects.service.js';
import { UnitView } from '../projects/projects.types.js';
import type { Resident } from './resident.entity.js';
import { ResidentsService } from './residents.service.js';
import { CreateResidentInput, ResidentPage, ResidentsArgs, ResidentView, UpdateResidentInput } from './residents.types.js';

const residents = new ResidentsService();
const projects = new ProjectsService();

@Resolver(() => ResidentView)
export class ResidentResolver {
  @Query(() => ResidentPage)
  residents(@Args() args: ResidentsArgs, @C() ctx: Ctx) {
    return residents.list(ctx, args, readableProjects(ctx, 'resident.read'));
  }

  @Query(() => ResidentView, { nullable: true })
  async resident(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'resident.read');
    const row = await residents.get(ctx, id);
    if (row) authorize(ctx, 'resident.read', row.projectId);
    return row;
  }

  @Mutation(() => ResidentView)
  async createResident(@Arg('input') input: CreateResidentInput, @C() ctx: Ctx) {
    const unit = await authorizeFor(ctx, 'resident.manage', () => projects.findUnit(ctx, input.unitId));
    return residents.create(ctx, unit, input);
  }

  @Mutation(() => ResidentView)
  async updateResident(@Arg('input') input: UpdateResidentInput, @C() ctx: Ctx) {
    const row = await authorizeFor(ctx, 'resident.manage', () => residents.find(ctx, input.id));
    return residents.update(ctx, row, input);
  }

  @FieldResolver(() => UnitView)
  async unit(@Root() resident: Resident, @C() ctx: Ctx) {
    const unit = await ctx.loaders.unit.load(resident.unitId);
    if (!unit) throw notFound('Unit');
    return unit;
  }
}

/** Residents of a unit: personal data, so it answers to resident.read in that unit's project. */
@Resolver(() => UnitView)
export class UnitResidentsResolver {
  @FieldResolver(() => [ResidentView])
  residents(@Root() unit: { id: string; projectId: string }, @C() ctx: Ctx) {
    authorize(ctx, 'resident.read', unit.projectId);
    return ctx.loaders.residentsByUnit.load(unit.id);
  }
}
