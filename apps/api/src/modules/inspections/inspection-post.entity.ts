import { Entity, Filter, Index, Property, type Opt } from '@mikro-orm/core';
import type { Department } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

/** A post (岗位) of a project that the daily inspection covers within 3 working days: a gate, the lobby, the pump room. */
@Entity({ tableName: 'inspection_post' })
@Filter(projectScope('projectId'))
@Index({ properties: ['projectId', 'area'] })
export class InspectionPost extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 20 })
  area!: Department;

  @Property({ length: 60 })
  name!: string;

  /** The local date the post entered the plan: its first 3-working-day window starts then. */
  @Property({ type: 'date' })
  since!: string;

  @Property({ type: 'boolean' })
  active: Opt<boolean> = true;
}
