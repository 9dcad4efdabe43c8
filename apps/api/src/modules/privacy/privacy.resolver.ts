import { Arg, Ctx as C, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../context.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import { ComplaintView } from '../complaints/complaints.types.js';
import type { FollowUp } from '../follow-ups/follow-up.entity.js';
import { FollowUpView } from '../follow-ups/follow-ups.types.js';
import { ServiceOrderView } from '../orders/orders.types.js';
import type { ServiceOrder } from '../orders/service-order.entity.js';
import type { Resident } from '../residents/resident.entity.js';
import { ResidentView } from '../residents/residents.types.js';
import { phoneFor } from './phone-masking.js';
import { PrivacyService } from './privacy.service.js';
import { RevealedPhone, RevealPhoneInput } from './privacy.types.js';

const privacy = new PrivacyService();

const MASKED = 'In full for those who call this resident (front desk, housekeeper, project manager, GM';

@Resolver(() => ResidentView)
export class ResidentPhoneResolver {
  @FieldResolver(() => String, { description: `${MASKED}); otherwise masked (138****5678): see revealPhone` })
  phone(@Root() r: Resident, @C() ctx: Ctx) {
    return phoneFor(ctx, r.phone, { kind: 'resident', projectId: r.projectId });
  }
}

@Resolver(() => ServiceOrderView)
export class ServiceOrderPhoneResolver {
  @FieldResolver(() => String, { description: `${MASKED}, the assigned worker and supervisor); otherwise masked: see revealPhone` })
  contactPhone(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return phoneFor(ctx, o.contactPhone, { kind: 'order', projectId: o.projectId, workerId: o.workerId, supervisorId: o.supervisorId });
  }
}

@Resolver(() => ComplaintView)
export class ComplaintPhoneResolver {
  @FieldResolver(() => String, { description: `${MASKED}, the responsible department's supervisors); otherwise masked: see revealPhone` })
  contactPhone(@Root() c: Complaint, @C() ctx: Ctx) {
    return phoneFor(ctx, c.contactPhone, { kind: 'complaint', projectId: c.projectId, responsibleDepartment: c.responsibleDepartment });
  }
}

@Resolver(() => FollowUpView)
export class FollowUpPhoneResolver {
  @FieldResolver(() => String, { description: `${MASKED}, whoever records follow-up visits); otherwise masked: see revealPhone` })
  contactPhone(@Root() f: FollowUp, @C() ctx: Ctx) {
    return phoneFor(ctx, f.contactPhone, { kind: 'followUp', projectId: f.projectId });
  }
}

@Resolver()
export class RevealPhoneResolver {
  @Mutation(() => RevealedPhone, {
    description: 'A resident’s number in full for someone who sees it masked; the audit log records who, for which resident, and when',
  })
  revealPhone(@Arg('input') input: RevealPhoneInput, @C() ctx: Ctx) {
    return privacy.revealPhone(ctx, input);
  }
}
