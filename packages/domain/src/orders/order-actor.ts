import { isCompanyWideRole, type Role, type RoleAssignment } from '../access/roles.js';

/**
 * Who is acting on an order, as seen from the order's project:
 * - staff: the roles the user holds in the order's project, company-wide
 *   roles such as the GM's included (orderActorFrom);
 * - partner: a partner app (resident app, WeChat mini-program) with the
 *   `orders:write` scope, acting for the resident — it may register an order,
 *   give or refuse the resident's consent, cancel for them and confirm a
 *   statement, nothing a member of staff does.
 */
export type OrderActor =
  | { readonly kind: 'staff'; readonly userId: string; readonly roles: readonly Role[] }
  | { readonly kind: 'partner'; readonly keyId: string };

export function orderActorFrom(userId: string, assignments: readonly RoleAssignment[], projectId: string): OrderActor {
  const roles = assignments.filter((a) => isCompanyWideRole(a.role) || a.projectId === projectId).map((a) => a.role);
  return { kind: 'staff', userId, roles: [...new Set(roles)] };
}
