import { Filter, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

type FilterDef = Parameters<typeof Filter>[0];
import { newId } from './ids.js';

export const TENANT_FILTER = 'tenant';
export const PROJECT_SCOPE_FILTER = 'projectScope';

/** Filter params set once per request on the forked entity manager (context.ts). */
export interface ProjectScopeParams {
  /** null = every project of the company. */
  projectIds: string[] | null;
}

/**
 * Every tenant-owned row carries company_id and every ORM query is filtered by it:
 * one place, applied by default, so a forgotten where-clause cannot leak another company's data.
 */
@Filter({
  name: TENANT_FILTER,
  cond: (args: { companyId: string }) => ({ companyId: args.companyId }),
  default: true,
})
export abstract class TenantEntity {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid', index: true })
  companyId!: string;

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

/** Aggregates edited by people carry a version: a stale write fails with CONFLICT instead of overwriting. */
export abstract class VersionedEntity extends TenantEntity {
  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;
}

/** Rows that belong to one project are also limited to the projects the caller may see. */
export function projectScope(column: 'projectId' | 'id'): FilterDef {
  return {
    name: PROJECT_SCOPE_FILTER,
    cond: (args: ProjectScopeParams) => (args.projectIds === null ? {} : { [column]: { $in: args.projectIds } }),
    default: true,
  };
}
