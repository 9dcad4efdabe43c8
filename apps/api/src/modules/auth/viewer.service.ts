import { permittedActions, type Principal } from '@wuye/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Company } from '../company/company.entity.js';
import type { ApiKey } from '../api-keys/api-key.entity.js';
import { Project } from '../projects/project.entity.js';
import type { StaffUser } from '../staff/staff-user.entity.js';
import type { ViewerView } from './auth.types.js';

/**
 * `me`: the caller, their roles, the projects they see and what they may do (drives the console
 * menu). Company and projects are read only when the query asks for them (getters), so a client
 * checking who it is costs the authentication's one statement and no more.
 */
export function describeViewer(em: EntityManager, principal: Principal, user: StaffUser | null, apiKey: ApiKey | null): ViewerView {
  let company: Promise<Company> | undefined;
  let projects: Promise<Project[]> | undefined;
  return {
    get company() {
      return (company ??= em.findOneOrFail(Company, { id: principal.companyId })) as never;
    },
    user: user as never,
    apiKey: apiKey as never,
    roles: (user?.roles ?? []) as never,
    // The request's project-scope filter already limits projects to those the caller may see.
    get projects() {
      return (projects ??= em.find(Project, {}, { orderBy: { code: 'asc' } })) as never;
    },
    permissions: permittedActions(principal),
  };
}
