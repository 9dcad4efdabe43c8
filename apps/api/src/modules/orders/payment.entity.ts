import { Entity, Enum, Filter, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import type { PaymentMethod } from '@wuye/domain';
import { projectScope, TenantEntity } from '../../db/base.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { ServiceOrder } from './service-order.entity.js';

/**
 * Money received for an order, each with a receipt number unique and gap-free per
 * project and year. The idempotency key makes a retried request charge once.
 */
@Entity({ tableName: 'payment' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['companyId', 'idempotencyKey'] })
@Unique({ properties: ['projectId', 'receiptNumber'] })
@Index({ properties: ['projectId', 'paidAt'] })
export class Payment extends TenantEntity {
  @ManyToOne({ entity: () => ServiceOrder, mapToPk: true, fieldName: 'order_id', index: true })
  orderId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'integer' })
  amountFen!: number;

  @Enum({ items: ['cash', 'qr', 'statement', 'deposit', 'prepaid'], nativeEnumName: 'payment_method' })
  method!: PaymentMethod;

  /** prepayment (errands, before the purchase) or settlement. */
  @Property({ length: 12 })
  stage!: 'prepayment' | 'settlement';

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'collected_by_id', nullable: true })
  collectedById?: string | null;

  @Property({ length: 30 })
  receiptNumber!: string;

  @Property({ length: 100 })
  idempotencyKey!: string;

  @Property({ type: 'datetime' })
  paidAt!: Date;
}
