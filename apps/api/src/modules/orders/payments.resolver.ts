import { Args, Ctx as C, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { StaffUserView } from '../staff/staff.types.js';
import type { Payment } from './payment.entity.js';
import { PaymentPage, PaymentsArgs, PaymentView, ServiceOrderView } from './orders.types.js';
import { PaymentsService } from './payments.service.js';

const payments = new PaymentsService();

@Resolver(() => PaymentView)
export class PaymentResolver {
  @Query(() => PaymentPage, { description: 'Payments and their receipt numbers, newest first' })
  payments(@Args() args: PaymentsArgs, @C() ctx: Ctx) {
    return payments.list(ctx, args, readableProjects(ctx, 'order.read'));
  }

  @FieldResolver(() => ServiceOrderView)
  order(@Root() p: Payment, @C() ctx: Ctx) {
    return ctx.loaders.serviceOrder.load(p.orderId);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  collectedBy(@Root() p: Payment, @C() ctx: Ctx) {
    return p.collectedById ? ctx.loaders.staff.load(p.collectedById) : null;
  }
}
