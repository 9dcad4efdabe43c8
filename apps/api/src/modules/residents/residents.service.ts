import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, like, projectCondition } from '../../db/queries.js';
import type { Page } from '../../graphql/pagination.js';
import type { Unit } from '../projects/unit.entity.js';
import { Resident } from './resident.entity.js';
import type { CreateResidentInput, ResidentsArgs, UpdateResidentInput } from './residents.types.js';

export class ResidentsService {
  /** `projects` narrows to where the caller may read personal data (null = all). */
  list(ctx: Ctx, args: ResidentsArgs, projects: string[] | null): Promise<Page<Resident>> {
    const where: FilterQuery<Resident> = {};
    const f = args.filter;
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.unitId) where.unitId = idOrNone(f.unitId);
    if (f?.kind) where.kind = f.kind;
    if (f?.search) where.$or = [{ name: { $ilike: like(f.search) } }, { phone: { $like: like(f.search) } }];
    return findPage(ctx.em, Resident, where, { [args.sortField]: args.sortOrder }, args);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, Resident, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, Resident, id);

  async create(ctx: Ctx, unit: Unit, input: CreateResidentInput): Promise<Resident> {
    const resident = ctx.em.create(Resident, {
      companyId: unit.companyId,
      projectId: unit.projectId,
      unitId: unit.id,
      name: input.name,
      phone: input.phone,
      kind: input.kind,
      active: true,
    });
    await ctx.em.flush();
    return resident;
  }

  async update(ctx: Ctx, resident: Resident, input: UpdateResidentInput): Promise<Resident> {
    expectVersion(resident, input.version);
    ctx.em.assign(resident, {
      ...(input.name ? { name: input.name } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      ...(input.kind ? { kind: input.kind } : {}),
      ...(input.active != null ? { active: input.active } : {}),
    });
    await ctx.em.flush();
    return resident;
  }
}
