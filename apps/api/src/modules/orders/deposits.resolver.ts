import { Arg, Args, ArgsType, Ctx as C, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { authorize, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { MAX_TAKE } from '../../graphql/pagination.js';
import { AtLeast, AtMost } from '../../graphql/validation.js';
import { ResidentView } from '../residents/residents.types.js';
import { StaffUserView } from '../staff/staff.types.js';
import type { DepositAccount } from './deposit-account.entity.js';
import type { DepositTransaction } from './deposit-transaction.entity.js';
import { DepositsService } from './deposits.service.js';
import { DepositAccountPage, DepositAccountsArgs, DepositAccountView, DepositTransactionView, ServiceOrderView } from './orders.types.js';

const deposits = new DepositsService();

@ArgsType()
class LedgerArgs {
  @Field(() => Int, { defaultValue: 50 }) @AtLeast(1) @AtMost(MAX_TAKE) take: number = 50;
}

@Resolver(() => DepositAccountView)
export class DepositAccountResolver {
  @Query(() => DepositAccountPage, { description: 'Prepaid deposit accounts (预交押金), most recently moved first' })
  depositAccounts(@Args() args: DepositAccountsArgs, @C() ctx: Ctx) {
    return deposits.list(ctx, args, readableProjects(ctx, 'deposit.manage'));
  }

  @Query(() => DepositAccountView, { nullable: true })
  async depositAccount(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'deposit.manage');
    const account = await deposits.get(ctx, id);
    if (account) authorize(ctx, 'deposit.manage', account.projectId);
    return account;
  }

  @FieldResolver(() => ResidentView)
  resident(@Root() a: DepositAccount, @C() ctx: Ctx) {
    return ctx.loaders.resident.load(a.residentId);
  }

  @FieldResolver(() => [DepositTransactionView], { description: 'The ledger, newest first' })
  transactions(@Root() a: DepositAccount, @Args() { take }: LedgerArgs, @C() ctx: Ctx) {
    return deposits.transactions(ctx, a.id, take);
  }
}

@Resolver(() => DepositTransactionView)
export class DepositTransactionResolver {
  @FieldResolver(() => ServiceOrderView, { nullable: true })
  order(@Root() t: DepositTransaction, @C() ctx: Ctx) {
    return t.orderId ? ctx.loaders.serviceOrder.load(t.orderId) : null;
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  actor(@Root() t: DepositTransaction, @C() ctx: Ctx) {
    return t.actorId ? ctx.loaders.staff.load(t.actorId) : null;
  }
}
