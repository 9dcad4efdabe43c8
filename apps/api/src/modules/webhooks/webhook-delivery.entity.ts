import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import type { WebhookEventType } from '@wuye/domain';
import { TenantEntity } from '../../db/base.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhookEvent } from './webhook-event.entity.js';

export type WebhookDeliveryStatus = 'pending' | 'delivered' | 'failed';

/**
 * One event for one endpoint. Deliveries of one entity to one endpoint go out in the order of
 * their events (`eventSeq`): the earliest pending one is the head, and a later one waits while
 * the head is retried (delivery.ts).
 */
@Entity({ tableName: 'webhook_delivery' })
@Unique({ properties: ['endpointId', 'eventId'] })
@Index({ properties: ['endpointId', 'entityKey', 'status', 'eventSeq'] })
@Index({ properties: ['endpointId', 'createdAt'] })
export class WebhookDelivery extends TenantEntity {
  @ManyToOne({ entity: () => WebhookEndpoint, mapToPk: true, fieldName: 'endpoint_id' })
  endpointId!: string;

  @ManyToOne({ entity: () => WebhookEvent, mapToPk: true, fieldName: 'event_id' })
  eventId!: string;

  @Property({ type: 'bigint' })
  eventSeq!: string;

  @Property({ length: 40 })
  eventType!: WebhookEventType;

  /** `<entity type>:<entity id>`: the unit whose deliveries keep their order. */
  @Property({ length: 80 })
  entityKey!: string;

  @Property({ length: 10 })
  status: Opt<WebhookDeliveryStatus> = 'pending';

  /** Every attempt ever made, resends included. */
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  /** Failures in a row since the first attempt (or the last resend): drives the backoff. */
  @Property({ type: 'integer', default: 0 })
  failures: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  firstAttemptAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastAttemptAt?: Date | null;

  @Property({ type: 'datetime' })
  nextAttemptAt!: Date;

  @Property({ type: 'integer', nullable: true })
  lastResponseCode?: number | null;

  @Property({ length: 200, nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', nullable: true })
  deliveredAt?: Date | null;
}
