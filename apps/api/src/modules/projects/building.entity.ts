import { Entity, Filter, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Project } from './project.entity.js';

/** 楼栋 */
@Entity({ tableName: 'building' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'code'] })
export class Building extends VersionedEntity {
  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id', index: true })
  projectId!: string;

  @Property({ length: 32 })
  code!: string;

  @Property({ length: 100 })
  name!: string;

  @Property({ type: 'integer', nullable: true })
  floors?: number | null;

  /** The housekeeper (管家) whose block (组团) the building belongs to. */
  @Property({ type: 'uuid', nullable: true })
  housekeeperId?: string | null;
}
