import { LOSS_DECISION_KINDS, LOSS_DECISION_STATES, PNL_STATUSES } from '@wuye/domain';
import { IsOptional } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { AtLeast, AtMost, OptionalText, Text } from '../../graphql/validation.js';
import { PricingInput } from '../catalog/catalog.types.js';

export const PnlStatusValue = graphqlEnum('PnlStatus', PNL_STATUSES, 'loss, thin (below the target band), healthy, over_margin (above the 保本微利 ceiling), idle (no revenue), goodwill (a free service)');
export const LossDecisionKindValue = graphqlEnum('LossDecisionKind', LOSS_DECISION_KINDS);
export const LossDecisionStateValue = graphqlEnum('LossDecisionState', LOSS_DECISION_STATES);
export const LossDecisionActionValue = graphqlEnum('LossDecisionAction', ['approve', 'reject'] as const);

// Amounts are SafeInt: a company's year of revenue in fen passes GraphQL Int's 2^31 (21 million yuan).
@ObjectType('ItemPnl', { simpleResolvers: true, description: 'One project, catalog item and month: orders, revenue, cost lines, margin, status. Amounts in fen.' })
export class ItemPnlView {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) itemId!: string;
  @Field() itemName!: string;
  @Field() category!: string;
  @Field({ description: 'paid | free' }) charge!: string;
  @Field({ description: 'YYYY-MM (Asia/Shanghai)' }) month!: string;
  @Field(() => Int) orders!: number;
  @Field(() => GraphQLSafeInt) revenueFen!: number;
  @Field(() => GraphQLSafeInt) labourFen!: number;
  @Field(() => GraphQLSafeInt) materialsFen!: number;
  @Field(() => GraphQLSafeInt) overheadFen!: number;
  @Field(() => GraphQLSafeInt) riskFen!: number;
  @Field(() => GraphQLSafeInt) refundsFen!: number;
  @Field(() => GraphQLSafeInt) costFen!: number;
  @Field(() => GraphQLSafeInt) marginFen!: number;
  @Field(() => Int, { nullable: true }) marginBasisPoints!: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) costPerOrderFen!: number | null;
  @Field(() => GraphQLSafeInt, { description: 'A free service’s cost: the price of goodwill' }) goodwillCostFen!: number;
  @Field(() => PnlStatusValue) status!: string;
}

@ObjectType('PnlTotal', { simpleResolvers: true })
export class PnlTotalView {
  @Field(() => ID, { nullable: true, description: 'null = every project in scope' }) projectId!: string | null;
  @Field(() => String, { nullable: true, description: 'null = the whole range' }) month!: string | null;
  @Field(() => Int) orders!: number;
  @Field(() => GraphQLSafeInt) revenueFen!: number;
  @Field(() => GraphQLSafeInt) costFen!: number;
  @Field(() => GraphQLSafeInt) marginFen!: number;
  @Field(() => Int, { nullable: true }) marginBasisPoints!: number | null;
  @Field(() => GraphQLSafeInt) goodwillCostFen!: number;
  @Field(() => GraphQLSafeInt, { description: 'Margin of the paid services alone' }) paidMarginFen!: number;
  @Field(() => PnlStatusValue) status!: string;
}

@ObjectType('PnlOverview', { simpleResolvers: true })
export class PnlOverviewView {
  @Field(() => PnlTotalView) total!: PnlTotalView;
  @Field(() => [PnlTotalView]) byProject!: PnlTotalView[];
  @Field(() => [PnlTotalView]) byMonth!: PnlTotalView[];
  @Field(() => [PnlTotalView], { description: 'Per project and month (the GM’s table and trend)' }) byProjectMonth!: PnlTotalView[];
  @Field(() => [ItemPnlView], { description: 'The biggest loss-makers over the range, item totals, worst first' }) worstItems!: ItemPnlView[];
}

@InputType()
export class PnlFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) itemId?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(50) category?: string;
  @Field({ description: 'YYYY-MM' }) @Text(7, 7) fromMonth!: string;
  @Field({ description: 'YYYY-MM, at most 24 months after fromMonth' }) @Text(7, 7) toMonth!: string;
}

@ObjectType('ProposedPricing', { simpleResolvers: true })
export class ProposedPricingView {
  @Field() mode!: string;
  @Field(() => Int, { nullable: true }) priceFen?: number | null;
  @Field(() => Int, { nullable: true }) minFen?: number | null;
  @Field(() => Int, { nullable: true }) maxFen?: number | null;
}

@ObjectType('LossDecision', { simpleResolvers: true })
export class LossDecisionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) catalogItemId!: string;
  @Field() month!: string;
  @Field(() => LossDecisionKindValue) kind!: string;
  @Field(() => LossDecisionStateValue) state!: string;
  @Field() reason!: string;
  @Field(() => ID, { nullable: true, description: 'raise_price: the draft price list carrying the proposed price' }) priceListId?: string | null;
  @Field(() => ProposedPricingView, { nullable: true, description: 'raise_price: the price proposed' }) proposedPricing?: ProposedPricingView | null;
  @Field(() => Int, { nullable: true }) targetOrdersPerMonth?: number | null;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
  @Field(() => ID) proposedById!: string;
  @Field(() => Date, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) decisionNote?: string | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('LossDecisionPage', { simpleResolvers: true })
export class LossDecisionPage {
  @Field(() => [LossDecisionView]) items!: LossDecisionView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('VolumeProgress', { simpleResolvers: true })
export class VolumeProgressView {
  @Field(() => Int) targetOrdersPerMonth!: number;
  @Field(() => Int) orders!: number;
  @Field(() => Int) basisPoints!: number;
  @Field() met!: boolean;
}

@ObjectType('ReviewItem', { simpleResolvers: true, description: 'A loss or thin item of the month, with what was decided about it' })
export class ReviewItemView {
  @Field(() => ItemPnlView) pnl!: ItemPnlView;
  @Field(() => LossDecisionView, { nullable: true }) latestDecision!: LossDecisionView | null;
  @Field(() => VolumeProgressView, { nullable: true, description: 'A grow-volume decision’s progress this month' }) volumeProgress!: VolumeProgressView | null;
  @Field(() => Int, { description: 'Consecutive loss months up to this one' }) lossStreak!: number;
}

@ArgsType()
export class LossDecisionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [LossDecisionStateValue], { nullable: true, description: 'The GM’s inbox: [PROPOSED]' }) states?: string[];
  @Field(() => LossDecisionKindValue, { nullable: true }) kind?: string;
}

@ArgsType()
export class PnlOrdersArgs extends PageArgs {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) itemId!: string;
  @Field({ description: 'YYYY-MM' }) @Text(7, 7) month!: string;
}

@InputType()
export class RecordLossDecisionInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) itemId!: string;
  @Field({ description: 'The month under review, YYYY-MM' }) @Text(7, 7) month!: string;
  @Field(() => LossDecisionKindValue) kind!: string;
  @Field() @Text(1, 2000) reason!: string;
  @Field(() => PricingInput, { nullable: true, description: 'raise_price: the new price' }) proposedPricing?: PricingInput | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(1) @AtMost(100_000) targetOrdersPerMonth?: number | null;
  @Field(() => String, { nullable: true, description: 'grow_volume: YYYY-MM-DD to review progress' }) reviewOn?: string | null;
}

@InputType()
export class DecideLossDecisionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => LossDecisionActionValue) action!: 'approve' | 'reject';
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) reason?: string | null;
}
