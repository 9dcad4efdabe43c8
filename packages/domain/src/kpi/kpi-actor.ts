import type { RoleAssignment } from '../access/roles.js';
import { complaintActorFrom, type ComplaintActor } from '../complaints/complaint-lifecycle.js';

/**
 * Who is acting, as seen from the project of the entry, inspection or survey:
 * roles held there (company-wide roles such as the GM's and quality's
 * included) and the departments the user leads as supervisor there. The same
 * shape as a complaint's actor.
 */
export type KpiActor = ComplaintActor;

export function kpiActorFrom(userId: string, assignments: readonly RoleAssignment[], projectId: string): KpiActor {
  return complaintActorFrom(userId, assignments, projectId);
}
