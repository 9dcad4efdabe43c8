import { Entity, Enum, Filter, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Project } from '../projects/project.entity.js';
import { Unit } from '../projects/unit.entity.js';

export enum ResidentKind {
  OWNER = 'owner',
  TENANT = 'tenant',
  OCCUPANT = 'occupant',
}

/** 业主 / 租户 / 使用人 of a unit. */
@Entity({ tableName: 'resident' })
@Filter(projectScope('projectId'))
@Index({ properties: ['projectId', 'name'] })
@Index({ properties: ['phone'] })
export class Resident extends VersionedEntity {
  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  @ManyToOne({ entity: () => Unit, mapToPk: true, fieldName: 'unit_id', index: true })
  unitId!: string;

  @Property({ length: 50 })
  name!: string;

  @Property({ length: 20 })
  phone!: string;

  @Enum({ items: () => ResidentKind, nativeEnumName: 'resident_kind' })
  kind!: ResidentKind;

  @Property({ default: true })
  active: Opt<boolean> = true;
}
