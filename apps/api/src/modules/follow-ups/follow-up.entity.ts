import { Entity, Filter, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { FollowUpRating, FollowUpSubject, FollowUpVisitor } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

export type FollowUpState = 'planned' | 'not_sampled' | 'visited';

/**
 * A follow-up visit (回访, README §5), planned when a complaint is resolved or an order completed.
 * Every completion gets a row, sampled or not, with the hash bucket and the rate used, so an
 * auditor can re-derive the sample and the realised rate from the table alone.
 */
@Entity({ tableName: 'follow_up' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['subjectKind', 'subjectId'] })
@Index({ properties: ['projectId', 'state', 'dueAt'] })
// The complaint statistics count a month's completions, due visits and visits per project from these indexes alone.
@Index({
  name: 'follow_up_completed',
  expression: `create index "follow_up_completed" on "follow_up" ("company_id", "completed_at") include ("project_id", "selected")`,
})
@Index({
  name: 'follow_up_due',
  expression: `create index "follow_up_due" on "follow_up" ("company_id", "due_at") include ("project_id", "state") where "selected"`,
})
@Index({
  name: 'follow_up_visited',
  expression: `create index "follow_up_visited" on "follow_up" ("company_id", "visited_at") include ("project_id", "satisfaction") where "state" = 'visited'`,
})
export class FollowUp extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 24 })
  subject!: FollowUpSubject;

  /** What was done: a service order, a complaint, or an event recorded by hand (an activity, a special incident). */
  @Property({ length: 16 })
  subjectKind!: 'ServiceOrder' | 'Complaint' | 'Event';

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The order or complaint number. */
  @Property({ length: 40 })
  subjectLabel!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  residentId?: string | null;

  @Property({ length: 50 })
  contactName!: string;

  @Property({ length: 20 })
  contactPhone!: string;

  /** The department whose work is visited; an unsatisfactory visit's complaint goes to it. */
  @Property({ length: 20, nullable: true })
  department?: string | null;

  @Property({ type: 'datetime' })
  completedAt!: Date;

  @Property({ type: 'boolean' })
  selected!: boolean;

  @Property({ type: 'integer' })
  bucket!: number;

  @Property({ type: 'integer' })
  rateBasisPoints!: number;

  @Property({ length: 48 })
  visitor!: FollowUpVisitor;

  @Property({ type: 'datetime' })
  opensAt!: Date;

  /** The visit must happen before this instant. */
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Property({ length: 12 })
  state!: FollowUpState;

  @Property({ type: 'datetime', nullable: true })
  visitedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  visitedById?: string | null;

  @Property({ length: 20, nullable: true })
  quality?: FollowUpRating | null;

  @Property({ length: 20, nullable: true })
  effect?: FollowUpRating | null;

  @Property({ length: 20, nullable: true })
  satisfaction?: FollowUpRating | null;

  @Property({ type: 'text', nullable: true })
  shortcomings?: string | null;

  @Property({ type: 'text', nullable: true })
  opinions?: string | null;

  /** The resident confirmed the record (by signature or on the phone). */
  @Property({ type: 'boolean', default: false })
  residentConfirmed: Opt<boolean> = false;

  /** The complaint an unsatisfactory visit opened. */
  @Property({ type: 'uuid', nullable: true })
  openedComplaintId?: string | null;
}
