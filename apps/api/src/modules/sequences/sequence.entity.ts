import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Named counters (receipt numbers per project and year, order numbers per project and day).
 * Incremented inside the caller's transaction, so a rolled-back payment gives its number
 * back: the sequence stays gap-free, and the row lock serialises concurrent payments.
 */
@Entity({ tableName: 'sequence' })
export class Sequence {
  @PrimaryKey({ type: 'uuid' })
  companyId!: string;

  @PrimaryKey({ length: 100 })
  key!: string;

  @Property({ type: 'integer' })
  value!: number;
}
