import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { AtLeast, AtMost } from '../../graphql/validation.js';

@ObjectType('CountBy', { simpleResolvers: true })
export class CountByView {
  @Field({ description: 'The category (1–3), severity, department or cause' }) key!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('MilestoneStats', { simpleResolvers: true })
export class MilestoneStatsView {
  @Field() milestone!: string;
  @Field(() => Int, { description: 'Clocks decided (met or breached) this month' }) decided!: number;
  @Field(() => Int) met!: number;
  @Field(() => Int, { nullable: true, description: 'met / decided in basis points; null when none decided' }) metRateBasisPoints!: number | null;
}

@ObjectType('ComplaintMonthStats', { simpleResolvers: true, description: '投诉情况月度汇总 for one project, or the company when projectId is null' })
export class ComplaintMonthStatsView {
  @Field(() => ID, { nullable: true }) projectId!: string | null;
  @Field(() => Int) year!: number;
  @Field(() => Int) month!: number;
  @Field(() => Int, { description: 'Complaints received (valid and invalid)' }) complaints!: number;
  @Field(() => Int) valid!: number;
  @Field(() => Int, { nullable: true }) validRateBasisPoints!: number | null;
  @Field(() => Int) households!: number;
  @Field(() => Int, { nullable: true, description: 'Valid complaints per 100 households, in basis points of a complaint (100 = 1 per 100 households = 1 %)' })
  ratePer100HouseholdsBasisPoints!: number | null;
  @Field({ description: 'Below the 1 % target' }) withinTarget!: boolean;
  @Field(() => [CountByView]) byCategory!: CountByView[];
  @Field(() => [CountByView]) bySeverity!: CountByView[];
  @Field(() => [CountByView]) byDepartment!: CountByView[];
  @Field(() => [CountByView], { description: 'The ten most frequent recorded causes' }) byCause!: CountByView[];
  @Field(() => [MilestoneStatsView]) milestones!: MilestoneStatsView[];
  @Field(() => Int, { description: 'Nonconformities raised by repeats this month' }) repeats!: number;
  @Field(() => Int) suggestions!: number;
  @Field(() => Int) suggestionsAdopted!: number;
  @Field(() => Int, { description: 'Completions this month that the rules consider for a follow-up' }) followUpCandidates!: number;
  @Field(() => Int, { description: 'Of those, chosen by the sample' }) followUpsSampled!: number;
  @Field(() => Int, { nullable: true, description: 'Realised sampling rate, basis points' }) followUpSampleRateBasisPoints!: number | null;
  @Field(() => Int, { description: 'Sampled visits due this month' }) followUpsDue!: number;
  @Field(() => Int) followUpsDone!: number;
  @Field(() => Int, { nullable: true }) followUpCompletionBasisPoints!: number | null;
  @Field(() => Int, { nullable: true, description: 'Visits rated satisfied or fairly satisfied overall, basis points' }) followUpSatisfactionBasisPoints!: number | null;
}

@ObjectType('ComplaintStatistics', { simpleResolvers: true })
export class ComplaintStatisticsView {
  @Field(() => ComplaintMonthStatsView, { description: 'All projects the caller may read' }) total!: ComplaintMonthStatsView;
  @Field(() => [ComplaintMonthStatsView]) projects!: ComplaintMonthStatsView[];
}

@ArgsType()
export class ComplaintStatisticsArgs {
  @Field(() => Int) @AtLeast(2000) @AtMost(2100) year!: number;
  @Field(() => Int) @AtLeast(1) @AtMost(12) month!: number;
  @Field(() => ID, { nullable: true }) projectId?: string;
}

@ArgsType()
export class ComplaintTrendArgs {
  @Field(() => Int, { description: 'The last month of the trend' }) @AtLeast(2000) @AtMost(2100) year!: number;
  @Field(() => Int) @AtLeast(1) @AtMost(12) month!: number;
  @Field(() => Int, { defaultValue: 12 }) @AtLeast(1) @AtMost(24) months: number = 12;
  @Field(() => ID, { nullable: true }) projectId?: string;
}
