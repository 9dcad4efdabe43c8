import { Entity, Filter, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { Department, EvidenceType, PenaltyRule, PenaltyState } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import type { WorkflowStep } from '../../db/workflow-step.js';

export type PenaltyStep = WorkflowStep;

/**
 * A penalty-point entry on a staff member's appraisal (README §7): proposed from an event or by
 * hand, confirmed or dismissed, appealed within 7 days, upheld or overturned. Nothing is deleted;
 * every entry keeps the record it is about (order, complaint, inspection, follow-up).
 */
@Entity({ tableName: 'penalty_entry' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['companyId', 'dedupeKey'] })
@Index({ properties: ['projectId', 'month', 'userId'] })
export class PenaltyEntry extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  /** The person penalised. */
  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ length: 20, nullable: true })
  department?: Department | null;

  @Property({ length: 32 })
  rule!: PenaltyRule;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ length: 12 })
  state!: PenaltyState;

  /** The Shanghai month it counts in: when it happened. */
  @Property({ length: 7 })
  month!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Property({ length: 12, nullable: true })
  evidenceType?: EvidenceType | null;

  @Property({ type: 'uuid', nullable: true })
  evidenceId?: string | null;

  /** Automatic entries: the event's key, so a replayed event never proposes twice. */
  @Property({ length: 200 })
  dedupeKey!: string;

  /** Why it was proposed (rendered in the reader's language) or, for a manual entry, the note. */
  @Property({ length: 60, nullable: true })
  messageKey?: string | null;

  @Property({ type: 'jsonb' })
  params: Opt<Record<string, string | number>> = {};

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'boolean', default: false })
  needsDelayJudgement: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  confirmedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  appealClosesAt?: Date | null;

  @Property({ type: 'jsonb' })
  steps: Opt<PenaltyStep[]> = [];
}

/** A commendation (表扬) adds points to the month's score. */
@Entity({ tableName: 'commendation' })
@Filter(projectScope('projectId'))
@Index({ properties: ['projectId', 'month', 'userId'] })
export class Commendation extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ length: 24 })
  kind!: string;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ length: 7 })
  month!: string;

  @Property({ type: 'text' })
  note!: string;

  @Property({ type: 'uuid' })
  recordedById!: string;
}
