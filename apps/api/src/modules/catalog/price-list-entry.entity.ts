import { Entity, Enum, Filter, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { PricingMode } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Project } from '../projects/project.entity.js';
import { CatalogItem } from './catalog-item.entity.js';
import { PriceList } from './price-list.entity.js';

/**
 * One priced item of a price list version. Category, name and unit are copied from the
 * template so a later rename of the template does not rewrite history.
 */
@Entity({ tableName: 'price_list_entry' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['priceListId', 'catalogItemId'] })
export class PriceListEntry extends VersionedEntity {
  @ManyToOne({ entity: () => PriceList, mapToPk: true, fieldName: 'price_list_id', index: true })
  priceListId!: string;

  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  @ManyToOne({ entity: () => CatalogItem, mapToPk: true, fieldName: 'catalog_item_id', index: true })
  catalogItemId!: string;

  @Property({ length: 50 })
  category!: string;

  @Property({ length: 100 })
  name!: string;

  @Property({ length: 10 })
  unit!: string;

  @Enum({ items: ['fixed', 'range', 'workload', 'free', 'unset'], nativeEnumName: 'pricing_mode' })
  mode!: PricingMode;

  @Property({ type: 'integer', nullable: true })
  priceFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  minFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxFen?: number | null;

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
}
