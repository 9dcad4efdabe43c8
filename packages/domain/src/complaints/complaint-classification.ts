import { DEPARTMENTS, type Department } from '../access/roles.js';
import type { MessageParams } from '../catalog/catalog-messages.js';
import type { ComplaintMessageKey } from './complaint-messages.js';

/**
 * What the front desk decides at intake (domain README §4): complaint or
 * suggestion (建议); for a complaint its category, whether it is valid, its
 * severity and the responsible department.
 */
export const COMPLAINT_KINDS = ['complaint', 'suggestion'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

/**
 * 1 property-service shortfall (物业管理服务不到位): the project's responsible department;
 * 2 developer / building quality (开发商及房屋质量): engineering, then the developer;
 * 3 external (外部环境、非管辖区公共配套): explained and referred.
 */
export const COMPLAINT_CATEGORIES = [1, 2, 3] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_SEVERITIES = ['general', 'serious', 'major'] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];

export const COMPLAINT_CATEGORY_LABELS: Readonly<Record<ComplaintCategory, { zh: string; en: string }>> = {
  1: { zh: '物业管理服务不到位', en: 'Property-service shortfall' },
  2: { zh: '开发商及房屋质量', en: 'Developer / building quality' },
  3: { zh: '外部环境、非管辖区公共配套', en: 'External environment / facilities outside our remit' },
};

export const COMPLAINT_SEVERITY_LABELS: Readonly<Record<ComplaintSeverity, { zh: string; en: string }>> = {
  general: { zh: '一般', en: 'General' },
  serious: { zh: '严重', en: 'Serious' },
  major: { zh: '重大', en: 'Major' },
};

export function isComplaintCategory(value: unknown): value is ComplaintCategory {
  return (COMPLAINT_CATEGORIES as readonly unknown[]).includes(value);
}

export function isComplaintSeverity(value: unknown): value is ComplaintSeverity {
  return (COMPLAINT_SEVERITIES as readonly unknown[]).includes(value);
}

/**
 * The department the category points to: engineering handles category 2,
 * customer service explains and refers category 3; category 1 depends on the
 * matter (cleaning, greening, security…), so the front desk chooses (null).
 */
export function defaultComplaintDepartment(category: ComplaintCategory): Department | null {
  switch (category) {
    case 1:
      return null;
    case 2:
      return 'engineering';
    case 3:
      return 'customer_service';
  }
}

export interface ComplaintClassification {
  readonly kind: ComplaintKind;
  /** Complaints only; a suggestion leaves these null. */
  readonly category: ComplaintCategory | null;
  readonly valid: boolean | null;
  readonly invalidReason?: string | null;
  readonly severity: ComplaintSeverity | null;
  /** Required for complaints and for suggestions (whoever decides on adoption). */
  readonly responsibleDepartment: Department | null;
}

export type ComplaintClassificationField = 'category' | 'valid' | 'invalidReason' | 'severity' | 'responsibleDepartment';

export interface ComplaintIssue<F extends string = ComplaintClassificationField> {
  readonly code: 'VALIDATION_FAILED';
  readonly field: F;
  readonly messageKey: ComplaintMessageKey;
  readonly params: MessageParams;
}

/**
 * Intake rules: a complaint has a category, a validity and a severity; an
 * invalid one gives its reason; category 2 goes to engineering (it verifies on
 * site and hands over to the developer). A suggestion has none of category,
 * validity or severity — it is adopted or not later.
 */
export function validateComplaintClassification(c: ComplaintClassification): ComplaintIssue[] {
  const issues: ComplaintIssue[] = [];
  const issue = (field: ComplaintClassificationField, messageKey: ComplaintMessageKey, params: MessageParams = {}) =>
    issues.push({ code: 'VALIDATION_FAILED', field, messageKey, params });

  if (c.responsibleDepartment === null) issue('responsibleDepartment', 'complaint.department.required');
  else if (!(DEPARTMENTS as readonly string[]).includes(c.responsibleDepartment)) {
    issue('responsibleDepartment', 'complaint.department.unknown', { department: String(c.responsibleDepartment) });
  }

  if (c.kind === 'suggestion') {
    if (c.category !== null) issue('category', 'complaint.suggestion.noCategory');
    if (c.valid !== null) issue('valid', 'complaint.suggestion.noValidity');
    if (c.severity !== null) issue('severity', 'complaint.suggestion.noSeverity');
    return issues;
  }

  if (c.category === null) issue('category', 'complaint.category.required');
  else if (!isComplaintCategory(c.category)) issue('category', 'complaint.category.unknown', { category: String(c.category) });
  if (c.valid === null) issue('valid', 'complaint.validity.required');
  if (c.valid === false && (c.invalidReason ?? '').trim() === '') issue('invalidReason', 'complaint.invalidReason.required');
  if (c.severity === null) issue('severity', 'complaint.severity.required');
  else if (!isComplaintSeverity(c.severity)) issue('severity', 'complaint.severity.unknown', { severity: String(c.severity) });
  if (c.category === 2 && c.responsibleDepartment !== null && c.responsibleDepartment !== 'engineering') {
    issue('responsibleDepartment', 'complaint.category2.engineering');
  }
  return issues;
}

export const COMPLAINT_INTAKE_DUTIES = [
  'thank_resident',
  'apologise',
  'apologise_in_person_or_by_phone',
  'notify_project_manager',
  'engineering_site_check',
  'explain_and_refer',
] as const;
export type ComplaintIntakeDuty = (typeof COMPLAINT_INTAKE_DUTIES)[number];

/**
 * What intake obliges staff to do beyond the clocks (README §4): apologise for
 * a complaint and thank for a suggestion; a serious or major complaint gets an
 * apology in person or by phone; a major one is reported to the project
 * manager at once (he organises its follow-up, §5); category 2 starts with
 * engineering's site check; category 3 is explained and referred.
 * An invalid complaint only gets the apology.
 */
export function complaintIntakeDuties(c: Pick<ComplaintClassification, 'kind' | 'category' | 'valid' | 'severity'>): ComplaintIntakeDuty[] {
  if (c.kind === 'suggestion') return ['thank_resident'];
  const duties: ComplaintIntakeDuty[] = ['apologise'];
  if (c.valid !== true) return duties;
  if (c.severity === 'serious' || c.severity === 'major') duties.push('apologise_in_person_or_by_phone');
  if (c.severity === 'major') duties.push('notify_project_manager');
  if (c.category === 2) duties.push('engineering_site_check');
  if (c.category === 3) duties.push('explain_and_refer');
  return duties;
}
