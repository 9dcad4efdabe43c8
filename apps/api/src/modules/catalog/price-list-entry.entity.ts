import { Entity, Enum, Filter, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { projectScope } from '../../db/base.entity.js';
import { PricedEntity } from './priced.entity.js';
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
export class PriceListEntry extends PricedEntity {
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
}
