import { Entity, Filter, Index, Property } from '@mikro-orm/core';
import { projectScope, TenantEntity } from '../../db/base.entity.js';

/** A housekeeper's visit to a vacant unit (空置房巡查): what was found. Records are never edited. */
@Entity({ tableName: 'vacant_unit_check' })
@Filter(projectScope('projectId'))
@Index({ properties: ['unitId', 'checkedAt'] })
export class VacantUnitCheck extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'uuid' })
  checkedById!: string;

  @Property({ type: 'datetime' })
  checkedAt!: Date;

  /** Doors, windows, water, power, leaks: what was looked at and found. */
  @Property({ type: 'text' })
  note!: string;

  @Property({ type: 'boolean' })
  problemFound!: boolean;
}
