import { Entity, Filter, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';
import { Resident } from '../residents/resident.entity.js';

/** A resident's prepaid deposit (预交押金). The balance can never go negative (checked twice: rule and constraint). */
@Entity({ tableName: 'deposit_account' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['residentId'] })
export class DepositAccount extends VersionedEntity {
  @ManyToOne({ entity: () => Resident, mapToPk: true, fieldName: 'resident_id' })
  residentId!: string;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'integer', default: 0, check: 'balance_fen >= 0' })
  balanceFen: Opt<number> = 0;
}
