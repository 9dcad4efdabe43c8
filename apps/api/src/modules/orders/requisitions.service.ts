import { LockMode, raw } from '@mikro-orm/postgresql';
import { checkRequisition, issuedBeforeSignature } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { expectVersion, findOr404, idOrNone, projectCondition } from '../../db/queries.js';
import type { Page } from '../../graphql/pagination.js';
import type { RequisitionsArgs } from './orders.types.js';
import { AppError, domainError, invalid, notFound } from '../../graphql/errors.js';
import { MaterialRequisition, type RequisitionLine } from './material-requisition.entity.js';
import { OrdersService } from './orders.service.js';
import { KpiService } from '../kpi/kpi.service.js';
import { ServiceOrder } from './service-order.entity.js';

const orders = new OrdersService();
const kpi = new KpiService();

const lineCost = (l: RequisitionLine) => Math.floor((l.quantityMilli * l.unitCostFen + 500) / 1000);

/** Materials requisitions: requested against an order, signed by its supervisor, issued from stock. */
export class RequisitionsService {
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, MaterialRequisition, id);

  /** Supervisors' signing queue and the store's issue queue: open ones first, oldest waiting first. */
  async list(ctx: Ctx, args: RequisitionsArgs, projects: string[] | null): Promise<Page<MaterialRequisition>> {
    const f = args.filter;
    const where: FilterQuery<MaterialRequisition> = {};
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.states?.length) where.state = { $in: f.states as MaterialRequisition['state'][] };
    if (f?.orderId) where.orderId = idOrNone(f.orderId);
    // Work still to do first (to sign, then to issue), each oldest first; issued ones after. The query
    // builder does not apply the ORM's filters, so the company is spelled out.
    where.companyId = ctx.companyId!;
    const [items, totalCount] = await ctx.em
      .createQueryBuilder(MaterialRequisition, 'r')
      .where(where)
      .orderBy({ [raw(`case r.state when 'requested' then 0 when 'signed' then 1 else 2 end`)]: 'asc', createdAt: 'asc', id: 'asc' })
      .limit(args.take)
      .offset(args.skip)
      .getResultAndCount();
    return { items, totalCount };
  }

  async request(ctx: Ctx, orderId: string, citedOrderNumber: string, lines: RequisitionLine[]): Promise<MaterialRequisition> {
    const order = await orders.find(ctx, orderId);
    if (!lines.length) throw invalid('lines', 'validation.arrayNotEmpty');
    lines.forEach((l, i) => {
      if (!l.name.trim()) throw invalid(`lines.${i}.name`, 'validation.notEmpty');
    });
    const requisition = ctx.em.create(MaterialRequisition, {
      companyId: order.companyId,
      projectId: order.projectId,
      orderId: order.id,
      citedOrderNumber: citedOrderNumber.trim(),
      lines,
      totalCostFen: lines.reduce((sum, l) => sum + lineCost(l), 0),
      requestedById: ctx.user!.id,
    });
    await ctx.em.flush();
    return requisition;
  }

  /** Only the order's own supervisor signs, and only for work assigned or under way, citing the right number. */
  async sign(ctx: Ctx, id: string, version: number): Promise<MaterialRequisition> {
    const req = await this.find(ctx, id);
    expectVersion(req, version);
    if (req.state !== 'requested') throw new AppError('INVALID_STATE', 'error.invalidState');
    const order = await orders.find(ctx, req.orderId);
    const check = checkRequisition({
      order: { state: order.state, supervisorId: order.supervisorId ?? null },
      orderNumber: order.number,
      citedOrderNumber: req.citedOrderNumber,
      signer: orders.actor(ctx, order.projectId),
    });
    if (!check.ok) throw domainError(check);
    ctx.em.assign(req, { state: 'signed', signedById: ctx.user!.id, signedAt: ctx.now });
    await ctx.em.flush();
    return req;
  }

  /** Issuing adds the materials' cost to the order; never before the supervisor's signature. */
  async issue(ctx: Ctx, id: string, version: number, issuedAt: Date | null = null): Promise<MaterialRequisition> {
    const at = issuedAt ?? ctx.now;
    if (at.getTime() > ctx.now.getTime()) throw invalid('issuedAt', 'order.requisition.issuedInFuture');
    return ctx.em.transactional(async (em) => {
      const req = await findOr404(em, MaterialRequisition, id);
      expectVersion(req, version);
      if (req.state !== 'signed') throw new AppError('INVALID_STATE', 'order.requisition.notSigned');
      if (at.getTime() < req.createdAt.getTime()) throw invalid('issuedAt', 'order.requisition.issuedBeforeRequest');
      const order = await em.findOne(ServiceOrder, { id: idOrNone(req.orderId) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!order) throw notFound('ServiceOrder');
      order.materialsCostFen += req.totalCostFen;
      em.assign(req, { state: 'issued', issuedById: ctx.user!.id, issuedAt: at });
      // The store's book shows the stock went out before the supervisor signed: −1 for who issued it (README §3.4, §7).
      if (issuedBeforeSignature({ issuedAt: at, signedAt: req.signedAt ?? null })) {
        await kpi.propose(em, order.companyId, order.projectId, { kind: 'materials_issued_without_signed_requisition', orderId: order.id, requisitionId: req.id, responsibleUserId: ctx.user!.id, occurredAt: at }, ctx.now, await orders.departmentOfWork(em, order));
      }
      await em.flush();
      return req;
    });
  }
}
