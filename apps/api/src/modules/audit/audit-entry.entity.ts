import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { TENANT_FILTER } from '../../db/base.entity.js';
import { Filter } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';

export type ActorKind = 'user' | 'apiKey' | 'system';

/** Append-only: who changed what, when, before and after. Written in the same transaction as the change. */
@Entity({ tableName: 'audit_entry' })
@Filter({ name: TENANT_FILTER, cond: (args: { companyId: string }) => ({ companyId: args.companyId }), default: true })
@Index({ properties: ['companyId', 'at'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'uuid' })
  companyId!: string;

  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Property({ type: 'datetime' })
  at: Date = new Date();

  @Property({ length: 10 })
  actorKind!: ActorKind;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null;

  @Property({ length: 100 })
  actorName!: string;

  /** The GraphQL operation (or job) that made the change, e.g. `updateProject`. */
  @Property({ length: 100 })
  action!: string;

  /** create | update | delete */
  @Property({ length: 10 })
  change!: string;

  @Property({ length: 50 })
  entityType!: string;

  @Property({ length: 64 })
  entityId!: string;

  @Property({ type: 'jsonb', nullable: true })
  before?: Record<string, unknown> | null;

  @Property({ type: 'jsonb', nullable: true })
  after?: Record<string, unknown> | null;

  @Property({ length: 64, nullable: true })
  requestId?: string | null;
}
