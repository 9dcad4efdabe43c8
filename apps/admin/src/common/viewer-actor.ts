import { kpiActorFrom, type Department, type KpiActor, type Role, type RoleAssignment } from '@wuye/domain';
import { useGetIdentity } from 'react-admin';
import type { Identity } from '../authProvider';

/** The viewer as `me` gives it: GraphQL enum values (SUPERVISOR, ENGINEERING). */
export type ViewerRoles = { userId: string; roles: ReadonlyArray<{ role: string; projectId?: string | null; department?: string | null }> };

const assignments = (viewer: ViewerRoles): RoleAssignment[] =>
  viewer.roles.map((r) => ({
    role: r.role.toLowerCase() as Role,
    projectId: r.projectId ?? null,
    department: r.department ? (r.department.toLowerCase() as Department) : null,
  }));

/** The viewer as the KPI rules see them in a project: roles held there and departments led. */
export const viewerActor = (viewer: ViewerRoles, projectId: string): KpiActor => kpiActorFrom(viewer.userId, assignments(viewer), projectId);

/** The signed-in staff member's id and roles; null for an API key or while loading. */
export function useViewerRoles(): ViewerRoles | null {
  const { data } = useGetIdentity();
  const viewer = (data as Identity | undefined)?.viewer;
  if (!viewer?.user) return null;
  return { userId: viewer.user.id, roles: viewer.roles };
}

/** Whether the viewer holds a role anywhere (GENERAL_MANAGER, QUALITY …). */
export const hasRole = (viewer: ViewerRoles | null, ...roles: string[]) => !!viewer?.roles.some((r) => roles.includes(r.role));
