import { Entity, Filter, Index, Property, Unique } from '@mikro-orm/core';
import { projectScope, TenantEntity } from '../../db/base.entity.js';

/**
 * The monthly rollup behind the P&L (README §6): per project, catalog item and closed month,
 * the sums of the orders completed in it. Refreshed from service_order by SQL (never by
 * loading orders), so reports read a few hundred rows however long the history grows.
 * The open month is not stored: it is computed live by the same query.
 */
@Entity({ tableName: 'pnl_item_month' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'catalogItemId', 'month'] })
@Index({ properties: ['projectId', 'month'] })
export class PnlItemMonth extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  catalogItemId!: string;

  /** "YYYY-MM", Asia/Shanghai, of the orders' completion. */
  @Property({ length: 7 })
  month!: string;

  @Property({ type: 'integer' })
  orders!: number;

  /** What was actually charged, fen; free services 0. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  revenueFen!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  labourMinutes!: number;

  /** Materials issued against signed requisitions, fen. */
  @Property({ type: 'bigint', runtimeType: 'number' })
  materialsFen!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  refundsFen!: number;
}
