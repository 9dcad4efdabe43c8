import { raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import { validateAssignments, type Department, type RoleAssignment } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone, isUuid, like } from '../../db/queries.js';
import { AppError, invalid, notFound } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { hashPassword } from '../auth/password.js';
import { Project } from '../projects/project.entity.js';
import { StaffUser } from './staff-user.entity.js';
import type { CreateStaffUserInput, RoleAssignmentInput, StaffUsersArgs, UpdateStaffUserInput } from './staff.types.js';

const duplicate = (field: string) => new AppError('CONFLICT', 'error.duplicate', { field }, field);

/** Staff who hold a role in one of these projects (or a company-wide role). */
const inProjects = (projectIds: string[]) =>
  raw((alias) => `exists (select 1 from jsonb_array_elements(${alias}.roles) r where r->>'projectId' in (?))`, [projectIds]);

export class StaffService {
  list(ctx: Ctx, args: StaffUsersArgs, projects: string[] | null): Promise<Page<StaffUser>> {
    const where: FilterQuery<StaffUser> & { $and: FilterQuery<StaffUser>[] } = { $and: [] };
    if (projects) where.$and.push({ [inProjects(projects)]: true } as FilterQuery<StaffUser>);
    const f = args.filter;
    if (f?.projectId) where.$and.push({ [inProjects([idOrNone(f.projectId)])]: true } as FilterQuery<StaffUser>);
    if (f?.role) {
      where.$and.push({ [raw((a) => `${a}.roles @> ?::jsonb`, [JSON.stringify([{ role: f.role }])])]: true } as FilterQuery<StaffUser>);
    }
    if (f?.search) where.$and.push({ $or: [{ name: { $ilike: like(f.search) } }, { email: { $ilike: like(f.search) } }, { phone: { $like: like(f.search) } }] });
    return findPage(ctx.em, StaffUser, where, { [args.sortField]: args.sortOrder }, args);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, StaffUser, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, StaffUser, id);

  /** Assignments must be well-formed and name projects of this company. */
  private async assignments(ctx: Ctx, input: RoleAssignmentInput[]): Promise<RoleAssignment[]> {
    const roles: RoleAssignment[] = input.map((a) => ({ role: a.role, projectId: a.projectId ?? null, department: a.department ?? null }));
    const issue = validateAssignments(roles)[0];
    if (issue) throw invalid(`roles.${issue.index}.${issue.field}`, issue.messageKey);
    const projectIds = [...new Set(roles.map((r) => r.projectId).filter((p): p is string => !!p))];
    const bad = projectIds.find((id) => !isUuid(id));
    const found = bad ? 0 : await ctx.em.count(Project, { id: { $in: projectIds } }, { filters: { projectScope: false } });
    if (bad || found !== projectIds.length) throw notFound('Project');
    return roles;
  }

  private async ensureUnique(ctx: Ctx, email: string | null | undefined, phone: string | null | undefined, exceptId?: string) {
    // Logins are unique across companies, so this check deliberately ignores the tenant filter.
    if (email) {
      const other = await ctx.em.findOne(StaffUser, { email }, { filters: false });
      if (other && other.id !== exceptId) throw duplicate('email');
    }
    if (phone) {
      const other = await ctx.em.findOne(StaffUser, { phone }, { filters: false });
      if (other && other.id !== exceptId) throw duplicate('phone');
    }
  }

  async create(ctx: Ctx, input: CreateStaffUserInput): Promise<StaffUser> {
    if (!input.email && !input.phone) throw invalid('email', 'validation.notEmpty');
    const email = input.email?.trim().toLowerCase() ?? null;
    const roles = await this.assignments(ctx, input.roles);
    await this.ensureUnique(ctx, email, input.phone);
    const user = ctx.em.create(StaffUser, {
      companyId: ctx.companyId!,
      name: input.name,
      email,
      phone: input.phone ?? null,
      passwordHash: await hashPassword(input.password),
      roles,
      active: true,
    });
    await ctx.em.flush();
    return user;
  }

  async update(ctx: Ctx, user: StaffUser, input: UpdateStaffUserInput): Promise<StaffUser> {
    expectVersion(user, input.version);
    const email = input.email === undefined ? undefined : input.email?.trim().toLowerCase() ?? null;
    await this.ensureUnique(ctx, email, input.phone, user.id);
    const roles = input.roles ? await this.assignments(ctx, input.roles) : undefined;
    ctx.em.assign(user, {
      ...(input.name ? { name: input.name } : {}),
      ...(email !== undefined ? { email } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.active != null ? { active: input.active } : {}),
      ...(roles ? { roles } : {}),
    });
    if (!user.email && !user.phone) throw invalid('email', 'validation.notEmpty');
    await ctx.em.flush();
    return user;
  }
}

/** The department someone belongs to in a project: the one they supervise there, if any. */
export function departmentIn(roles: readonly RoleAssignment[], projectId: string): Department | null {
  return roles.find((r) => r.projectId === projectId && r.department)?.department ?? null;
}

/**
 * Active staff of a company holding a role in a project (and department): who a notice goes to.
 * Uses the roles GIN index; raw SQL, so the company is explicit.
 */
export async function staffWithRole(
  em: EntityManager,
  companyId: string,
  assignment: { role: string; projectId: string; department?: string | null },
): Promise<string[]> {
  const match = { role: assignment.role, projectId: assignment.projectId, ...(assignment.department ? { department: assignment.department } : {}) };
  const rows: Array<{ id: string }> = await em.execute('select id from staff_user where company_id = ? and active and roles @> ?::jsonb order by id', [companyId, JSON.stringify([match])]);
  return rows.map((r) => r.id);
}
