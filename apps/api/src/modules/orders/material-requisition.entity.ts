import { Entity, Index, Filter, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { ServiceOrder } from './service-order.entity.js';

export interface RequisitionLine {
  name: string;
  /** Thousandths of the unit. */
  quantityMilli: number;
  unit: string;
  /** Stock cost per unit, fen. */
  unitCostFen: number;
}

/**
 * 领料单 (README §3.4): cites the order number, is signed by the order's supervisor, and
 * only then issued from stock. Issued materials are added to the order's cost.
 */
@Entity({ tableName: 'material_requisition' })
@Index({ properties: ['projectId', 'state', 'createdAt'] })
@Filter(projectScope('projectId'))
export class MaterialRequisition extends VersionedEntity {
  @ManyToOne({ entity: () => ServiceOrder, mapToPk: true, fieldName: 'order_id', index: true })
  orderId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  /** The order number as written on the requisition. */
  @Property({ length: 40 })
  citedOrderNumber!: string;

  @Property({ type: 'jsonb' })
  lines!: RequisitionLine[];

  @Property({ type: 'integer' })
  totalCostFen!: number;

  @Property({ length: 10 })
  state: Opt<'requested' | 'signed' | 'issued'> = 'requested';

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'requested_by_id' })
  requestedById!: string;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'signed_by_id', nullable: true })
  signedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  signedAt?: Date | null;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'issued_by_id', nullable: true })
  issuedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  issuedAt?: Date | null;
}
