import { Enum, Property, type Opt } from '@mikro-orm/core';
import type { PricingMode } from '@wuye/domain';
import { VersionedEntity } from '../../db/base.entity.js';

/**
 * Price and cost-model columns shared by template items (the suggestion a draft starts
 * from) and price list entries (the project's own figures). Amounts in fen.
 */
export abstract class PricedEntity extends VersionedEntity {
  @Enum({ items: ['fixed', 'range', 'workload', 'free', 'unset'], nativeEnumName: 'pricing_mode' })
  mode!: PricingMode;

  @Property({ type: 'integer', nullable: true })
  priceFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  minFen?: number | null;

  @Property({ type: 'integer', nullable: true })
  maxFen?: number | null;

  /** 成本核算 of one unit of charge: labour minutes, expected materials, overhead and risk. */
  @Property({ type: 'integer', default: 0 })
  labourMinutes: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  materialsFen: Opt<number> = 0;

  @Property({ type: 'integer', default: 1000 })
  overheadBp: Opt<number> = 1000;

  @Property({ type: 'integer', default: 300 })
  riskBp: Opt<number> = 300;

  @Property({ type: 'integer', default: 0 })
  position: Opt<number> = 0;
}
