import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { newId } from '../../db/ids.js';

/** The tenant. Not itself tenant-filtered: a request resolves its company first. */
@Entity({ tableName: 'company' })
export class Company {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ unique: true })
  code!: string;

  @Property()
  name!: string;

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;
}
