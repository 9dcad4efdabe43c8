import { Entity, Index, Property, Unique, type Opt } from '@mikro-orm/core';
import type { NotificationKind } from '@wuye/domain';
import { TenantEntity } from '../../db/base.entity.js';

/**
 * One line in a staff member's inbox. The (recipient, dedupe key) pair is unique, so an event
 * seen twice — a retried job, two workers checking the same clock — is told once.
 */
@Entity({ tableName: 'notification' })
@Unique({ properties: ['recipientId', 'dedupeKey'] })
@Index({ properties: ['recipientId', 'createdAt'] })
export class Notification extends TenantEntity {
  @Property({ type: 'uuid' })
  recipientId!: string;

  @Property({ type: 'uuid', nullable: true })
  projectId?: string | null;

  @Property({ length: 30 })
  kind!: NotificationKind;

  @Property({ length: 30 })
  subjectType!: 'ServiceOrder' | 'Complaint' | 'Nonconformity' | 'CatalogItem' | 'WebhookEndpoint';

  @Property({ type: 'uuid' })
  subjectId!: string;

  /** The order or complaint number, so the inbox reads without loading the subject. */
  @Property({ length: 40 })
  subjectLabel!: string;

  /** Message parameters besides the label (e.g. the complaint milestone). */
  @Property({ type: 'jsonb', default: '{}' })
  params: Opt<Record<string, string>> = {};

  /** A note from the step (the cancellation reason, the new time). */
  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Property({ length: 200 })
  dedupeKey!: string;

  @Property({ type: 'datetime', nullable: true })
  readAt?: Date | null;
}
