import type { Department, RoleAssignment } from '../access/roles.js';
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

/**
 * Whose penalty entries and scores a member of staff may read (issue 7): the GM and quality every
 * project's; a project manager their project's; a supervisor only the departments they lead in a
 * project. Everyone reads their own (not part of this scope).
 */
export interface KpiReadScope {
  /** Every project of the company. */
  readonly all: boolean;
  /** Projects read in full. */
  readonly projects: readonly string[];
  /** Projects read for some departments only. */
  readonly departments: readonly { readonly projectId: string; readonly departments: readonly Department[] }[];
}

export function kpiReadScope(assignments: readonly RoleAssignment[]): KpiReadScope {
  if (assignments.some((a) => a.role === 'general_manager' || a.role === 'quality')) return { all: true, projects: [], departments: [] };
  const full = new Set(assignments.filter((a) => a.role === 'project_manager' && a.projectId).map((a) => a.projectId as string));
  const led = new Map<string, Set<Department>>();
  for (const a of assignments) {
    if (a.role !== 'supervisor' || !a.projectId || !a.department || full.has(a.projectId)) continue;
    led.set(a.projectId, (led.get(a.projectId) ?? new Set()).add(a.department));
  }
  return {
    all: false,
    projects: [...full].sort(),
    departments: [...led.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([projectId, d]) => ({ projectId, departments: [...d].sort() })),
  };
}

/** May this scope read the entries of a person of this department in this project? */
export function kpiScopeCovers(scope: KpiReadScope, projectId: string, department: Department | null): boolean {
  if (scope.all || scope.projects.includes(projectId)) return true;
  const led = scope.departments.find((d) => d.projectId === projectId);
  return led !== undefined && department !== null && led.departments.includes(department);
}
