import { Entity, Filter, Property, Unique, type Opt } from '@mikro-orm/core';
import type { InspectionMonthFigures, InspectionReportSection, InspectionReportState } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import type { WorkflowStep } from '../../db/workflow-step.js';


/**
 * The monthly inspection report of a project (README §7): figures assembled from the month's
 * inspections, sections written by the project leader, approved by the GM, then read-only. The
 * figures are frozen into the row when the GM approves, so a late edit of a finding cannot change
 * an approved report.
 */
@Entity({ tableName: 'inspection_report' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'month'] })
export class InspectionReport extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 7 })
  month!: string;

  @Property({ length: 12 })
  state: Opt<InspectionReportState> = 'draft';

  @Property({ type: 'jsonb' })
  sections: Opt<Partial<Record<InspectionReportSection, string>>> = {};

  @Property({ type: 'jsonb', nullable: true })
  approvedFigures?: InspectionMonthFigures | null;

  @Property({ type: 'uuid', nullable: true })
  submittedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  approvedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  returnReason?: string | null;

  @Property({ type: 'jsonb' })
  steps: Opt<WorkflowStep[]> = [];
}
