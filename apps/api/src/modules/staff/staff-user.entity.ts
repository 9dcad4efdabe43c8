import { Entity, Index, Property, type Opt } from '@mikro-orm/core';
import type { RoleAssignment } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

/**
 * A staff member who logs in. Email and phone are unique across companies because
 * login happens before the company is known. Role assignments live in one jsonb
 * column so authenticating a request is a single-row read.
 */
@Entity({ tableName: 'staff_user' })
@Index({ name: 'staff_user_roles_gin', expression: 'create index "staff_user_roles_gin" on "staff_user" using gin ("roles" jsonb_path_ops)' })
export class StaffUser extends VersionedEntity {
  @Property({ length: 50 })
  name!: string;

  @Property({ length: 254, nullable: true, unique: true })
  email?: string | null;

  @Property({ length: 20, nullable: true, unique: true })
  phone?: string | null;

  @Property({ length: 200, hidden: true, lazy: false })
  passwordHash!: string;

  @Property({ type: 'jsonb' })
  roles: Opt<RoleAssignment[]> = [];

  @Property({ default: true })
  active: Opt<boolean> = true;

  @Property({ type: 'integer', default: 0 })
  failedLogins: Opt<number> = 0;

  @Property({ type: 'datetime', nullable: true })
  lockedUntil?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  lastLoginAt?: Date | null;
}
