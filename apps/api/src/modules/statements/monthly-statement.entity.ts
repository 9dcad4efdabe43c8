import { Entity, Filter, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { StatementState } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Resident } from '../residents/resident.entity.js';

export interface StatementChargeLine {
  orderId: string;
  orderNumber: string;
  description: string;
  settledAt: string;
  amountFen: number;
}

export interface StatementAdjustmentLine {
  adjustmentId: string;
  correctsStatementId: string;
  correctsYear: number;
  correctsMonth: number;
  description: string;
  amountFen: number;
}

/**
 * An owner's monthly statement (记账月结): the month's orders settled to the statement
 * plus corrections of earlier statements. Immutable once issued; errors found later
 * become adjustments on the next one.
 */
@Entity({ tableName: 'monthly_statement' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['residentId', 'year', 'month'] })
export class MonthlyStatement extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id' })
  residentId!: string;

  @Property({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  month!: number;

  @Property({ length: 10 })
  state: Opt<StatementState> = 'draft';

  @Property({ type: 'jsonb' })
  lines!: StatementChargeLine[];

  @Property({ type: 'jsonb' })
  adjustments!: StatementAdjustmentLine[];

  @Property({ type: 'integer' })
  chargesTotalFen!: number;

  @Property({ type: 'integer' })
  adjustmentsTotalFen!: number;

  @Property({ type: 'integer' })
  totalFen!: number;

  @Property({ type: 'datetime', nullable: true })
  issuedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  confirmedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;
}
