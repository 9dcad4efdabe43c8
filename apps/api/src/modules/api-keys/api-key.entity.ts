import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import type { ApiScope } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';
import { Project } from '../projects/project.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';

/**
 * A partner app's key. The secret is shown once; only its SHA-256 is stored — the
 * secret has 256 bits of entropy, so a slow password hash would buy nothing and
 * cost every partner request.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey extends VersionedEntity {
  @Property({ length: 100 })
  name!: string;

  /** Public, non-secret part used to find the key. */
  @Property({ length: 24, unique: true })
  prefix!: string;

  @Property({ length: 64, hidden: true })
  secretHash!: string;

  @Property({ type: 'text[]' })
  scopes: Opt<ApiScope[]> = [];

  @ManyToOne({ entity: () => Project, mapToPk: true, fieldName: 'project_id', nullable: true })
  projectId?: string | null;

  @ManyToOne({ entity: () => StaffUser, mapToPk: true, fieldName: 'created_by_id' })
  createdById!: string;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  /** After a rotation the old key keeps working until then (the grace period), then never again. */
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;

  /** The key that replaced this one in a rotation. */
  @Property({ type: 'uuid', nullable: true })
  replacedById?: string | null;
}
