import { Entity, Enum, Property, Unique, type Opt } from '@mikro-orm/core';
import { PricedEntity } from './priced.entity.js';

/**
 * An item of the company's template catalog (有偿/免费服务项目). Projects adopt items
 * into their price lists, where the price and cost model are set per project.
 */
@Entity({ tableName: 'catalog_item' })
@Unique({ properties: ['companyId', 'category', 'name'] })
export class CatalogItem extends PricedEntity {
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

  @Property({ default: true })
  active: Opt<boolean> = true;
}
