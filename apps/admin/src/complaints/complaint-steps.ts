import {
  allowedComplaintActions,
  complaintActorFrom,
  isComplaintCategory,
  nextSuggestionState,
  transitionComplaint,
  transitionSuggestion,
  type ComplaintAction,
  type ComplaintState,
  type Department,
  type Role,
  type RoleAssignment,
  type SuggestionAction,
  type SuggestionState,
} from '@wuye/domain';

/** The viewer as `me` gives it: GraphQL enum values (SUPERVISOR, ENGINEERING). */
export type ViewerRoles = { userId: string; roles: ReadonlyArray<{ role: string; projectId?: string | null; department?: string | null }> };

export type StepSubject = {
  kind: string;
  state: string;
  category: number | null;
  responsibleDepartment: string | null;
  projectId: string;
  createdAt: string;
};

const assignments = (viewer: ViewerRoles): RoleAssignment[] =>
  viewer.roles.map((r) => ({
    role: r.role.toLowerCase() as Role,
    projectId: r.projectId ?? null,
    department: r.department ? (r.department.toLowerCase() as Department) : null,
  }));

/**
 * The handling steps to offer on a complaint: those the domain's table allows from its state for
 * its category, and that the viewer's roles in its project may take (the domain's own rule, asked
 * with placeholder data, so "who may" is never restated here). Four-eyes rules that need who
 * signed or recorded before (not part of the API's complaint view) are left to the API.
 */
export function offeredComplaintSteps(c: StepSubject, viewer: ViewerRoles, now = new Date()): ComplaintAction[] {
  if (c.kind !== 'COMPLAINT' || !isComplaintCategory(c.category) || !c.responsibleDepartment) return [];
  const category = c.category;
  const actor = complaintActorFrom(viewer.userId, assignments(viewer), c.projectId);
  const registeredAt = new Date(c.createdAt);
  return allowedComplaintActions(c.state as ComplaintState, category).filter((action) => {
    const result = transitionComplaint({
      from: c.state as ComplaintState,
      action,
      actor,
      now,
      complaint: { category, responsibleDepartment: c.responsibleDepartment!.toLowerCase() as Department, registeredAt },
      reason: '-',
      findings: '-',
      developerResponseDueAt: new Date(now.getTime() + 86_400_000),
      developerResponse: '-',
      cause: '-',
      handling: '-',
      completedAt: now < registeredAt ? registeredAt : now,
    });
    return result.ok;
  });
}

const SUGGESTION_STEPS: readonly SuggestionAction[] = ['adopt', 'decline', 'tell_resident'];

/** 采纳 / 不采纳 / 告知住户: what the suggestion's state allows and the viewer may do. */
export function offeredSuggestionSteps(c: StepSubject, viewer: ViewerRoles, now = new Date()): SuggestionAction[] {
  if (c.kind !== 'SUGGESTION') return [];
  const actor = complaintActorFrom(viewer.userId, assignments(viewer), c.projectId);
  return SUGGESTION_STEPS.filter((action) => {
    if (!nextSuggestionState(c.state as SuggestionState, action)) return false;
    const result = transitionSuggestion({
      from: c.state as SuggestionState,
      action,
      actor,
      responsibleDepartment: (c.responsibleDepartment?.toLowerCase() ?? 'customer_service') as Department,
      reason: '-',
      now,
    });
    return result.ok;
  });
}

/** What each step asks for in its dialog (the domain requires these; the API checks again). */
export type StepInputKind = 'none' | 'reason' | 'findings' | 'developerDue' | 'developerResponse' | 'resolution';

export const STEP_INPUT: Readonly<Record<ComplaintAction, StepInputKind>> = {
  accept: 'none',
  verify_on_site: 'findings',
  sign_engineering: 'none',
  sign_project_manager: 'none',
  hand_to_developer: 'developerDue',
  record_developer_response: 'developerResponse',
  record_resolution: 'resolution',
  sign_resolution: 'none',
  return_resolution: 'reason',
  verify: 'none',
  fail_verification: 'reason',
  close: 'none',
  close_invalid: 'reason',
};

/** Steps that send the complaint back or end it without handling: shown in red. */
export const NEGATIVE_STEPS: readonly ComplaintAction[] = ['return_resolution', 'fail_verification', 'close_invalid'];
