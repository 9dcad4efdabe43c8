import { Entity, Filter, Index, Property, type Opt } from '@mikro-orm/core';
import type { Department, FindingResult, FindingState, InspectionLevel, NonconformityClass } from '@wuye/domain';
import { projectScope, TenantEntity, VersionedEntity } from '../../db/base.entity.js';
import type { WorkflowStep } from '../../db/workflow-step.js';

/** An inspection record (检查记录) of one level in one area: who, when, where, and a finding per item checked. */
@Entity({ tableName: 'inspection' })
@Filter(projectScope('projectId'))
@Index({ properties: ['projectId', 'inspectedAt'] })
export class Inspection extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 20 })
  level!: InspectionLevel;

  @Property({ length: 20 })
  area!: Department;

  @Property({ type: 'uuid', nullable: true })
  postId?: string | null;

  @Property({ type: 'uuid' })
  inspectorId!: string;

  @Property({ type: 'datetime' })
  inspectedAt!: Date;

  /** The week, month or half year it counts for ("2025-10-13", "2025-10", "2025-H2"), or its date. */
  @Property({ length: 10 })
  period!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'integer' })
  nonconformities: Opt<number> = 0;
}

export type FindingStep = WorkflowStep;

/**
 * One checklist item's result in an inspection. A nonconformity carries its class, description,
 * photo reference and the person (or subcontractor) responsible, and walks to a verified corrective
 * action (纠正预防措施); a pass has no state. Item texts are copied so an edited checklist does not
 * rewrite old records.
 */
@Entity({ tableName: 'inspection_finding' })
@Filter(projectScope('projectId'))
@Index({ properties: ['inspectionId'] })
@Index({ properties: ['projectId', 'state', 'actionDeadline'] })
@Index({ properties: ['companyId', 'subcontractorId'] })
export class InspectionFinding extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  inspectionId!: string;

  @Property({ type: 'uuid' })
  checklistItemId!: string;

  @Property({ length: 20 })
  area!: Department;

  @Property({ length: 40 })
  category!: string;

  @Property({ length: 200 })
  itemTitle!: string;

  @Property({ length: 16 })
  result!: FindingResult;

  @Property({ length: 10, nullable: true })
  nonconformityClass?: NonconformityClass | null;

  @Property({ type: 'text', nullable: true })
  description?: string | null;

  /** Where the photo is kept (an object-store key or URL); the file itself lives outside the database. */
  @Property({ length: 300, nullable: true })
  photoRef?: string | null;

  @Property({ type: 'uuid', nullable: true })
  responsibleUserId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  subcontractorId?: string | null;

  /** Copied from the inspection: who verifies. */
  @Property({ type: 'uuid' })
  inspectorId!: string;

  @Property({ type: 'datetime' })
  inspectedAt!: Date;

  /** null for a pass. */
  @Property({ length: 24, nullable: true })
  state?: FindingState | null;

  @Property({ type: 'datetime', nullable: true })
  acknowledgedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  acknowledgedById?: string | null;

  @Property({ type: 'text', nullable: true })
  correctiveAction?: string | null;

  @Property({ type: 'uuid', nullable: true })
  actionOwnerId?: string | null;

  /** Local date (Asia/Shanghai) by which the owner completes the action. */
  @Property({ type: 'date', nullable: true })
  actionDeadline?: string | null;

  @Property({ type: 'datetime', nullable: true })
  actionCompletedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  completionNote?: string | null;

  @Property({ type: 'datetime', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  verifiedById?: string | null;

  @Property({ type: 'jsonb' })
  steps: Opt<FindingStep[]> = [];
}
