import { permittedActions, type Principal } from '@wuye/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../company/company.entity.js';
import type { ApiKey } from '../api-keys/api-key.entity.js';
import { Project } from '../projects/project.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import type { ViewerView } from './auth.types.js';

/** `me`: the caller, their roles, the projects they see and what they may do (drives the console menu). */
export async function describeViewer(
  em: EntityManager,
  principal: Principal,
  user: StaffUser | null,
  apiKey: ApiKey | null,
): Promise<ViewerView> {
  // The request's project-scope filter already limits projects to those the caller may see.
  const [company, projects] = await Promise.all([
    em.findOneOrFail(Company, { id: principal.companyId }),
    em.find(Project, {}, { orderBy: { code: 'asc' } }),
  ]);
  return {
    company,
    user: user as never,
    apiKey: apiKey as never,
    roles: (user?.roles ?? []) as never,
    projects,
    permissions: permittedActions(principal),
  };
}
