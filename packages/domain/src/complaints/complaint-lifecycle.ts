import { isCompanyWideRole, type Department, type Role, type RoleAssignment } from '../access/roles.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ComplaintCategory } from './complaint-classification.js';
import type { ComplaintMessageKey } from './complaint-messages.js';

/**
 * A complaint's path through the procedures (domain README §4):
 *
 *   registered ─accept→ in_progress                              (categories 1, 3)
 *   registered ─verify_on_site→ engineering_verified              (category 2)
 *     ─sign_engineering→ engineering_signed ─sign_project_manager→ ready_for_developer
 *     ─hand_to_developer→ with_developer ─record_developer_response→ developer_responded
 *   in_progress | developer_responded ─record_resolution→ resolution_recorded
 *     (cause, handling method, completion time)
 *   resolution_recorded ─sign_resolution→ department_signed      (department head)
 *                       ─return_resolution→ in_progress          (head sends it back, with reason)
 *   department_signed ─verify→ verified                          (customer service)
 *                     ─fail_verification→ in_progress            (with reason)
 *   verified ─close→ closed
 *   registered | engineering_verified ─close_invalid→ closed     (invalid, with reason)
 *
 * Category 2 signatures are in the order of the paper form: engineering
 * manager, then project manager, two different people. Large legacy problems
 * that go to the GM's office as a written report are outside this flow.
 */
export const COMPLAINT_STATES = [
  'registered',
  'engineering_verified',
  'engineering_signed',
  'ready_for_developer',
  'with_developer',
  'developer_responded',
  'in_progress',
  'resolution_recorded',
  'department_signed',
  'verified',
  'closed',
] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];

export const COMPLAINT_ACTIONS = [
  'accept',
  'verify_on_site',
  'sign_engineering',
  'sign_project_manager',
  'hand_to_developer',
  'record_developer_response',
  'record_resolution',
  'sign_resolution',
  'return_resolution',
  'verify',
  'fail_verification',
  'close',
  'close_invalid',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

export const COMPLAINT_TRANSITIONS: Readonly<
  Record<ComplaintState, Readonly<Partial<Record<ComplaintAction, ComplaintState>>>>
> = {
  registered: { accept: 'in_progress', verify_on_site: 'engineering_verified', close_invalid: 'closed' },
  engineering_verified: { sign_engineering: 'engineering_signed', close_invalid: 'closed' },
  engineering_signed: { sign_project_manager: 'ready_for_developer' },
  ready_for_developer: { hand_to_developer: 'with_developer' },
  with_developer: { record_developer_response: 'developer_responded' },
  developer_responded: { record_resolution: 'resolution_recorded' },
  in_progress: { record_resolution: 'resolution_recorded' },
  resolution_recorded: { sign_resolution: 'department_signed', return_resolution: 'in_progress' },
  department_signed: { verify: 'verified', fail_verification: 'in_progress' },
  verified: { close: 'closed' },
  closed: {},
};

/** Actions open only to some categories: category 2 goes through engineering, the others are accepted directly. */
export const COMPLAINT_ACTION_CATEGORIES: Readonly<Partial<Record<ComplaintAction, readonly ComplaintCategory[]>>> = {
  accept: [1, 3],
  verify_on_site: [2],
};

/**
 * Who is acting, as seen from the complaint's project; the API derives it
 * with complaintActorFrom.
 */
export interface ComplaintActor {
  readonly userId: string;
  /** Roles held in the complaint's project, company-wide roles included. */
  readonly roles: readonly Role[];
  /** Departments the user leads as supervisor in that project. */
  readonly supervises: readonly Department[];
}

export function complaintActorFrom(userId: string, assignments: readonly RoleAssignment[], projectId: string): ComplaintActor {
  const here = assignments.filter((a) => isCompanyWideRole(a.role) || a.projectId === projectId);
  return {
    userId,
    roles: [...new Set(here.map((a) => a.role))],
    supervises: [...new Set(here.flatMap((a) => (a.role === 'supervisor' && a.department ? [a.department] : [])))],
  };
}

export type ComplaintPermission =
  | 'departmentHead'
  | 'engineering'
  | 'engineeringOrProjectManager'
  | 'projectManager'
  | 'handler'
  | 'customerService'
  | 'closer';

/**
 * From README §1: the supervisor verifies complaint handling in his
 * department, engineering handles category 2, customer service (front desk,
 * housekeepers) follows complaints through. The project manager, who
 * supervises quality, may stand in for a department head. A worker records the
 * handling but cannot sign it off, verify it or close the complaint; finance
 * and quality take no part.
 */
export const COMPLAINT_PERMISSIONS: Readonly<Record<ComplaintAction, ComplaintPermission>> = {
  accept: 'departmentHead',
  verify_on_site: 'engineering',
  sign_engineering: 'engineering',
  sign_project_manager: 'projectManager',
  hand_to_developer: 'engineeringOrProjectManager',
  record_developer_response: 'engineeringOrProjectManager',
  record_resolution: 'handler',
  sign_resolution: 'departmentHead',
  return_resolution: 'departmentHead',
  verify: 'customerService',
  fail_verification: 'customerService',
  close: 'closer',
  close_invalid: 'closer',
};

const FORBIDDEN_KEY: Readonly<Record<ComplaintPermission, ComplaintMessageKey>> = {
  departmentHead: 'complaint.forbidden.departmentHead',
  engineering: 'complaint.forbidden.engineering',
  engineeringOrProjectManager: 'complaint.forbidden.engineeringOrProjectManager',
  projectManager: 'complaint.forbidden.projectManager',
  handler: 'complaint.forbidden.handler',
  customerService: 'complaint.forbidden.customerService',
  closer: 'complaint.forbidden.closer',
};

function holds(actor: ComplaintActor, permission: ComplaintPermission, department: Department): boolean {
  const has = (role: Role) => actor.roles.includes(role);
  const leads = (d: Department) => has('supervisor') && actor.supervises.includes(d);
  switch (permission) {
    case 'departmentHead':
      return leads(department) || has('project_manager');
    case 'engineering':
      return has('engineering') || leads('engineering');
    case 'engineeringOrProjectManager':
      return has('engineering') || leads('engineering') || has('project_manager');
    case 'projectManager':
      return has('project_manager');
    case 'handler':
      return (['worker', 'supervisor', 'engineering', 'housekeeper', 'front_desk', 'project_manager'] as const).some(has);
    case 'customerService':
      return has('front_desk') || has('housekeeper') || leads('customer_service') || has('project_manager');
    case 'closer':
      return has('front_desk') || leads('customer_service') || has('project_manager') || has('general_manager');
  }
}

export function isComplaintState(value: unknown): value is ComplaintState {
  return typeof value === 'string' && (COMPLAINT_STATES as readonly string[]).includes(value);
}

export function nextComplaintState(from: ComplaintState, action: ComplaintAction): ComplaintState | undefined {
  if (!isComplaintState(from)) return undefined;
  const row = COMPLAINT_TRANSITIONS[from];
  return Object.hasOwn(row, action) ? row[action] : undefined;
}

/** Actions the table and the category allow from a state (roles not considered): drives the console's buttons. */
export function allowedComplaintActions(from: ComplaintState, category: ComplaintCategory): ComplaintAction[] {
  return COMPLAINT_ACTIONS.filter(
    (action) => nextComplaintState(from, action) !== undefined && (COMPLAINT_ACTION_CATEGORIES[action]?.includes(category) ?? true),
  );
}

export interface ComplaintTransitionInput {
  readonly from: ComplaintState;
  readonly action: ComplaintAction;
  readonly actor: ComplaintActor;
  readonly now: Date;
  readonly complaint: {
    readonly category: ComplaintCategory;
    readonly responsibleDepartment: Department;
    readonly registeredAt: Date;
    /** Who signed for engineering; the project manager's signature must be someone else's. */
    readonly engineeringSignedBy?: string | null;
    /** Who recorded the resolution; customer service verification must be someone else's. */
    readonly resolutionRecordedBy?: string | null;
  };
  /** close_invalid, return_resolution, fail_verification. */
  readonly reason?: string | null;
  /** verify_on_site: what engineering found. */
  readonly findings?: string | null;
  /** hand_to_developer: when the developer must respond by. */
  readonly developerResponseDueAt?: Date | null;
  /** record_developer_response. */
  readonly developerResponse?: string | null;
  /** record_resolution: cause, handling method and when the handling was completed. */
  readonly cause?: string | null;
  readonly handling?: string | null;
  readonly completedAt?: Date | null;
}

export type ComplaintTransitionField =
  | 'reason'
  | 'findings'
  | 'developerResponseDueAt'
  | 'developerResponse'
  | 'cause'
  | 'handling'
  | 'completedAt';

export type ComplaintTransitionFailure = {
  readonly ok: false;
  readonly code: 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';
  readonly field?: ComplaintTransitionField;
  readonly messageKey: ComplaintMessageKey;
  readonly params: MessageParams;
};

export type ComplaintTransitionResult = { readonly ok: true; readonly to: ComplaintState } | ComplaintTransitionFailure;

/**
 * Checks, in order: the table and the category (INVALID_STATE), the actor's
 * role (FORBIDDEN), four-eyes rules (FORBIDDEN: two different signers for
 * category 2; customer service does not verify a resolution it recorded
 * itself), then the action's data (VALIDATION_FAILED).
 */
export function transitionComplaint(input: ComplaintTransitionInput): ComplaintTransitionResult {
  const { from, action, actor, now, complaint } = input;
  if (Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date');

  const to = nextComplaintState(from, action);
  if (to === undefined) {
    return fail('INVALID_STATE', 'complaint.transition.invalid', undefined, { from: String(from), action: String(action) });
  }
  const categories = COMPLAINT_ACTION_CATEGORIES[action];
  if (categories && !categories.includes(complaint.category)) {
    return fail('INVALID_STATE', 'complaint.transition.wrongCategory', undefined, { action, category: complaint.category });
  }

  const permission = COMPLAINT_PERMISSIONS[action];
  if (!holds(actor, permission, complaint.responsibleDepartment)) return fail('FORBIDDEN', FORBIDDEN_KEY[permission]);
  if (action === 'sign_project_manager' && complaint.engineeringSignedBy === actor.userId) {
    return fail('FORBIDDEN', 'complaint.sign.sameSigner');
  }
  if ((action === 'verify' || action === 'fail_verification') && complaint.resolutionRecordedBy === actor.userId) {
    return fail('FORBIDDEN', 'complaint.verify.ownResolution');
  }

  const blank = (text: string | null | undefined) => (text ?? '').trim() === '';
  switch (action) {
    case 'close_invalid':
    case 'return_resolution':
    case 'fail_verification':
      if (blank(input.reason)) return fail('VALIDATION_FAILED', 'complaint.reason.required', 'reason');
      break;
    case 'verify_on_site':
      if (blank(input.findings)) return fail('VALIDATION_FAILED', 'complaint.findings.required', 'findings');
      break;
    case 'hand_to_developer': {
      const due = input.developerResponseDueAt;
      if (!due) return fail('VALIDATION_FAILED', 'complaint.developerResponseDueAt.required', 'developerResponseDueAt');
      if (Number.isNaN(due.getTime())) return fail('VALIDATION_FAILED', 'complaint.date.invalid', 'developerResponseDueAt');
      if (due.getTime() <= now.getTime()) {
        return fail('VALIDATION_FAILED', 'complaint.developerResponseDueAt.notFuture', 'developerResponseDueAt');
      }
      break;
    }
    case 'record_developer_response':
      if (blank(input.developerResponse)) return fail('VALIDATION_FAILED', 'complaint.developerResponse.required', 'developerResponse');
      break;
    case 'record_resolution': {
      if (blank(input.cause)) return fail('VALIDATION_FAILED', 'complaint.resolution.causeRequired', 'cause');
      if (blank(input.handling)) return fail('VALIDATION_FAILED', 'complaint.resolution.handlingRequired', 'handling');
      const done = input.completedAt;
      if (!done) return fail('VALIDATION_FAILED', 'complaint.resolution.completedAtRequired', 'completedAt');
      if (Number.isNaN(done.getTime())) return fail('VALIDATION_FAILED', 'complaint.date.invalid', 'completedAt');
      if (done.getTime() > now.getTime()) return fail('VALIDATION_FAILED', 'complaint.resolution.completedInFuture', 'completedAt');
      if (done.getTime() < complaint.registeredAt.getTime()) {
        return fail('VALIDATION_FAILED', 'complaint.resolution.completedBeforeRegistered', 'completedAt');
      }
      break;
    }
    default:
      break;
  }
  return { ok: true, to };
}

function fail(
  code: ComplaintTransitionFailure['code'],
  messageKey: ComplaintMessageKey,
  field?: ComplaintTransitionField,
  params: MessageParams = {},
): ComplaintTransitionFailure {
  return field === undefined ? { ok: false, code, messageKey, params } : { ok: false, code, field, messageKey, params };
}
