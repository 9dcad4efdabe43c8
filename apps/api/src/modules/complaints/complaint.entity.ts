import { Entity, Filter, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { ComplaintKind, ComplaintMilestone, ComplaintPauseReason, ComplaintSeverity, ComplaintState, Department } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';

export interface StoredPause {
  reason: ComplaintPauseReason;
  from: string;
  to: string | null;
  note: string | null;
}

export interface StoredExtension {
  milestone: ComplaintMilestone;
  agreedAt: string;
  newDueAt: string;
  note: string | null;
}

export interface ComplaintStep {
  at: string;
  action: string;
  fromState: string | null;
  toState: string;
  actorName: string;
  note: string | null;
}

/**
 * A complaint or suggestion (投诉与建议, README §4). Milestone clocks are derived from the
 * facts stored here by the domain (never stored), so a changed setting or an agreed
 * extension shows at once.
 */
@Entity({ tableName: 'complaint' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'number'] })
@Index({ properties: ['companyId', 'projectId', 'state', 'createdAt'] })
export class Complaint extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 40 })
  number!: string;

  @Property({ length: 12 })
  kind!: ComplaintKind;

  @ManyToOne({ entity: () => Unit, mapToPk: true, fieldName: 'unit_id', nullable: true, index: true })
  unitId?: string | null;

  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id', nullable: true })
  residentId?: string | null;

  @Property({ length: 50 })
  contactName!: string;

  @Property({ length: 20 })
  contactPhone!: string;

  /** What happened, and when. */
  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'datetime', nullable: true })
  happenedAt?: Date | null;

  /** What the resident wants. */
  @Property({ type: 'text', nullable: true })
  wants?: string | null;

  @Property({ length: 10 })
  channel!: string;

  @Property({ type: 'uuid', nullable: true })
  takenById?: string | null;

  /** 1 property service, 2 developer / building quality, 3 external. */
  @Property({ type: 'smallint', nullable: true })
  category?: 1 | 2 | 3 | null;

  @Property({ type: 'boolean', nullable: true })
  valid?: boolean | null;

  @Property({ type: 'text', nullable: true })
  invalidReason?: string | null;

  @Property({ length: 10, nullable: true })
  severity?: ComplaintSeverity | null;

  @Property({ length: 20, nullable: true })
  responsibleDepartment?: Department | null;

  @Property({ length: 24 })
  state: Opt<ComplaintState> = 'registered';

  @Property({ type: 'boolean', nullable: true })
  onSiteRequired?: boolean | null;

  @Property({ type: 'datetime', nullable: true })
  onSiteAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  firstFeedbackAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  findings?: string | null;

  @Property({ type: 'uuid', nullable: true })
  engineeringSignedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  handedToDeveloperAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  developerResponseDueAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  developerRespondedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  developerResponse?: string | null;

  @Property({ type: 'text', nullable: true })
  cause?: string | null;

  @Property({ type: 'text', nullable: true })
  handling?: string | null;

  /** When the department completed the handling: the resolution milestone. */
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  resolutionRecordedBy?: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'jsonb' })
  pauses: Opt<StoredPause[]> = [];

  @Property({ type: 'jsonb' })
  extensions: Opt<StoredExtension[]> = [];

  /** Suggestions: why it was adopted or not, in words the resident is told; when they were told. */
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  @Property({ type: 'datetime', nullable: true })
  residentToldAt?: Date | null;

  /** The order the complaint is about, if any (repeat detection by catalog item). */
  @Property({ type: 'uuid', nullable: true })
  relatedOrderId?: string | null;

  /** Opened by an unsatisfactory follow-up visit. */
  @Property({ type: 'uuid', nullable: true })
  sourceFollowUpId?: string | null;

  /** Clock alerts already sent (`on_site:80`, `resolution:breach`), so the escalation job skips them. */
  @Property({ type: 'jsonb', default: '[]' })
  alertsSent: Opt<string[]> = [];

  /** The resident reports private charging, a gift taken or a fee waived for a favour (README §3.6, §7). */
  @Property({ type: 'boolean', default: false })
  privateChargingReported: Opt<boolean> = false;

  /** The member of staff the report names, if any (else the related order's worker). */
  @Property({ type: 'uuid', nullable: true })
  accusedUserId?: string | null;

  /** The timeline: every step with actor, time and note. */
  @Property({ type: 'jsonb' })
  steps: Opt<ComplaintStep[]> = [];
}
