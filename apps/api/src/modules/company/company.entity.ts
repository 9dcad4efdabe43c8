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

  /** 保本微利: margins above this share of the price are flagged for review (basis points). */
  @Property({ type: 'integer', default: 2000 })
  marginCeilingBp: Opt<number> = 2000;

  /** Units of charge this company uses beyond the standard list. */
  @Property({ type: 'text[]', default: '{}' })
  extraUnits: Opt<string[]> = [];

  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Property({ version: true, type: 'integer' })
  version!: Opt<number>;
}
