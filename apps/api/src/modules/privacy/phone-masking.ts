import { canCompanyWide, maskPhone, seesFullPhone, type PhoneHolder } from '@wuye/domain';
import type { Ctx } from '../../context.js';

/** The number as this caller may see it: in full, or 138****5678 (domain `seesFullPhone`). */
export function phoneFor(ctx: Ctx, phone: string, holder: PhoneHolder): string {
  return ctx.principal && seesFullPhone(ctx.principal, holder) ? phone : maskPhone(phone);
}

const PHONE_KEYS = new Set(['phone', 'contactPhone']);

/** An audit entry's before/after with residents' numbers masked unless the caller sees them in full in that project. */
export function maskAuditData(ctx: Ctx, data: Record<string, unknown> | null | undefined, projectId: string | null | undefined) {
  if (!data) return data ?? null;
  const p = ctx.principal;
  const full = !!p && (projectId ? seesFullPhone(p, { kind: 'resident', projectId }) : canCompanyWide(p, 'resident.phone'));
  if (full) return data;
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, PHONE_KEYS.has(k) && typeof v === 'string' ? maskPhone(v) : v]));
}
