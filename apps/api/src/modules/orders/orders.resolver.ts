import { Arg, Args, Ctx as C, FieldResolver, ID, Int, Mutation, ObjectType, Field, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { ProjectsService } from '../projects/projects.service.js';
import { ProjectView, UnitView } from '../projects/projects.types.js';
import { ResidentView } from '../residents/residents.types.js';
import { CatalogItemView } from '../catalog/catalog.types.js';
import { StaffUserView } from '../staff/staff.types.js';
import { Resident } from '../residents/resident.entity.js';
import { OrderEvent } from './order-event.entity.js';
import { Payment } from './payment.entity.js';
import { QuoteLine } from './quote-line.entity.js';
import type { ServiceOrder } from './service-order.entity.js';
import { OrdersService, outstandingFen, serviceLevelBreached } from './orders.service.js';
import {
  AssignInput,
  BookInput,
  CancelInput,
  CompleteInput,
  ConsentInput,
  DepositAccountView,
  DepositInput,
  DispatchInput,
  EndOfDayNoteInput,
  NoOneHomeInput,
  OrderEventView,
  OrderStepInput,
  PaymentView,
  PayServiceOrderInput,
  QuoteLineView,
  QuoteServiceOrderInput,
  ReasonInput,
  RegisterServiceOrderInput,
  ServiceOrderPage,
  ServiceOrdersArgs,
  ServiceOrderView,
} from './orders.types.js';
import { invalid } from '../../graphql/errors.js';
import { findOr404 } from '../../db/queries.js';

const orders = new OrdersService();
const projects = new ProjectsService();

@ObjectType('PaymentResult')
class PaymentResult {
  @Field(() => ServiceOrderView) order!: ServiceOrderView;
  @Field(() => PaymentView) payment!: PaymentView;
}

/**
 * Every step: may the caller act on orders at all. Where (the order's project) is checked by the
 * service on the order it locks for the step, so a step reads its order once; the lifecycle
 * decides the rest.
 */
function gate(ctx: Ctx): void {
  authorize(ctx, 'order.act');
}

@Resolver(() => ServiceOrderView)
export class ServiceOrderResolver {
  @Query(() => ServiceOrderPage)
  serviceOrders(@Args() args: ServiceOrdersArgs, @C() ctx: Ctx) {
    return orders.list(ctx, args, readableProjects(ctx, 'order.read'));
  }

  @Query(() => ServiceOrderView, { nullable: true })
  async serviceOrder(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'order.read');
    const order = await orders.get(ctx, id);
    if (order) authorize(ctx, 'order.read', order.projectId);
    return order;
  }

  @Mutation(() => ServiceOrderView, { description: 'Intake: front desk, or a partner app (orders:write) for a unit of its project' })
  async registerServiceOrder(@Arg('input') input: RegisterServiceOrderInput, @C() ctx: Ctx) {
    const unit = await authorizeFor(ctx, 'order.register', () => projects.findUnit(ctx, input.unitId));
    return orders.register(ctx, unit, input);
  }

  @Mutation(() => ServiceOrderView, { description: 'Quote (or re-quote) from the published price list; a new quote needs fresh consent' })
  async quoteServiceOrder(@Arg('input') input: QuoteServiceOrderInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.quote(ctx, input.id, input.version, input.lines, input.note);
  }

  @Mutation(() => ServiceOrderView, { description: 'Record the resident’s consent to the current quote (or verbal consent for an emergency)' })
  async recordConsent(@Arg('input') input: ConsentInput, @C() ctx: Ctx) {
    gate(ctx);
    const action = input.verbal ? 'consent_verbally' : 'consent';
    return orders.step(ctx, input.id, input.version, action, { note: input.note ?? (input.verbal ? null : `${input.consentBy} (${input.method})`) }, (o) => {
      o.consentAt = ctx.now;
      o.consentBy = input.consentBy;
      o.consentMethod = input.method;
    });
  }

  @Mutation(() => ServiceOrderView)
  async declineServiceOrder(@Arg('input') input: ReasonInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'decline', { reason: input.reason }, (o) => void (o.reason = input.reason ?? null));
  }

  @Mutation(() => ServiceOrderView, { description: 'To the supervisor of the right department' })
  async dispatchServiceOrder(@Arg('input') input: DispatchInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'dispatch', async (o, em) => {
      await orders.requireStaffRole(em, o, input.supervisorId, 'supervisor', 'supervisorId');
      return { supervisorId: input.supervisorId, note: input.note };
    });
  }

  @Mutation(() => ServiceOrderView, { description: 'The supervisor assigns a worker' })
  async assignServiceOrder(@Arg('input') input: AssignInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'assign', async (o, em) => {
      await orders.requireStaffRole(em, o, input.workerId, 'worker', 'workerId');
      return { workerId: input.workerId, note: input.note };
    });
  }

  @Mutation(() => ServiceOrderView, { description: 'Agree an appointment window (at least 30 minutes from now)' })
  async bookServiceOrder(@Arg('input') input: BookInput, @C() ctx: Ctx) {
    gate(ctx);
    if (input.end <= input.start) throw invalid('end', 'validation.invalid');
    return orders.step(ctx, input.id, input.version, 'book', { appointment: { start: input.start, end: input.end }, note: input.note });
  }

  @Mutation(() => ServiceOrderView, { description: 'The worker starts; needs the resident’s consent to the current quote' })
  async startServiceOrder(
    @Arg('input') input: OrderStepInput,
    @Arg('startedAt', () => Date, { nullable: true, description: 'When work actually began, from the job sheet; default now. Before the resident’s consent it proposes −1 (README §7)' }) startedAt: Date | null,
    @C() ctx: Ctx,
  ) {
    gate(ctx);
    return orders.start(ctx, input.id, input.version, input.note ?? null, startedAt ?? null);
  }

  @Mutation(() => ServiceOrderView, { description: 'Nobody home: the note card left; the order goes back to be re-booked' })
  async recordNoOneHome(@Arg('input') input: NoOneHomeInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'no_one_home', { note: input.note, arrivedAt: input.arrivedAt }, (o) => {
      o.onSiteAt ??= input.arrivedAt;
    });
  }

  @Mutation(() => ServiceOrderView, { description: 'Resident sign-off with a rating; records the time spent' })
  async completeServiceOrder(@Arg('input') input: CompleteInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'complete', { rating: input.rating, note: input.comment }, (o) => {
      o.completedAt = ctx.now;
      o.rating = input.rating;
      o.signOffComment = input.comment ?? null;
      o.minutesSpent = input.minutesSpent;
    });
  }

  @Mutation(() => PaymentResult, { description: 'Settle a completed order, or prepay an errand; idempotent by key' })
  async payServiceOrder(@Arg('input') input: PayServiceOrderInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.pay(ctx, input);
  }

  @Mutation(() => ServiceOrderView)
  async closeServiceOrder(@Arg('input') input: OrderStepInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'close', { note: input.note }, (o) => void (o.closedAt = ctx.now));
  }

  @Mutation(() => ServiceOrderView, { description: 'Cancel with a reason, by the resident or staff, before work starts' })
  async cancelServiceOrder(@Arg('input') input: CancelInput, @C() ctx: Ctx) {
    gate(ctx);
    const cancelledBy = input.cancelledBy === 'resident' ? 'resident' : 'staff';
    return orders.step(ctx, input.id, input.version, 'cancel', { reason: input.reason, cancelledBy }, (o) => void (o.reason = input.reason ?? null));
  }

  @Mutation(() => ServiceOrderView, { description: 'A service the project cannot provide; the reason is told to the resident' })
  async rejectServiceOrder(@Arg('input') input: ReasonInput, @C() ctx: Ctx) {
    gate(ctx);
    return orders.step(ctx, input.id, input.version, 'reject', { reason: input.reason }, (o) => void (o.reason = input.reason ?? null));
  }

  @Query(() => [ServiceOrderView], { description: 'End-of-day review: every open order of the project not signed off yet' })
  async endOfDayReview(@Arg('projectId', () => ID) projectId: string, @C() ctx: Ctx) {
    authorize(ctx, 'order.act', projectId);
    return orders.endOfDay(ctx, projectId);
  }

  @Mutation(() => ServiceOrderView, { description: 'End-of-day note: why it is not signed off and when it will be finished' })
  async recordEndOfDayNote(@Arg('input') input: EndOfDayNoteInput, @C() ctx: Ctx) {
    const order = await authorizeFor(ctx, 'order.act', () => orders.find(ctx, input.id));
    return orders.noteEndOfDay(ctx, order, input.reason, input.expectedFinishAt);
  }

  @Mutation(() => DepositAccountView, { description: 'Top up a resident’s prepaid deposit (预交押金)' })
  async topUpDeposit(@Arg('input') input: DepositInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'deposit.manage', () => findOr404(ctx.em, Resident, input.residentId));
    return orders.deposit(ctx, input.residentId, 'top_up', input.amountFen);
  }

  @Mutation(() => DepositAccountView, { description: 'Refund from a deposit; never more than the balance' })
  async refundDeposit(@Arg('input') input: DepositInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'deposit.manage', () => findOr404(ctx.em, Resident, input.residentId));
    return orders.deposit(ctx, input.residentId, 'refund', input.amountFen);
  }


  @FieldResolver(() => ProjectView)
  project(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return ctx.loaders.project.load(o.projectId);
  }

  @FieldResolver(() => Int, { description: 'Still to be collected, fen: the quote less any prepayment, until settled' })
  amountDueFen(@Root() o: ServiceOrder) {
    return outstandingFen(o);
  }

  @FieldResolver(() => UnitView)
  unit(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return ctx.loaders.unit.load(o.unitId);
  }

  @FieldResolver(() => ResidentView, { name: 'resident', nullable: true })
  residentOf(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return o.residentId ? ctx.loaders.resident.load(o.residentId) : null;
  }

  @FieldResolver(() => CatalogItemView, { nullable: true })
  catalogItem(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return o.catalogItemId ? ctx.loaders.catalogItem.load(o.catalogItemId) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true, description: 'The supervisor it is dispatched to' })
  supervisor(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return o.supervisorId ? ctx.loaders.staff.load(o.supervisorId) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true, description: 'The worker doing it' })
  worker(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return o.workerId ? ctx.loaders.staff.load(o.workerId) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Past its response or on-site deadline while still open' })
  breached(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return serviceLevelBreached(o, ctx.now);
  }

  @FieldResolver(() => [OrderEventView], { description: 'Timeline: every step with actor, time and note' })
  timeline(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return ctx.em.find(OrderEvent, { orderId: o.id }, { orderBy: { at: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [QuoteLineView], { description: 'Lines of the current quote' })
  quoteLines(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return ctx.em.find(QuoteLine, { orderId: o.id, quoteVersion: o.quoteVersion }, { orderBy: { position: 'asc' } });
  }

  @FieldResolver(() => [PaymentView])
  payments(@Root() o: ServiceOrder, @C() ctx: Ctx) {
    return ctx.em.find(Payment, { orderId: o.id }, { orderBy: { paidAt: 'asc' } });
  }
}
