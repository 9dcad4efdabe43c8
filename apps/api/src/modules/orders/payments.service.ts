import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../context.js';
import { findPage, idOrNone, like, projectCondition } from '../../db/queries.js';
import type { Page } from '../../graphql/pagination.js';
import type { PaymentsArgs } from './orders.types.js';
import { Payment } from './payment.entity.js';
import { ServiceOrder } from './service-order.entity.js';

/** A search narrows by at most this many matching orders: a number typed in full matches one. */
const SEARCH_LIMIT = 200;

/** The receipt book: every payment taken, newest first. */
export class PaymentsService {
  async list(ctx: Ctx, args: PaymentsArgs, projects: string[] | null): Promise<Page<Payment>> {
    const f = args.filter;
    const where: FilterQuery<Payment> = {};
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.method) where.method = f.method;
    if (f?.collectedById) where.collectedById = idOrNone(f.collectedById);
    if (f?.from || f?.to) where.paidAt = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    if (f?.search) {
      const orders = await ctx.em.find(ServiceOrder, { number: { $ilike: like(f.search) } }, { fields: ['id'], limit: SEARCH_LIMIT });
      where.$or = [{ receiptNumber: { $ilike: like(f.search) } }, { orderId: { $in: orders.map((o) => o.id) } }];
    }
    return findPage(ctx.em, Payment, where, { paidAt: 'desc' }, args);
  }
}
