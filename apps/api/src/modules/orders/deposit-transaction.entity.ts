import { Entity, Filter, ManyToOne, Property } from '@mikro-orm/core';
import { projectScope, TenantEntity } from '../../db/base.entity.js';
import { DepositAccount } from './deposit-account.entity.js';

/** The deposit's ledger: the balance is always the sum of these. */
@Entity({ tableName: 'deposit_transaction' })
@Filter(projectScope('projectId'))
export class DepositTransaction extends TenantEntity {
  @ManyToOne({ entity: () => DepositAccount, mapToPk: true, fieldName: 'account_id', index: true })
  accountId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 10 })
  kind!: 'top_up' | 'draw' | 'refund';

  @Property({ type: 'integer' })
  amountFen!: number;

  @Property({ type: 'integer' })
  balanceAfterFen!: number;

  @Property({ type: 'uuid', nullable: true })
  orderId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;
}
