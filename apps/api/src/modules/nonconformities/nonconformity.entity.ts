import { Entity, Filter, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

export type NonconformitySource = 'same_matter' | 'same_repair' | 'follow_up';
export type NonconformityState = 'open' | 'closed';

/**
 * A nonconformity (不合格) for the project manager: a matter complained about again, a repair
 * needed a third time, a repeated follow-up problem. The key makes each trigger raise one record.
 */
@Entity({ tableName: 'nonconformity' })
@Filter(projectScope('projectId'))
@Unique({ properties: ['companyId', 'key'] })
@Index({ properties: ['projectId', 'state', 'createdAt'] })
export class Nonconformity extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ length: 16 })
  source!: NonconformitySource;

  @Property({ length: 120 })
  key!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** What happened: a message of the rule, rendered in the reader's language. */
  @Property({ length: 60 })
  messageKey!: string;

  @Property({ type: 'jsonb' })
  params: Opt<Record<string, string | number>> = {};

  /** The complaints or orders behind it, oldest first. */
  @Property({ type: 'jsonb' })
  records!: Array<{ kind: 'Complaint' | 'ServiceOrder'; id: string; label: string }>;

  @Property({ length: 8 })
  state: Opt<NonconformityState> = 'open';

  /** 纠正预防措施: what will be done so it does not happen again. */
  @Property({ type: 'text', nullable: true })
  correctiveAction?: string | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  closedById?: string | null;
}
