import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../context.js';
import { findById, findPage, like, projectCondition } from '../../db/queries.js';
import type { Page } from '../../graphql/pagination.js';
import { Resident } from '../residents/resident.entity.js';
import { DepositAccount } from './deposit-account.entity.js';
import { DepositTransaction } from './deposit-transaction.entity.js';
import type { DepositAccountsArgs } from './orders.types.js';

const SEARCH_LIMIT = 200;

/** Tenants' prepaid deposits (预交押金) as finance reads them: accounts and their ledgers. */
export class DepositsService {
  get = (ctx: Ctx, id: string) => findById(ctx.em, DepositAccount, id);

  async list(ctx: Ctx, args: DepositAccountsArgs, projects: string[] | null): Promise<Page<DepositAccount>> {
    const where: FilterQuery<DepositAccount> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.search) {
      const residents = await ctx.em.find(
        Resident,
        { $or: [{ name: { $ilike: like(args.search) } }, { phone: { $like: like(args.search) } }] },
        { fields: ['id'], limit: SEARCH_LIMIT },
      );
      where.residentId = { $in: residents.map((r) => r.id) };
    }
    return findPage(ctx.em, DepositAccount, where, { updatedAt: 'desc' }, args);
  }

  transactions(ctx: Ctx, accountId: string, take: number): Promise<DepositTransaction[]> {
    return ctx.em.find(DepositTransaction, { accountId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: take });
  }
}
