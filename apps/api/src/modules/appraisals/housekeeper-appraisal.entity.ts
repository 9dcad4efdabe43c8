import { Entity, Filter, Property, Unique, type Opt } from '@mikro-orm/core';
import type { AppraisalDimension } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

/**
 * A housekeeper's monthly appraisal (管家考核): the project manager's scores for the dimensions
 * not derived from data, and, once final, the derived figures and the total as they stood, so a
 * final appraisal does not move when late data arrives.
 */
@Entity({ tableName: 'housekeeper_appraisal' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['projectId', 'userId', 'month'] })
export class HousekeeperAppraisal extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ length: 7 })
  month!: string;

  /** Whole points 0–100 per dimension the manager scored. */
  @Property({ type: 'jsonb' })
  managerScores: Opt<Partial<Record<AppraisalDimension, number>>> = {};

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Property({ type: 'boolean' })
  final: Opt<boolean> = false;

  @Property({ type: 'datetime', nullable: true })
  finalizedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  finalizedById?: string | null;

  /** Frozen when final: the derived scores and facts, the total in hundredths and the grade. */
  @Property({ type: 'jsonb', nullable: true })
  snapshot?: Record<string, unknown> | null;
}
