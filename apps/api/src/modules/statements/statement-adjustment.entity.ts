import { Entity, Filter, ManyToOne, Property } from '@mikro-orm/core';
import { projectScope, TenantEntity } from '../../db/base.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { MonthlyStatement } from './monthly-statement.entity.js';

/** A correction of an issued statement, waiting to go on the owner's next one. */
@Entity({ tableName: 'statement_adjustment' })
@Filter(projectScope('projectId'))
export class StatementAdjustment extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id', index: true })
  residentId!: string;

  @ManyToOne({ entity: () => MonthlyStatement, mapToPk: true, fieldName: 'corrects_statement_id' })
  correctsStatementId!: string;

  @Property({ type: 'text' })
  description!: string;

  /** Positive: the owner owes more; negative: a credit. */
  @Property({ type: 'integer' })
  amountFen!: number;

  /** The statement it was issued on; null while pending. */
  @Property({ type: 'uuid', nullable: true })
  includedInStatementId?: string | null;
}
