import type { Action, PhoneHolder } from '@wuye/domain';
import { authorize } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { findOr404 } from '../../db/queries.js';
import { requestScope } from '../../request-scope.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { FollowUp } from '../follow-ups/follow-up.entity.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { PhoneSubject, type RevealedPhone, type RevealPhoneInput } from './privacy.types.js';

interface Found {
  projectId: string;
  phone: string;
  field: 'phone' | 'contactPhone';
  residentId: string | null;
  holder: PhoneHolder;
}

/** Each subject: how to load it (through the request's tenant and project filters) and who may read it at all. */
const SUBJECTS: Record<PhoneSubject, { read: Action; load: (ctx: Ctx, id: string) => Promise<Found> }> = {
  [PhoneSubject.RESIDENT]: {
    read: 'resident.read',
    load: async (ctx, id) => {
      const r = await findOr404(ctx.em, Resident, id);
      return { projectId: r.projectId, phone: r.phone, field: 'phone', residentId: r.id, holder: { kind: 'resident', projectId: r.projectId } };
    },
  },
  [PhoneSubject.SERVICE_ORDER]: {
    read: 'order.read',
    load: async (ctx, id) => {
      const o = await findOr404(ctx.em, ServiceOrder, id);
      const holder: PhoneHolder = { kind: 'order', projectId: o.projectId, workerId: o.workerId, supervisorId: o.supervisorId };
      return { projectId: o.projectId, phone: o.contactPhone, field: 'contactPhone', residentId: o.residentId ?? null, holder };
    },
  },
  [PhoneSubject.COMPLAINT]: {
    read: 'complaint.read',
    load: async (ctx, id) => {
      const c = await findOr404(ctx.em, Complaint, id);
      const holder: PhoneHolder = { kind: 'complaint', projectId: c.projectId, responsibleDepartment: c.responsibleDepartment };
      return { projectId: c.projectId, phone: c.contactPhone, field: 'contactPhone', residentId: c.residentId ?? null, holder };
    },
  },
  [PhoneSubject.FOLLOW_UP]: {
    read: 'complaint.read',
    load: async (ctx, id) => {
      const f = await findOr404(ctx.em, FollowUp, id);
      return { projectId: f.projectId, phone: f.contactPhone, field: 'contactPhone', residentId: f.residentId ?? null, holder: { kind: 'followUp', projectId: f.projectId } };
    },
  },
};

export class PrivacyService {
  /**
   * A resident's number in full, on purpose: the audit log records who asked for which
   * resident's number and when (never the number itself), in the same transaction.
   */
  async revealPhone(ctx: Ctx, input: RevealPhoneInput): Promise<RevealedPhone> {
    const subject = SUBJECTS[input.subject];
    authorize(ctx, 'resident.phone.reveal');
    authorize(ctx, subject.read);
    const found = await subject.load(ctx, input.id);
    authorize(ctx, 'resident.phone.reveal', found.projectId);
    authorize(ctx, subject.read, found.projectId);

    const scope = requestScope.current();
    const actor = scope?.actor;
    ctx.em.create(AuditEntry, {
      companyId: ctx.companyId!,
      projectId: found.projectId,
      at: ctx.now,
      actorKind: actor?.kind ?? 'user',
      actorId: actor?.id ?? ctx.user?.id ?? null,
      actorName: actor?.name ?? ctx.user?.name ?? 'unknown',
      action: 'revealPhone',
      change: 'view',
      entityType: input.subject,
      entityId: input.id,
      before: null,
      after: { field: found.field, residentId: found.residentId },
      requestId: ctx.requestId,
    });
    await ctx.em.flush();
    return { subject: input.subject, id: input.id, phone: found.phone };
  }
}
