import { Entity, Enum, Filter, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { PriceListState } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Project } from '../projects/project.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/**
 * One version of a project's price list. Versions are never edited after submission:
 * a price change is a new draft, so any past quote stays explainable (§2).
 * effectiveFrom/effectiveTo answer "what was published at time t".
 */
@Entity({ tableName: 'price_list' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'number'] })
@Index({ properties: ['projectId', 'effectiveFrom'] })
@Index({ properties: ['companyId', 'state'] })
// At most one version in effect and one in the works per project, enforced by the database.
@Index({
  name: 'price_list_one_published',
  expression: `create unique index "price_list_one_published" on "price_list" ("project_id") where "state" = 'published'`,
})
@Index({
  name: 'price_list_one_open',
  expression: `create unique index "price_list_one_open" on "price_list" ("project_id") where "state" in ('draft', 'submitted', 'approved', 'rejected')`,
})
export class PriceList extends VersionedEntity {
  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id' })
  projectId!: string;

  /** 1, 2, 3 … per project. */
  @Property({ type: 'integer' })
  number!: number;

  @Enum({ items: ['draft', 'submitted', 'approved', 'rejected', 'published', 'superseded'], nativeEnumName: 'price_list_state' })
  state: Opt<PriceListState> = 'draft';

  /** The version this draft was copied from, if any. */
  @Property({ type: 'uuid', nullable: true })
  basedOnId?: string | null;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'submitted_by_id', nullable: true })
  submittedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'decided_by_id', nullable: true })
  decidedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The GM's note on approval, or the required reason on rejection. */
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  /** 审批编号 printed on the notice, e.g. CHHY-2026-003. */
  @Property({ length: 40, nullable: true })
  approvalRef?: string | null;

  /** A publish requested for a future time; a job publishes it then. */
  @Property({ type: 'datetime', nullable: true })
  scheduledAt?: Date | null;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'published_by_id', nullable: true })
  publishedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  effectiveFrom?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  effectiveTo?: Date | null;
}
