import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, like } from '../../db/queries.js';
import { AppError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { Building } from './building.entity.js';
import { Project } from './project.entity.js';
import type {
  BuildingsArgs,
  CreateBuildingInput,
  CreateProjectInput,
  CreateUnitInput,
  ProjectsArgs,
  UnitsArgs,
  UpdateBuildingInput,
  UpdateProjectInput,
  UpdateUnitInput,
} from './projects.types.js';
import { Unit } from './unit.entity.js';

const duplicate = (field: string) => new AppError('CONFLICT', 'error.duplicate', { field }, field);

async function ensureUnique<T extends object>(em: EntityManager, entity: new () => T, where: FilterQuery<T>, field: string, exceptId?: string) {
  const existing = (await em.findOne(entity, where, { filters: { projectScope: false } })) as { id: string } | null;
  if (existing && existing.id !== exceptId) throw duplicate(field);
}

/** Projects, buildings and units: the estate structure everything else hangs on. */
export class ProjectsService {
  list(ctx: Ctx, args: ProjectsArgs): Promise<Page<Project>> {
    const where: FilterQuery<Project> = {};
    if (args.filter?.kind) where.kind = args.filter.kind;
    if (args.filter?.search) where.$or = [{ name: { $ilike: like(args.filter.search) } }, { code: { $ilike: like(args.filter.search) } }];
    return findPage(ctx.em, Project, where, { [args.sortField]: args.sortOrder }, args);
  }

  async create(ctx: Ctx, input: CreateProjectInput): Promise<Project> {
    const em = ctx.em;
    await ensureUnique(em, Project, { code: input.code }, 'code');
    const row = em.create(Project, {
      companyId: ctx.companyId!,
      code: input.code,
      name: input.name,
      kind: input.kind,
      address: input.address ?? null,
      households: input.households ?? 0,
    });
    await em.flush();
    return row;
  }

  async update(ctx: Ctx, project: Project, input: UpdateProjectInput): Promise<Project> {
    const em = ctx.em;
    expectVersion(project, input.version);
    em.assign(project, {
      ...(input.name != null ? { name: input.name } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.address !== undefined ? { address: input.address } : {}),
      ...(input.households != null ? { households: input.households } : {}),
      ...(input.labourRateFenPerHour != null ? { labourRateFenPerHour: input.labourRateFenPerHour } : {}),
    });
    await em.flush();
    return project;
  }

  listBuildings(ctx: Ctx, args: BuildingsArgs): Promise<Page<Building>> {
    const where: FilterQuery<Building> = {};
    if (args.filter?.projectId) where.projectId = idOrNone(args.filter.projectId);
    if (args.filter?.search) where.$or = [{ name: { $ilike: like(args.filter.search) } }, { code: { $ilike: like(args.filter.search) } }];
    return findPage(ctx.em, Building, where, { [args.sortField]: args.sortOrder }, args);
  }

  async createBuilding(ctx: Ctx, project: Project, input: CreateBuildingInput): Promise<Building> {
    const em = ctx.em;
    await ensureUnique(em, Building, { projectId: project.id, code: input.code }, 'code');
    const row = em.create(Building, {
      companyId: project.companyId,
      projectId: project.id,
      code: input.code,
      name: input.name,
      floors: input.floors ?? null,
    });
    await em.flush();
    return row;
  }

  async updateBuilding(ctx: Ctx, building: Building, input: UpdateBuildingInput): Promise<Building> {
    const em = ctx.em;
    expectVersion(building, input.version);
    if (input.code && input.code !== building.code) {
      await ensureUnique(em, Building, { projectId: building.projectId, code: input.code }, 'code', building.id);
    }
    em.assign(building, {
      ...(input.code ? { code: input.code } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(input.floors !== undefined ? { floors: input.floors } : {}),
    });
    await em.flush();
    return building;
  }

  listUnits(ctx: Ctx, args: UnitsArgs): Promise<Page<Unit>> {
    const where: FilterQuery<Unit> = {};
    if (args.filter?.projectId) where.projectId = idOrNone(args.filter.projectId);
    if (args.filter?.buildingId) where.buildingId = idOrNone(args.filter.buildingId);
    if (args.filter?.search) where.number = { $ilike: like(args.filter.search) };
    return findPage(ctx.em, Unit, where, { [args.sortField]: args.sortOrder }, args);
  }

  async createUnit(ctx: Ctx, building: Building, input: CreateUnitInput): Promise<Unit> {
    const em = ctx.em;
    await ensureUnique(em, Unit, { projectId: building.projectId, number: input.number }, 'number');
    const row = em.create(Unit, {
      companyId: building.companyId,
      projectId: building.projectId,
      buildingId: building.id,
      number: input.number,
      floor: input.floor ?? null,
      areaSqm: input.areaSqm ?? null,
    });
    await em.flush();
    return row;
  }

  async updateUnit(ctx: Ctx, unit: Unit, input: UpdateUnitInput): Promise<Unit> {
    const em = ctx.em;
    expectVersion(unit, input.version);
    if (input.number && input.number !== unit.number) {
      await ensureUnique(em, Unit, { projectId: unit.projectId, number: input.number }, 'number', unit.id);
    }
    em.assign(unit, {
      ...(input.number ? { number: input.number } : {}),
      ...(input.floor !== undefined ? { floor: input.floor } : {}),
      ...(input.areaSqm !== undefined ? { areaSqm: input.areaSqm } : {}),
    });
    await em.flush();
    return unit;
  }

  getProject = (ctx: Ctx, id: string) => findById(ctx.em, Project, id);
  getBuilding = (ctx: Ctx, id: string) => findById(ctx.em, Building, id);
  getUnit = (ctx: Ctx, id: string) => findById(ctx.em, Unit, id);
  findProject = (ctx: Ctx, id: string) => findOr404(ctx.em, Project, id);
  /** Every project the caller's scope shows, by code: for company-wide reports. */
  listAll = (ctx: Pick<Ctx, 'em'>) => ctx.em.find(Project, {}, { orderBy: { code: 'asc' } });
  findBuilding = (ctx: Ctx, id: string) => findOr404(ctx.em, Building, id);
  findUnit = (ctx: Ctx, id: string) => findOr404(ctx.em, Unit, id);
}
