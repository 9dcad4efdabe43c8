import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import type { Department } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

/**
 * One item of a company's inspection checklist (检查表) for an area. Items are never deleted,
 * only switched off, so past inspections keep pointing at what was checked.
 */
@Entity({ tableName: 'checklist_item' })
@Index({ properties: ['companyId', 'area', 'sort'] })
export class ChecklistItem extends VersionedEntity {
  @Property({ length: 20 })
  area!: Department;

  /** Problem category of its nonconformities in the monthly report's Pareto chart. */
  @Property({ length: 40 })
  category!: string;

  @Property({ length: 200 })
  title!: string;

  @Property({ length: 200 })
  standard!: string;

  @Property({ type: 'integer' })
  sort: Opt<number> = 0;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
