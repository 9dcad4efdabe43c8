import { Entity, Index, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import type { WebhookEventType } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';
import { ApiKey } from '../api-keys/api-key.entity.js';

/**
 * Where a partner key's events are pushed. The signing secret is kept in clear: the HMAC needs
 * it, and unlike the key's own secret it only proves to the partner that a delivery is ours.
 * It is shown once (at registration and at each rotation) and never in the audit log.
 */
@Entity({ tableName: 'webhook_endpoint' })
@Index({ properties: ['apiKeyId', 'createdAt'] })
export class WebhookEndpoint extends VersionedEntity {
  @ManyToOne({ entity: () => ApiKey, mapToPk: true, fieldName: 'api_key_id' })
  apiKeyId!: string;

  @Property({ length: 500 })
  url!: string;

  @Property({ length: 100, nullable: true })
  description?: string | null;

  @Property({ type: 'text[]' })
  events: Opt<WebhookEventType[]> = [];

  @Property({ length: 80, hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  @Property({ length: 80, nullable: true, hidden: true })
  previousSecret?: string | null;

  @Property({ type: 'datetime', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Property({ default: true })
  enabled: Opt<boolean> = true;

  /** Set when a delivery was given up after its retries; cleared by the next success. */
  @Property({ type: 'datetime', nullable: true })
  failingSince?: Date | null;

  /** The staff member who registered it; null when the partner registered it with its own key. */
  @Property({ type: 'uuid', nullable: true })
  createdById?: string | null;
}
