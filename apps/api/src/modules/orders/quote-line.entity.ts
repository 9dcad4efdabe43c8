import { Entity, Enum, Filter, ManyToOne, Property } from '@mikro-orm/core';
import { projectScope, TenantEntity } from '../../db/base.entity.js';
import { ServiceOrder } from './service-order.entity.js';

/**
 * A line of a quote version. Catalog lines cite the published price list version they
 * were priced from, so a quote stays explainable after later price changes.
 */
@Entity({ tableName: 'quote_line' })
@Filter(projectScope('projectId'))
export class QuoteLine extends TenantEntity {
  @ManyToOne({ entity: () => ServiceOrder, mapToPk: true, fieldName: 'order_id', index: true })
  orderId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'integer' })
  quoteVersion!: number;

  @Property({ type: 'integer' })
  position!: number;

  @Enum({ items: ['catalog', 'material', 'goods'], nativeEnumName: 'quote_line_kind' })
  kind!: 'catalog' | 'material' | 'goods';

  @Property({ type: 'uuid', nullable: true })
  catalogItemId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  priceListId?: string | null;

  @Property({ length: 100 })
  name!: string;

  @Property({ length: 10, nullable: true })
  unit?: string | null;

  /** Thousandths: 1500 = 1.5 hours. */
  @Property({ type: 'integer' })
  quantityMilli!: number;

  @Property({ type: 'integer' })
  unitPriceFen!: number;

  @Property({ type: 'integer' })
  amountFen!: number;
}
