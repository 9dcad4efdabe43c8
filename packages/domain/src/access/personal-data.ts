import type { Department } from './roles.js';
import { can, type Principal } from './permissions.js';

/** Where a resident's number is shown: the resident record, or the contact of an order, complaint or follow-up. */
export type PhoneHolder =
  | { kind: 'resident'; projectId: string }
  | { kind: 'order'; projectId: string; workerId?: string | null; supervisorId?: string | null }
  | { kind: 'complaint'; projectId: string; responsibleDepartment?: Department | null }
  | { kind: 'followUp'; projectId: string };

/**
 * Whether the principal sees this number in full (domain README §1). Always: those with
 * `resident.phone` in the project. Besides them, whoever has to call this resident about this
 * matter: the worker and supervisor an order is assigned to; the supervisors of the department
 * responsible for a complaint (and engineering, for the building-quality complaints it verifies
 * on site); whoever records follow-up visits (回访 are calls). Partner keys never do.
 */
export function seesFullPhone(principal: Principal, holder: PhoneHolder): boolean {
  if (can(principal, 'resident.phone', holder.projectId)) return true;
  if (principal.kind !== 'user') return false;
  switch (holder.kind) {
    case 'order':
      return principal.userId === holder.workerId || principal.userId === holder.supervisorId;
    case 'complaint': {
      const department = holder.responsibleDepartment;
      if (!department) return false;
      return principal.assignments.some(
        (a) =>
          a.projectId === holder.projectId &&
          ((a.role === 'supervisor' && a.department === department) || (a.role === 'engineering' && department === 'engineering')),
      );
    }
    case 'followUp':
      return can(principal, 'followUp.record', holder.projectId);
    default:
      return false;
  }
}

const MASK = '****';

/**
 * 13812345678 → 138****5678; 0755-12345678 → 0755-****5678. Enough to recognise a number one
 * already knows, not enough to call it.
 */
export function maskPhone(phone: string): string {
  const landline = /^(0\d{2,3}-)\d*(\d{4})$/.exec(phone);
  if (landline) return `${landline[1]}${MASK}${landline[2]}`;
  if (phone.length >= 8) return `${phone.slice(0, 3)}${MASK}${phone.slice(-4)}`;
  return MASK;
}

export const isMaskedPhone = (phone: string) => phone.includes(MASK);
