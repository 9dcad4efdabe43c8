import { Entity, Filter, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Building } from './building.entity.js';
import { Project } from './project.entity.js';

/** 房号, e.g. 3-2-1201. project_id is denormalised so project scoping needs no join. */
@Entity({ tableName: 'unit' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'number'] })
@Index({ properties: ['buildingId'] })
export class Unit extends VersionedEntity {
  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  @ManyToOne({ entity: () => Building, mapToPk: true, fieldName: 'building_id' })
  buildingId!: string;

  @Property({ length: 32 })
  number!: string;

  @Property({ type: 'integer', nullable: true })
  floor?: number | null;

  /** Floor area in square metres (not money, so a plain number is fine). */
  @Property({ type: 'double', nullable: true })
  areaSqm?: number | null;
}
