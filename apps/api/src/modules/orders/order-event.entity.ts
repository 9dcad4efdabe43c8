import { Entity, Filter, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { PROJECT_SCOPE_FILTER, TENANT_FILTER } from '../../db/base.entity.js';
import { newId } from '../../db/ids.js';
import { ServiceOrder } from './service-order.entity.js';

/** The order's timeline: every transition with actor, time and note. Append-only. */
@Entity({ tableName: 'order_event' })
@Filter({ name: TENANT_FILTER, cond: (args: { companyId: string }) => ({ companyId: args.companyId }), default: true })
@Filter({
  name: PROJECT_SCOPE_FILTER,
  cond: (args: { projectIds: string[] | null }) => (args.projectIds === null ? {} : { projectId: { $in: args.projectIds } }),
  default: true,
})
@Index({ properties: ['orderId', 'at'] })
export class OrderEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  companyId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @ManyToOne({ entity: () => ServiceOrder, mapToPk: true, fieldName: 'order_id' })
  orderId!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ length: 30 })
  action!: string;

  @Property({ length: 20, nullable: true })
  fromState?: string | null;

  @Property({ length: 20 })
  toState!: string;

  @Property({ length: 10 })
  actorKind!: string;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ length: 100 })
  actorName!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'jsonb', nullable: true })
  data?: Record<string, unknown> | null;
}
