import { Arg, Args, Ctx as C, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeFor, readableProjects } from '../../access/policy.js';
import { StaffUserView } from '../staff/staff.types.js';
import type { Ctx } from '../../context.js';
import { MaterialRequisition } from './material-requisition.entity.js';
import { OrdersService } from './orders.service.js';
import { MaterialRequisitionPage, MaterialRequisitionView, RequestMaterialsInput, RequisitionsArgs, ServiceOrderView, VersionedIdInput } from './orders.types.js';
import { RequisitionsService } from './requisitions.service.js';
import type { ServiceOrder } from './service-order.entity.js';

const requisitions = new RequisitionsService();
const orders = new OrdersService();

@Resolver(() => MaterialRequisitionView)
export class RequisitionResolver {
  @Query(() => MaterialRequisitionPage, { description: 'Requisitions, oldest first: the signing and issuing queues' })
  materialRequisitions(@Args() args: RequisitionsArgs, @C() ctx: Ctx) {
    return requisitions.list(ctx, args, readableProjects(ctx, 'order.materials'));
  }

  @FieldResolver(() => ServiceOrderView)
  order(@Root() r: MaterialRequisition, @C() ctx: Ctx) {
    return ctx.loaders.serviceOrder.load(r.orderId);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  requestedBy(@Root() r: MaterialRequisition, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(r.requestedById);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  signedBy(@Root() r: MaterialRequisition, @C() ctx: Ctx) {
    return r.signedById ? ctx.loaders.staff.load(r.signedById) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  issuedBy(@Root() r: MaterialRequisition, @C() ctx: Ctx) {
    return r.issuedById ? ctx.loaders.staff.load(r.issuedById) : null;
  }

  @Mutation(() => MaterialRequisitionView, { description: '领料单: cite the order number and list the materials' })
  async requestMaterials(@Arg('input') input: RequestMaterialsInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'order.materials', () => orders.find(ctx, input.orderId));
    return requisitions.request(ctx, input.orderId, input.citedOrderNumber, input.lines);
  }

  @Mutation(() => MaterialRequisitionView, { description: 'The order’s supervisor signs before stock is issued' })
  async signRequisition(@Arg('input') input: VersionedIdInput, @C() ctx: Ctx) {
    await authorizeFor(ctx, 'order.materials', () => requisitions.find(ctx, input.id));
    return requisitions.sign(ctx, input.id, input.version);
  }

  @Mutation(() => MaterialRequisitionView, { description: 'Issue signed materials; their cost goes on the order' })
  async issueRequisition(
    @Arg('input') input: VersionedIdInput,
    @Arg('issuedAt', () => Date, { nullable: true, description: 'When the stock left the storeroom, from its book; default now. Before the signature it proposes −1 (README §7)' }) issuedAt: Date | null,
    @C() ctx: Ctx,
  ) {
    await authorizeFor(ctx, 'order.materials', () => requisitions.find(ctx, input.id));
    return requisitions.issue(ctx, input.id, input.version, issuedAt ?? null);
  }
}

@Resolver(() => ServiceOrderView)
export class OrderRequisitionsResolver {
  @FieldResolver(() => [MaterialRequisitionView])
  requisitions(@Root() order: ServiceOrder, @C() ctx: Ctx) {
    return ctx.em.find(MaterialRequisition, { orderId: order.id }, { orderBy: { createdAt: 'asc' } });
  }
}
