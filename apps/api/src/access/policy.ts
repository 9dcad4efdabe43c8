import { can, canCompanyWide, projectsFor, type Action, type Principal } from '@wuye/domain';
import { forbidden, unauthenticated } from '../graphql/errors.js';
import type { Ctx } from '../context.js';

/**
 * The single gate every resolver goes through. Rules come from the domain's permission
 * table; this module only turns "no" into the right typed error.
 */
export function principalOf(ctx: Ctx): Principal {
  if (!ctx.principal) throw unauthenticated(ctx.authError ?? undefined);
  return ctx.principal;
}

/** A member of staff's own session: partner keys and anonymous callers are turned away. */
export function staffOf(ctx: Ctx) {
  principalOf(ctx);
  if (!ctx.user) throw forbidden();
  return ctx.user;
}

/** Allowed in this project (or, without one, in at least one project). */
export function authorize(ctx: Ctx, action: Action, projectId?: string | null): Principal {
  const principal = principalOf(ctx);
  if (!can(principal, action, projectId)) throw forbidden();
  return principal;
}

/** Company-level actions need a company-wide grant (GM, quality). */
export function authorizeCompanyWide(ctx: Ctx, action: Action): Principal {
  const principal = principalOf(ctx);
  if (!canCompanyWide(principal, action)) throw forbidden();
  return principal;
}

/** For lists: the projects whose rows the caller may see for this action; throws if none. */
export function readableProjects(ctx: Ctx, action: Action): string[] | null {
  const principal = principalOf(ctx);
  const scope = projectsFor(principal, action);
  if (scope === 'all') return null;
  if (scope.length === 0) throw forbidden();
  return scope;
}

/**
 * Loads a project-owned row and authorizes the action in its project. Rows of projects
 * the caller cannot see are already "not found" through the entity manager's filters.
 */
export async function authorizeFor<T extends { projectId: string }>(ctx: Ctx, action: Action, load: () => Promise<T>): Promise<T> {
  authorize(ctx, action);
  const row = await load();
  authorize(ctx, action, row.projectId);
  return row;
}
