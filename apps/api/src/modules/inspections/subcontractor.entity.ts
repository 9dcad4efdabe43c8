import { Entity, Property, Unique, type Opt } from '@mikro-orm/core';
import type { Department } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

/** 分包方: a cleaning or greening contractor whose inspection findings count toward its evaluation. */
@Entity({ tableName: 'subcontractor' })
@Unique({ properties: ['companyId', 'name'] })
export class Subcontractor extends VersionedEntity {
  @Property({ length: 100 })
  name!: string;

  /** The areas it works in. */
  @Property({ type: 'jsonb' })
  areas!: Department[];

  @Property({ length: 100, nullable: true })
  contact?: string | null;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
