import { COMMENDATION_KINDS, DELAY_CAUSES, EVIDENCE_TYPES, PENALTY_ACTIONS, PENALTY_RULES, PENALTY_STATES } from '@wuye/domain';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DepartmentValue } from '../../graphql/enums.js';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OptionalText, Text } from '../../graphql/validation.js';

export const PenaltyRuleValue = graphqlEnum('PenaltyRule', PENALTY_RULES, 'procedure −1, subjective delay −5, dissatisfied at acceptance −5, caused a complaint −5, private charging −20');
export const PenaltyStateValue = graphqlEnum('PenaltyState', PENALTY_STATES);
export const PenaltyActionValue = graphqlEnum('PenaltyAction', PENALTY_ACTIONS);
export const DelayCauseValue = graphqlEnum('DelayCause', DELAY_CAUSES);
export const EvidenceTypeValue = graphqlEnum('EvidenceType', EVIDENCE_TYPES);
export const CommendationKindValue = graphqlEnum('CommendationKind', COMMENDATION_KINDS);

@ObjectType('PenaltyStep', { simpleResolvers: true })
export class PenaltyStepView {
  @Field() at!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field() toState!: string;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('PenaltyEntry', { simpleResolvers: true, description: 'Penalty points on a staff member’s appraisal (README §7)' })
export class PenaltyEntryView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => DepartmentValue, { nullable: true }) department?: string | null;
  @Field(() => PenaltyRuleValue) rule!: string;
  @Field(() => Int) points!: number;
  @Field(() => PenaltyStateValue) state!: string;
  @Field({ description: 'YYYY-MM the points count in' }) month!: string;
  @Field() occurredAt!: Date;
  @Field(() => EvidenceTypeValue, { nullable: true }) evidenceType?: string | null;
  @Field(() => ID, { nullable: true, description: 'The order, complaint, inspection or follow-up behind it' }) evidenceId?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
  @Field({ description: 'A delay: the supervisor judges it subjective (confirm) or objective (dismiss with a reason)' }) needsDelayJudgement!: boolean;
  @Field(() => Date, { nullable: true }) confirmedAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'Who confirmed it: they do not decide its appeal' }) confirmedById?: string | null;
  @Field(() => Date, { nullable: true, description: 'An appeal must be made before this time' }) appealClosesAt?: Date | null;
  @Field(() => [PenaltyStepView]) steps!: PenaltyStepView[];
  @Field(() => Int) version!: number;
}

@ObjectType('PenaltyEntryPage', { simpleResolvers: true })
export class PenaltyEntryPage {
  @Field(() => [PenaltyEntryView]) items!: PenaltyEntryView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('Commendation', { simpleResolvers: true })
export class CommendationView {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => CommendationKindValue) kind!: string;
  @Field(() => Int) points!: number;
  @Field() month!: string;
  @Field() note!: string;
}

@ObjectType('StaffScore', { simpleResolvers: true, description: 'A month’s score: 100 less counted points plus commendations' })
export class StaffScoreView {
  @Field(() => ID) userId!: string;
  @Field(() => ID, { description: 'The project the score is for' }) projectId!: string;
  @Field(() => DepartmentValue, { nullable: true }) department!: string | null;
  @Field() month!: string;
  @Field(() => Int) base!: number;
  @Field(() => Int) deducted!: number;
  @Field(() => Int) commended!: number;
  @Field(() => Int) score!: number;
  @Field(() => Int, { description: 'Points still proposed (not in the score)' }) pending!: number;
  @Field(() => Int) underAppeal!: number;
  @Field({ description: 'Pending or appealed entries may still change it' }) provisional!: boolean;
}

@ObjectType('ScoreAverage', { simpleResolvers: true })
export class ScoreAverageView {
  @Field(() => DepartmentValue, { nullable: true, description: 'null: the whole project (or staff outside a department)' }) department!: string | null;
  @Field(() => Int) staff!: number;
  @Field(() => Int, { description: 'Hundredths of a point: 9333 = 93.33' }) averageHundredths!: number;
}

@ObjectType('MonthlyScores', { simpleResolvers: true })
export class MonthlyScoresView {
  @Field(() => [StaffScoreView]) scores!: StaffScoreView[];
  @Field(() => ScoreAverageView, { nullable: true }) project!: ScoreAverageView | null;
  @Field(() => [ScoreAverageView]) byDepartment!: ScoreAverageView[];
}

@ArgsType()
export class PenaltyEntriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
  @Field(() => [PenaltyStateValue], { nullable: true }) states?: string[];
  @Field({ nullable: true, description: 'YYYY-MM' }) @IsOptional() @Text(7, 7) month?: string;
}

@InputType()
export class PenaltyStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PenaltyActionValue) action!: 'confirm' | 'dismiss' | 'appeal' | 'uphold' | 'overturn';
  @Field(() => String, { nullable: true, description: 'dismiss, appeal (the grounds), uphold, overturn' }) @IsOptional() @OptionalText(2000) reason?: string | null;
  @Field(() => DelayCauseValue, { nullable: true }) delayCause?: 'subjective' | 'objective' | null;
}

@InputType()
export class RecordPenaltyInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => PenaltyRuleValue) rule!: string;
  @Field() occurredAt!: Date;
  @Field() @Text(1, 2000) note!: string;
  @Field(() => EvidenceTypeValue, { nullable: true }) evidenceType?: string | null;
  @Field(() => ID, { nullable: true }) evidenceId?: string | null;
  @Field(() => DepartmentValue, { nullable: true, description: 'The department of the work, for a person outside one (default: the recorder’s, if a supervisor)' }) department?: string | null;
}

@InputType()
export class RecordCommendationInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => CommendationKindValue) kind!: string;
  @Field() occurredAt!: Date;
  @Field() @Text(1, 2000) note!: string;
}

export const KpiStatusValue = graphqlEnum('KpiStatus', ['green', 'amber', 'red', 'no_data', 'no_target'] as const);

@ObjectType('ProjectKpi', { simpleResolvers: true, description: 'One KPI of a project’s month against the company target (red/amber/green)' })
export class ProjectKpiView {
  @Field({ description: 'complaint_rate, order_sla_met, complaint_on_site_met, … staff_average_score' }) kpi!: string;
  @Field(() => Int, { nullable: true, description: 'In the unit: basis points, a count, or hundredths of a score point' }) value!: number | null;
  @Field({ description: 'basis_points | count | score_hundredths' }) unit!: string;
  @Field({ description: 'higher_is_better | lower_is_better' }) direction!: string;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int) amberBand!: number;
  @Field({ description: 'The target itself is not yet green (“below 1 %”)' }) strict!: boolean;
  @Field(() => KpiStatusValue) status!: string;
}

@ObjectType('Scorecard', { simpleResolvers: true, description: 'A member of staff’s own month: score per project, entries and commendations' })
export class ScorecardView {
  @Field() month!: string;
  @Field(() => [StaffScoreView], { description: 'One per project the person works in' }) scores!: StaffScoreView[];
  @Field(() => [PenaltyEntryView]) entries!: PenaltyEntryView[];
  @Field(() => [CommendationView]) commendations!: CommendationView[];
}

@ObjectType('KpiPoint', { simpleResolvers: true })
export class KpiPointView {
  @Field() month!: string;
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field(() => KpiStatusValue) status!: string;
}

@ObjectType('KpiSeries', { simpleResolvers: true, description: 'One KPI over the trailing months, oldest first (a sparkline)' })
export class KpiSeriesView {
  @Field() kpi!: string;
  @Field(() => [KpiPointView]) points!: KpiPointView[];
}

@ObjectType('ProjectKpiRow', { simpleResolvers: true })
export class ProjectKpiRowView {
  @Field(() => ID) projectId!: string;
  @Field() projectName!: string;
  @Field(() => [ProjectKpiView], { description: 'The month’s KPIs' }) kpis!: ProjectKpiView[];
  @Field(() => [KpiSeriesView]) series!: KpiSeriesView[];
}

@ObjectType('KpiDashboard', { simpleResolvers: true, description: 'Projects × KPIs of a month with their trailing months' })
export class KpiDashboardView {
  @Field() month!: string;
  @Field(() => [String], { description: 'The months of the series, oldest first' }) months!: string[];
  @Field(() => [ProjectKpiRowView]) projects!: ProjectKpiRowView[];
}
