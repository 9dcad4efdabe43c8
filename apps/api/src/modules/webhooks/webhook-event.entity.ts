import { Entity, Index, Property } from '@mikro-orm/core';
import type { WebhookEntityType, WebhookEventType } from '@wuye/domain';
import { TenantEntity } from '../../db/base.entity.js';

/**
 * An event, written in the transaction of the change that caused it (emit.ts). An insert
 * enqueues the fan-out job through a trigger (migration WebhookEvents), so every path that
 * writes an event also schedules its delivery, in the same transaction.
 *
 * `seq` orders the events of one entity: every change locks its entity's row before it emits,
 * so a later change of the same entity draws a later number.
 */
@Entity({ tableName: 'webhook_event' })
@Index({ properties: ['entityType', 'entityId', 'seq'] })
@Index({ name: 'webhook_event_pending', expression: 'create index "webhook_event_pending" on "webhook_event" ("seq") where "fanned_out_at" is null' })
export class WebhookEvent extends TenantEntity {
  @Property({ type: 'bigint', autoincrement: true, unique: true })
  seq?: string;

  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Property({ length: 40 })
  type!: WebhookEventType;

  @Property({ length: 30 })
  entityType!: WebhookEntityType;

  @Property({ type: 'uuid' })
  entityId!: string;

  @Property({ type: 'datetime' })
  occurredAt!: Date;

  /** The JSON sent, byte for byte the same on every attempt and resend. */
  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'datetime', nullable: true })
  fannedOutAt?: Date | null;
}
