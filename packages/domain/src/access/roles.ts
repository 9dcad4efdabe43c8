/** Staff roles from the procedures (domain README §1). */
export const ROLES = [
  'general_manager',
  'project_manager',
  'supervisor',
  'front_desk',
  'worker',
  'finance',
  'quality',
  'housekeeper',
  'engineering',
] as const;
export type Role = (typeof ROLES)[number];

/** GM and quality work across every project of the company; everyone else is scoped to projects. */
export const COMPANY_WIDE_ROLES: readonly Role[] = ['general_manager', 'quality'];

export function isCompanyWideRole(role: Role): boolean {
  return COMPANY_WIDE_ROLES.includes(role);
}

export const DEPARTMENTS = ['customer_service', 'engineering', 'cleaning', 'greening', 'security'] as const;
export type Department = (typeof DEPARTMENTS)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  general_manager: { zh: '总经理', en: 'General manager' },
  project_manager: { zh: '项目经理', en: 'Project manager' },
  supervisor: { zh: '部门主管', en: 'Supervisor' },
  front_desk: { zh: '客服前台', en: 'Front desk' },
  worker: { zh: '服务人员', en: 'Worker' },
  finance: { zh: '财务', en: 'Finance' },
  quality: { zh: '品质管理部', en: 'Quality' },
  housekeeper: { zh: '管家', en: 'Housekeeper' },
  engineering: { zh: '工程部', en: 'Engineering' },
};

export interface RoleAssignment {
  role: Role;
  /** null for company-wide roles. */
  projectId: string | null;
  department?: Department | null;
}

export interface AssignmentIssue {
  index: number;
  field: 'projectId' | 'department';
  messageKey: 'access.assignment.projectRequired' | 'access.assignment.projectNotAllowed' | 'access.assignment.departmentRequired';
}

/**
 * A project-scoped role must name its project and a company-wide one must not;
 * a supervisor leads a department, so dispatch can find "the supervisor of the right department".
 */
export function validateAssignments(assignments: readonly RoleAssignment[]): AssignmentIssue[] {
  const issues: AssignmentIssue[] = [];
  assignments.forEach((a, index) => {
    if (isCompanyWideRole(a.role) && a.projectId) {
      issues.push({ index, field: 'projectId', messageKey: 'access.assignment.projectNotAllowed' });
    }
    if (!isCompanyWideRole(a.role) && !a.projectId) {
      issues.push({ index, field: 'projectId', messageKey: 'access.assignment.projectRequired' });
    }
    if (a.role === 'supervisor' && !a.department) {
      issues.push({ index, field: 'department', messageKey: 'access.assignment.departmentRequired' });
    }
  });
  return issues;
}
