import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import type { PricingMode } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

/**
 * An item of the company's template catalog (有偿/免费服务项目). Projects adopt items
 * into their price lists, where the price and cost model are set per project.
 */
@Entity({ tableName: 'catalog_item' })
@Unique({ properties: ['companyId', 'category', 'name'] })
export class CatalogItem extends VersionedEntity {
  @Property({ length: 50 })
  category!: string;

  @Property({ length: 100 })
  name!: string;

  /** Unit of charge: 次, 个, 扇 … (domain units list, extensible per company). */
  @Property({ length: 10 })
  unit!: string;

  /** free items are listed so the front desk can tell residents what costs nothing. */
  @Enum({ items: ['paid', 'free'], nativeEnumName: 'catalog_item_kind' })
  kind!: 'paid' | 'free';

  /** Suggested pricing a new draft starts from. */
  @Enum({ items: ['fixed', 'range', 'workload', 'free', 'unset'], nativeEnumName: 'pricing_mode' })
  mode!: PricingMode;

  @Property({ type: 'integer', nullable: true })
  priceFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  minFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxFen?: number | null;

  /** Suggested cost model (成本核算) for one unit of charge. */
  @Property({ type: 'integer', default: 0 })
  labourMinutes: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  materialsFen: Opt<number> = 0;

  @Property({ type: 'integer', default: 1000 })
  overheadBp: Opt<number> = 1000;

  @Property({ type: 'integer', default: 300 })
  riskBp: Opt<number> = 300;

  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;

  @Property({ default: true })
  active: Opt<boolean> = true;
}
