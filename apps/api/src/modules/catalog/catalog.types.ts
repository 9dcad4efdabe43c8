import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { AtLeast, AtMost, OptionalText, Text } from '../../graphql/validation.js';

export enum PricingModeValue {
  FIXED = 'fixed',
  RANGE = 'range',
  WORKLOAD = 'workload',
  FREE = 'free',
  UNSET = 'unset',
}
export enum PriceListStateValue {
  DRAFT = 'draft',
  SUBMITTED = 'submitted',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  PUBLISHED = 'published',
  SUPERSEDED = 'superseded',
}
export enum CatalogItemKindValue {
  PAID = 'paid',
  FREE = 'free',
}
export enum DraftSource {
  TEMPLATE = 'template',
  PUBLISHED = 'published',
}
export enum MarginWarningCode {
  LOSS = 'loss',
  OVER_MARGIN = 'over_margin',
}
registerEnumType(PricingModeValue, { name: 'PricingMode', description: 'fixed price, a range, priced by workload (视工程量定价), free, or not priced yet' });
registerEnumType(PriceListStateValue, { name: 'PriceListState' });
registerEnumType(CatalogItemKindValue, { name: 'CatalogItemKind' });
registerEnumType(DraftSource, { name: 'DraftSource', description: 'Where a new draft copies its entries from' });
registerEnumType(MarginWarningCode, { name: 'MarginWarningCode' });

@ObjectType('CatalogItem', { simpleResolvers: true })
export class CatalogItemView {
  @Field(() => ID) id!: string;
  @Field() category!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => CatalogItemKindValue) kind!: CatalogItemKindValue;
  @Field(() => PricingModeValue) mode!: PricingModeValue;
  @Field(() => Int, { nullable: true, description: 'fen' }) priceFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'fen' }) minFen?: number | null;
  @Field(() => Int, { nullable: true, description: 'fen' }) maxFen?: number | null;
  @Field(() => Int) labourMinutes!: number;
  @Field(() => Int, { description: 'fen' }) materialsFen!: number;
  @Field(() => Int, { description: 'basis points (1000 = 10%)' }) overheadBp!: number;
  @Field(() => Int, { description: 'basis points' }) riskBp!: number;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType('CatalogItemPage', { simpleResolvers: true })
export class CatalogItemPage {
  @Field(() => [CatalogItemView]) items!: CatalogItemView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('CostBreakdown', { simpleResolvers: true, description: 'Unit cost (成本核算), each part in fen' })
export class CostBreakdownView {
  @Field(() => Int) labour!: number;
  @Field(() => Int) materials!: number;
  @Field(() => Int) overhead!: number;
  @Field(() => Int) risk!: number;
  @Field(() => Int) total!: number;
}

@ObjectType('MarginPoint', { simpleResolvers: true })
export class MarginPointView {
  @Field({ description: 'price | min | max' }) at!: string;
  @Field(() => Int) price!: number;
  @Field(() => Int) cost!: number;
  @Field(() => Int) margin!: number;
  @Field(() => Int, { nullable: true, description: 'margin ÷ price in basis points' }) basisPoints!: number | null;
}

@ObjectType('MarginWarning', { simpleResolvers: true, description: '保本微利 warnings for the approver; never blocking' })
export class MarginWarningView extends MarginPointView {
  @Field(() => MarginWarningCode) code!: MarginWarningCode;
  @Field() message!: string;
}

@ObjectType('MarginAssessment')
export class MarginAssessmentView {
  @Field({ description: 'priced | goodwill (a free item) | unpriced' }) treatment!: string;
  @Field(() => CostBreakdownView) cost!: CostBreakdownView;
  @Field(() => [MarginPointView]) points!: MarginPointView[];
  @Field(() => [MarginWarningView]) warnings!: MarginWarningView[];
}

@ObjectType('PriceListEntry', { simpleResolvers: true })
export class PriceListEntryView {
  @Field(() => ID) id!: string;
  @Field(() => ID) priceListId!: string;
  @Field(() => ID) catalogItemId!: string;
  @Field() category!: string;
  @Field() name!: string;
  @Field() unit!: string;
  @Field(() => PricingModeValue) mode!: PricingModeValue;
  @Field(() => Int, { nullable: true }) priceFen?: number | null;
  @Field(() => Int, { nullable: true }) minFen?: number | null;
  @Field(() => Int, { nullable: true }) maxFen?: number | null;
  @Field(() => Int) labourMinutes!: number;
  @Field(() => Int) materialsFen!: number;
  @Field(() => Int) overheadBp!: number;
  @Field(() => Int) riskBp!: number;
  @Field(() => Int) version!: number;
}

@ObjectType('PriceList', { simpleResolvers: true })
export class PriceListView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => Int) number!: number;
  @Field(() => PriceListStateValue) state!: PriceListStateValue;
  @Field(() => ID, { nullable: true }) basedOnId?: string | null;
  @Field(() => Date, { nullable: true }) submittedAt?: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true }) decisionReason?: string | null;
  @Field(() => String, { nullable: true, description: '审批编号, printed on the notice' }) approvalRef?: string | null;
  @Field(() => Date, { nullable: true }) scheduledAt?: Date | null;
  @Field(() => Date, { nullable: true }) effectiveFrom?: Date | null;
  @Field(() => Date, { nullable: true }) effectiveTo?: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('PriceListPage', { simpleResolvers: true })
export class PriceListPage {
  @Field(() => [PriceListView]) items!: PriceListView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('PriceListFieldChange', { simpleResolvers: true })
export class FieldChangeView {
  @Field() field!: string;
  @Field(() => String, { nullable: true, description: 'amounts in fen, as text' }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('PriceListEntryChange')
export class EntryChangeView {
  @Field(() => ID) catalogItemId!: string;
  @Field(() => PriceListEntryView) before!: PriceListEntryView;
  @Field(() => PriceListEntryView) after!: PriceListEntryView;
  @Field(() => [FieldChangeView]) changes!: FieldChangeView[];
}

@ObjectType('PriceListEntryMargin')
export class EntryMarginView {
  @Field(() => ID) catalogItemId!: string;
  @Field() category!: string;
  @Field() name!: string;
  @Field(() => [MarginWarningView]) warnings!: MarginWarningView[];
}

@ObjectType('PriceListDiff', { description: 'What a version changes against another (by default the published one)' })
export class PriceListDiffView {
  @Field(() => PriceListView, { nullable: true }) against?: PriceListView | null;
  @Field(() => [PriceListEntryView]) added!: PriceListEntryView[];
  @Field(() => [PriceListEntryView]) removed!: PriceListEntryView[];
  @Field(() => [EntryChangeView]) changed!: EntryChangeView[];
  @Field(() => [EntryMarginView]) marginWarnings!: EntryMarginView[];
}

@ObjectType('PriceListIssue', { simpleResolvers: true })
export class PriceListIssueView {
  @Field(() => ID, { nullable: true }) catalogItemId?: string | null;
  @Field(() => String, { nullable: true }) itemName?: string | null;
  @Field() field!: string;
  @Field() message!: string;
}

@ObjectType('PriceListNotReady', { description: 'The draft cannot be submitted yet; each issue names the entry and field to fix.' })
export class PriceListNotReady {
  @Field() code!: string;
  @Field() message!: string;
  @Field(() => [PriceListIssueView]) issues!: PriceListIssueView[];
}

@ObjectType('PublishedPrice', { description: 'What was published for an item at a point in time (quotes use this).' })
export class PublishedPriceView {
  @Field(() => PriceListView) priceList!: PriceListView;
  @Field(() => PriceListEntryView) entry!: PriceListEntryView;
}

@ArgsType()
export class CatalogItemsArgs extends PageArgs {
  @Field({ nullable: true }) @IsOptional() @OptionalText(50) category?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
}

@InputType()
export class PriceListFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => [PriceListStateValue], { nullable: true }) states?: PriceListStateValue[];
}

@ArgsType()
export class PriceListsArgs extends PageArgs {
  @Field(() => PriceListFilter, { nullable: true }) filter?: PriceListFilter;
}

@InputType({ description: 'Amounts in fen (分). A fixed item has a price, range/workload a min and max, free and unset none.' })
export class PricingInput {
  @Field(() => PricingModeValue) mode!: PricingModeValue;
  @Field(() => Int, { nullable: true }) priceFen?: number | null;
  @Field(() => Int, { nullable: true }) minFen?: number | null;
  @Field(() => Int, { nullable: true }) maxFen?: number | null;
}

@InputType({ description: 'Cost accounting of one unit of charge' })
export class CostModelInput {
  @Field(() => Int) @AtLeast(0) @AtMost(100_000) labourMinutes!: number;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000_000) materialsFen!: number;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000) overheadBp!: number;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000) riskBp!: number;
}

@InputType()
export class CreateCatalogItemInput {
  @Field() @Text(1, 50) category!: string;
  @Field() @Text(1, 100) name!: string;
  @Field() @Text(1, 10) unit!: string;
  @Field(() => CatalogItemKindValue) kind!: CatalogItemKindValue;
  @Field(() => PricingInput) pricing!: PricingInput;
  @Field(() => CostModelInput, { nullable: true }) costModel?: CostModelInput | null;
}

@InputType()
export class UpdateCatalogItemInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 50) category?: string;
  @Field({ nullable: true }) @IsOptional() @Text(1, 100) name?: string;
  @Field({ nullable: true }) @IsOptional() @Text(1, 10) unit?: string;
  @Field(() => PricingInput, { nullable: true }) pricing?: PricingInput | null;
  @Field(() => CostModelInput, { nullable: true }) costModel?: CostModelInput | null;
  @Field({ nullable: true }) active?: boolean;
}

@InputType()
export class StartPriceListDraftInput {
  @Field(() => ID) projectId!: string;
  @Field(() => DraftSource, { description: 'TEMPLATE: every active template item; PUBLISHED: the version in effect' })
  from!: DraftSource;
}

@InputType()
export class AddPriceListEntryInput {
  @Field(() => ID) priceListId!: string;
  @Field(() => ID) catalogItemId!: string;
  @Field(() => PricingInput, { nullable: true, description: 'Defaults to the template item’s pricing' }) pricing?: PricingInput | null;
  @Field(() => CostModelInput, { nullable: true }) costModel?: CostModelInput | null;
}

@InputType()
export class UpdatePriceListEntryInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 10) unit?: string;
  @Field(() => PricingInput, { nullable: true }) pricing?: PricingInput | null;
  @Field(() => CostModelInput, { nullable: true }) costModel?: CostModelInput | null;
}

@InputType()
export class PriceListDecisionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: 'Required to reject' }) @IsOptional() @OptionalText(1000) reason?: string | null;
}

@InputType()
export class PublishPriceListInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true, description: 'When it takes effect; now when omitted' }) effectiveAt?: Date | null;
}

@InputType()
export class PriceListVersionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
