import { Arg, Args, Ctx as C, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, authorizeCompanyWide } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { notFound } from '../../graphql/errors.js';
import type { Building } from './building.entity.js';
import type { Project } from './project.entity.js';
import { ProjectsService } from './projects.service.js';
import {
  BuildingPage,
  BuildingsArgs,
  BuildingView,
  CreateBuildingInput,
  CreateProjectInput,
  CreateUnitInput,
  ProjectPage,
  ProjectsArgs,
  ProjectView,
  UnitPage,
  UnitsArgs,
  UnitView,
  UpdateBuildingInput,
  UpdateProjectInput,
  UpdateUnitInput,
} from './projects.types.js';
import type { Unit } from './unit.entity.js';

const service = new ProjectsService();

async function must<T>(value: Promise<T | null>, entity: string): Promise<T> {
  const row = await value;
  if (!row) throw notFound(entity);
  return row;
}

@Resolver(() => ProjectView)
export class ProjectResolver {
  @Query(() => ProjectPage)
  projects(@Args() args: ProjectsArgs, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.list(ctx, args);
  }

  @Query(() => ProjectView, { nullable: true })
  async project(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.getProject(ctx, id);
  }

  @Mutation(() => ProjectView)
  createProject(@Arg('input') input: CreateProjectInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'project.manage');
    return service.create(ctx, input);
  }

  @Mutation(() => ProjectView)
  async updateProject(@Arg('input') input: UpdateProjectInput, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    const project = await service.findProject(ctx, input.id);
    authorize(ctx, 'project.manage', project.id);
    return service.update(ctx, project, input);
  }

  @FieldResolver(() => Int, { description: 'Buildings in this project' })
  async buildingCount(@Root() project: Project, @C() ctx: Ctx) {
    return ctx.loaders.buildingCount.load(project.id);
  }
}

@Resolver(() => BuildingView)
export class BuildingResolver {
  @Query(() => BuildingPage)
  buildings(@Args() args: BuildingsArgs, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.listBuildings(ctx, args);
  }

  @Query(() => BuildingView, { nullable: true })
  building(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.getBuilding(ctx, id);
  }

  @Mutation(() => BuildingView)
  async createBuilding(@Arg('input') input: CreateBuildingInput, @C() ctx: Ctx) {
    authorize(ctx, 'building.manage');
    const project = await service.findProject(ctx, input.projectId);
    authorize(ctx, 'building.manage', project.id);
    return service.createBuilding(ctx, project, input);
  }

  @Mutation(() => BuildingView)
  async updateBuilding(@Arg('input') input: UpdateBuildingInput, @C() ctx: Ctx) {
    const building = await authorizeFor(ctx, 'building.manage', () => service.findBuilding(ctx, input.id));
    return service.updateBuilding(ctx, building, input);
  }

  @FieldResolver(() => ProjectView)
  project(@Root() building: Building, @C() ctx: Ctx) {
    return must(ctx.loaders.project.load(building.projectId), 'Project');
  }

  @FieldResolver(() => Int)
  unitCount(@Root() building: Building, @C() ctx: Ctx) {
    return ctx.loaders.unitCount.load(building.id);
  }
}

@Resolver(() => UnitView)
export class UnitResolver {
  @Query(() => UnitPage)
  units(@Args() args: UnitsArgs, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.listUnits(ctx, args);
  }

  @Query(() => UnitView, { nullable: true })
  unit(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'project.read');
    return service.getUnit(ctx, id);
  }

  @Mutation(() => UnitView)
  async createUnit(@Arg('input') input: CreateUnitInput, @C() ctx: Ctx) {
    const building = await authorizeFor(ctx, 'unit.manage', () => service.findBuilding(ctx, input.buildingId));
    return service.createUnit(ctx, building, input);
  }

  @Mutation(() => UnitView)
  async updateUnit(@Arg('input') input: UpdateUnitInput, @C() ctx: Ctx) {
    const unit = await authorizeFor(ctx, 'unit.manage', () => service.findUnit(ctx, input.id));
    return service.updateUnit(ctx, unit, input);
  }

  @FieldResolver(() => BuildingView)
  building(@Root() unit: Unit, @C() ctx: Ctx) {
    return must(ctx.loaders.building.load(unit.buildingId), 'Building');
  }

  @FieldResolver(() => ProjectView)
  project(@Root() unit: Unit, @C() ctx: Ctx) {
    return must(ctx.loaders.project.load(unit.projectId), 'Project');
  }
}
