import type { ApiScope } from './scopes.js';
import { isCompanyWideRole, type Role, type RoleAssignment } from './roles.js';

/**
 * Who may do what. One row per action; the API's policy module is the only caller,
 * so every resolver answers to this table (domain README §1).
 */
export interface PermissionRule {
  roles: readonly Role[];
  /** Partner key scopes that open this action; none means staff only. */
  scopes?: readonly ApiScope[];
}

const ALL_STAFF: readonly Role[] = [
  'general_manager',
  'project_manager',
  'supervisor',
  'front_desk',
  'worker',
  'finance',
  'quality',
  'housekeeper',
  'engineering',
];

const ANY_SCOPE: readonly ApiScope[] = [
  'catalog:read',
  'orders:read',
  'orders:write',
  'complaints:read',
  'complaints:write',
  'surveys:write',
  'reports:read',
];

export const PERMISSIONS = {
  /** Projects, buildings and units: structure, no personal data. */
  'project.read': { roles: ALL_STAFF, scopes: ANY_SCOPE },
  'project.manage': { roles: ['general_manager'] },
  'building.manage': { roles: ['general_manager', 'project_manager'] },
  'unit.manage': { roles: ['general_manager', 'project_manager'] },
  /** Residents are personal data: quality inspectors and partner keys do not need them. */
  'resident.read': {
    roles: ['general_manager', 'project_manager', 'supervisor', 'front_desk', 'worker', 'finance', 'housekeeper', 'engineering'],
  },
  'resident.manage': { roles: ['general_manager', 'project_manager', 'front_desk', 'housekeeper'] },
  /**
   * Residents' phone numbers in full, everywhere in the project: those whose work is calling
   * residents — the front desk (intake, follow-up calls), housekeepers (their block of units,
   * fee reminders), the project manager and the GM. Everyone else sees 138****5678, except
   * where they are the one to call (personal-data.ts), and may reveal a number, which is audited.
   */
  'resident.phone': { roles: ['general_manager', 'project_manager', 'front_desk', 'housekeeper'] },
  /** Revealing one masked number on purpose (recorded in the audit log): anyone who reads residents. */
  'resident.phone.reveal': {
    roles: ['general_manager', 'project_manager', 'supervisor', 'front_desk', 'worker', 'finance', 'housekeeper', 'engineering'],
  },
  'staff.read': { roles: ['general_manager', 'project_manager', 'supervisor', 'quality'] },
  'staff.manage': { roles: ['general_manager'] },
  'apiKey.manage': { roles: ['general_manager'] },
  /**
   * Webhook endpoints of a partner key: the GM for every key, and a key for its own endpoints
   * (which key a partner may touch is the webhooks service's rule, not this gate's).
   */
  'webhook.manage': { roles: ['general_manager'], scopes: ANY_SCOPE },
  'audit.read': { roles: ['general_manager', 'quality', 'project_manager'] },
  /** The published catalog and price history: everyone who quotes or answers residents (§2). */
  'catalog.read': { roles: ALL_STAFF, scopes: ['catalog:read', 'orders:write'] },
  /** The company template of categories and items. */
  'catalog.manage': { roles: ['general_manager'] },
  /** Drafting a project's price list, submitting it, reworking a rejected one. */
  'priceList.edit': { roles: ['project_manager'] },
  /** Approving or rejecting a submitted price list. */
  'priceList.decide': { roles: ['general_manager'] },
  /** Putting an approved list into effect (公示), now or at a set time. */
  'priceList.publish': { roles: ['general_manager', 'project_manager'] },
  /** Service orders: who may see them at all. */
  'order.read': { roles: ALL_STAFF, scopes: ['orders:read', 'orders:write'] },
  /** Intake (README §3.1): the front desk, its managers, or a partner app for a resident. */
  'order.register': { roles: ['front_desk', 'project_manager', 'general_manager'], scopes: ['orders:write'] },
  /**
   * Taking part in an order's flow. Which step each role may take (the worker only on
   * orders assigned to them, …) is the order lifecycle's rule, not this gate's.
   */
  'order.act': {
    roles: ['front_desk', 'supervisor', 'worker', 'finance', 'project_manager', 'general_manager'],
    scopes: ['orders:write'],
  },
  /** Materials requisitions (领料单): requested by workers, signed by supervisors, issued from stock. Staff only. */
  'order.materials': { roles: ['worker', 'supervisor', 'project_manager', 'general_manager'] },
  /** Owners' monthly statements (记账月结): preparing, issuing, marking paid, correcting. */
  'statement.manage': { roles: ['finance', 'project_manager', 'general_manager'] },
  /** Reading statements and recording the owner's confirmation. */
  'statement.read': {
    roles: ['finance', 'front_desk', 'housekeeper', 'project_manager', 'general_manager'],
    scopes: ['orders:read', 'orders:write'],
  },
  /** Long-term agreements (业主特约服务协议): drafted at the front desk, approved by the project manager. */
  'agreement.manage': { roles: ['front_desk', 'project_manager', 'general_manager'] },
  'agreement.approve': { roles: ['project_manager', 'general_manager'] },
  /** Complaints and suggestions (README §4). */
  'complaint.read': { roles: ALL_STAFF, scopes: ['complaints:read', 'complaints:write'] },
  'complaint.register': {
    roles: ['front_desk', 'housekeeper', 'supervisor', 'project_manager', 'general_manager'],
    scopes: ['complaints:write'],
  },
  /** Taking part in handling; which step each role may take is the complaint lifecycle's rule. */
  'complaint.handle': {
    roles: ['front_desk', 'housekeeper', 'supervisor', 'engineering', 'project_manager', 'general_manager'],
  },
  /** Tenants' prepaid deposits: top-ups and refunds. */
  'deposit.manage': { roles: ['finance', 'front_desk', 'project_manager', 'general_manager'] },
  /** Follow-up visits (回访, README §5): customer service, the department's supervisor, the project manager. */
  'followUp.record': { roles: ['front_desk', 'housekeeper', 'supervisor', 'project_manager', 'general_manager'] },
  /** Nonconformity records (repeats, inspection findings): raised for the project manager, watched by quality. */
  'nonconformity.read': { roles: ['project_manager', 'general_manager', 'quality'] },
  'nonconformity.manage': { roles: ['project_manager', 'general_manager', 'quality'] },
  /** Company settings: SLA deadlines, working calendar and holidays, follow-up rates. Everyone reads them. */
  'settings.read': { roles: ALL_STAFF },
  'settings.manage': { roles: ['general_manager'] },
  /** Profitability of paid services (README §6): the P&L, the review list, decisions; partners with reports:read. */
  'profitability.read': { roles: ['general_manager', 'project_manager', 'finance'], scopes: ['reports:read'] },
  /** The project manager decides what to do about a loss-making service… */
  'profitability.decide': { roles: ['project_manager'] },
  /** …and the general manager approves a price rise or a discontinuation. */
  'profitability.approve': { roles: ['general_manager'] },
  /** KPI (README §7): penalty entries and scores of others (which entries each may judge is the KPI rules' business). */
  'kpi.read': { roles: ['general_manager', 'project_manager', 'supervisor', 'quality'] },
  'kpi.manage': { roles: ['general_manager', 'project_manager', 'supervisor', 'quality'] },
  /** Everyone sees their own entries and score, and may appeal within 7 days. */
  'kpi.own': { roles: ALL_STAFF },
  /** Company KPI settings: penalty points, KPI targets, survey items, appraisal weights. The GM sets them. */
  'kpi.configure': { roles: ['general_manager'] },
  /**
   * Three-level inspections (README §7): records and findings are read by those who inspect or
   * answer for quality; which level and area each may inspect is the inspection rules' business.
   */
  'inspection.read': { roles: ['general_manager', 'project_manager', 'supervisor', 'quality'] },
  'inspection.record': { roles: ['general_manager', 'project_manager', 'supervisor', 'quality'] },
  /**
   * Acknowledging a finding, carrying out and verifying its corrective action: anyone named on it
   * (the finding rules decide who), so every member of staff.
   */
  'inspection.act': { roles: ALL_STAFF },
  /** Checklists and subcontractors (company-wide: GM and quality); a project's posts also its PM. */
  'inspection.configure': { roles: ['general_manager', 'quality', 'project_manager'] },
  /** The monthly inspection report: written by the project leader or quality, approved by the GM. */
  'inspectionReport.read': { roles: ['general_manager', 'project_manager', 'quality'] },
  'inspectionReport.write': { roles: ['general_manager', 'project_manager', 'quality'] },
  /** Satisfaction surveys: set up by the PM or quality; results read by managers, quality and customer service. */
  'survey.read': { roles: ['general_manager', 'project_manager', 'quality', 'front_desk', 'housekeeper'], scopes: ['reports:read', 'surveys:write'] },
  'survey.manage': { roles: ['general_manager', 'project_manager', 'quality'] },
  /** Entering a questionnaire: customer service and housekeepers collect them; a resident app with surveys:write. */
  'survey.respond': { roles: ['general_manager', 'project_manager', 'quality', 'front_desk', 'housekeeper'], scopes: ['surveys:write'] },
  /** Housekeeper appraisals: scored by the project manager, read by managers and quality. */
  'appraisal.read': { roles: ['general_manager', 'project_manager', 'quality'] },
  'appraisal.manage': { roles: ['general_manager', 'project_manager'] },
  /** Vacant units inspected at least monthly by the housekeeper of their block (README §7). */
  'vacantUnit.read': { roles: ['general_manager', 'project_manager', 'quality', 'housekeeper'] },
  'vacantUnit.check': { roles: ['general_manager', 'project_manager', 'housekeeper'] },
} as const satisfies Record<string, PermissionRule>;

export type Action = keyof typeof PERMISSIONS;
export const ACTIONS = Object.keys(PERMISSIONS) as Action[];

export type Principal =
  | { kind: 'user'; userId: string; companyId: string; assignments: readonly RoleAssignment[] }
  | { kind: 'apiKey'; keyId: string; companyId: string; scopes: readonly ApiScope[]; projectId: string | null };

/** Projects in which the principal may perform the action: 'all' or an explicit list (possibly empty). */
export function projectsFor(principal: Principal, action: Action): 'all' | string[] {
  const rule: PermissionRule = PERMISSIONS[action];
  if (principal.kind === 'apiKey') {
    if (!principal.scopes.some((s) => rule.scopes?.includes(s))) return [];
    return principal.projectId ? [principal.projectId] : 'all';
  }
  const projects = new Set<string>();
  for (const a of principal.assignments) {
    if (!rule.roles.includes(a.role)) continue;
    if (isCompanyWideRole(a.role)) return 'all';
    if (a.projectId) projects.add(a.projectId);
  }
  return [...projects];
}

/**
 * May the principal perform the action in this project? Without a project
 * (company-level actions, or a list across projects) it asks "anywhere at all".
 */
export function can(principal: Principal, action: Action, projectId?: string | null): boolean {
  const scope = projectsFor(principal, action);
  if (scope === 'all') return true;
  return projectId ? scope.includes(projectId) : scope.length > 0;
}

/** Company-level actions (creating a project, issuing keys) need a company-wide grant, not one project. */
export function canCompanyWide(principal: Principal, action: Action): boolean {
  return projectsFor(principal, action) === 'all';
}

/** Actions the principal may perform somewhere: drives the console's menu. */
export function permittedActions(principal: Principal): Action[] {
  return ACTIONS.filter((action) => can(principal, action));
}
