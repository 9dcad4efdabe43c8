import { Entity, Filter, Index, Property } from '@mikro-orm/core';
import type { LossDecisionKind, LossDecisionState } from '@wuye/domain';
import { projectScope, VersionedEntity } from '../../db/base.entity.js';

/**
 * What a project manager decided about a loss-making or thin service (README §6), with its
 * reason and outcome: grow volume, raise the price (through the catalog's approval),
 * discontinue (the GM approves), or another measure. Kept for good.
 */
@Entity({ tableName: 'loss_decision' })
@Filter(projectScope('projectId'))
@Index({ properties: ['projectId', 'catalogItemId', 'createdAt'] })
export class LossDecision extends VersionedEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  catalogItemId!: string;

  /** The month under review when it was decided. */
  @Property({ length: 7 })
  month!: string;

  @Property({ length: 16 })
  kind!: LossDecisionKind;

  @Property({ length: 10 })
  state!: LossDecisionState;

  @Property({ type: 'text' })
  reason!: string;

  /** raise_price: the proposed pricing and the draft price list it went into. */
  @Property({ type: 'jsonb', nullable: true })
  proposedPricing?: Record<string, unknown> | null;

  @Property({ type: 'uuid', nullable: true })
  priceListId?: string | null;

  /** grow_volume: orders a month to reach by the review date. */
  @Property({ type: 'integer', nullable: true })
  targetOrdersPerMonth?: number | null;

  @Property({ length: 10, nullable: true })
  reviewOn?: string | null;

  @Property({ type: 'uuid' })
  proposedById!: string;

  @Property({ type: 'uuid', nullable: true })
  decidedById?: string | null;

  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  /** The GM's reason when rejecting. */
  @Property({ type: 'text', nullable: true })
  decisionNote?: string | null;
}
