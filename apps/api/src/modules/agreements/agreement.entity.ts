import { Entity, Filter, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import type { ScheduleRule } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { CatalogItem } from '../catalog/catalog-item.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/**
 * A long-term agreement (业主特约服务协议, README §3.7), e.g. weekly cleaning. Once the
 * project manager approves it, the job runner creates its orders on schedule.
 */
@Entity({ tableName: 'service_agreement' })
@Filter(projectScope('projectId'))
export class ServiceAgreement extends VersionedEntity {
  @Property({ type: 'uuid', index: true })
  projectId!: string;

  @ManyToOne({ entity: () => Unit, mapToPk: true, fieldName: 'unit_id' })
  unitId!: string;

  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id' })
  residentId!: string;

  @ManyToOne({ entity: () => CatalogItem, mapToPk: true, fieldName: 'catalog_item_id' })
  catalogItemId!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'jsonb' })
  rule!: ScheduleRule;

  /** Agreed price per visit, fen. */
  @Property({ type: 'integer' })
  priceFen!: number;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;

  @Property({ length: 10 })
  state: Opt<'draft' | 'approved' | 'ended'> = 'draft';

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'approved_by_id', nullable: true })
  approvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  /** Orders exist for every occurrence before this instant. */
  @Property({ type: 'datetime', nullable: true })
  generatedUntil?: Date | null;
}
