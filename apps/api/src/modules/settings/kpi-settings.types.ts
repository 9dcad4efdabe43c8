import { APPRAISAL_DIMENSIONS, KPI_DIRECTIONS, PROJECT_KPIS, SURVEY_FREQUENCIES } from '@wuye/domain';
import { IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { OptionalText, Text } from '../../graphql/validation.js';
import { CommendationKindValue, PenaltyRuleValue } from '../kpi/kpi.types.js';

export const ProjectKpiValue = graphqlEnum('KpiName', PROJECT_KPIS, 'A project KPI of the month (README §7)');
export const KpiDirectionValue = graphqlEnum('KpiDirection', KPI_DIRECTIONS);
export const SurveyFrequencyValue = graphqlEnum('SurveyFrequency', SURVEY_FREQUENCIES);
export const AppraisalDimensionValue = graphqlEnum('AppraisalDimension', APPRAISAL_DIMENSIONS, 'Housekeeper appraisal (管家考核) dimension');

@ObjectType('PenaltyRulePoints', { simpleResolvers: true })
@InputType('PenaltyRulePointsInput')
export class PenaltyRulePointsView {
  @Field(() => PenaltyRuleValue) rule!: string;
  @Field(() => Int, { description: 'Points deducted per occurrence; 0 switches the rule off' }) points!: number;
}

@ObjectType('CommendationPoints', { simpleResolvers: true })
@InputType('CommendationPointsInput')
export class CommendationPointsView {
  @Field(() => CommendationKindValue) kind!: string;
  @Field(() => Int) points!: number;
}

@ObjectType('KpiTargetSetting', { simpleResolvers: true, description: 'A company target of one KPI, in the KPI’s unit' })
export class KpiTargetView {
  @Field(() => ProjectKpiValue) kpi!: string;
  @Field(() => KpiDirectionValue) direction!: string;
  @Field({ description: 'basis_points | count | score_hundredths' }) unit!: string;
  @Field(() => Int, { nullable: true, description: 'null: no target, shown without colour' }) target!: number | null;
  @Field(() => Int, { description: 'How far on the wrong side is still amber' }) amberBand!: number;
  @Field({ description: 'The target itself is not yet green (“below 1 %”)' }) strict!: boolean;
}

@InputType('KpiTargetInput')
export class KpiTargetInput {
  @Field(() => ProjectKpiValue) kpi!: string;
  @Field(() => Int, { nullable: true }) target!: number | null;
  @Field(() => Int) amberBand!: number;
  @Field() strict!: boolean;
}

@ObjectType('SurveyItem', { simpleResolvers: true })
@InputType('SurveyItemInput')
export class SurveyItemView {
  @Field({ description: 'snake_case code, e.g. power_supply' }) @Text(1, 40) code!: string;
  @Field() @Text(1, 40) zh!: string;
  @Field() @OptionalText(80) en!: string;
}

@ObjectType('AppraisalWeight', { simpleResolvers: true })
@InputType('AppraisalWeightInput')
export class AppraisalWeightView {
  @Field(() => AppraisalDimensionValue) dimension!: string;
  @Field(() => Int, { description: 'Percent; the five add up to 100' }) weight!: number;
}

@ObjectType('KpiSettings', { simpleResolvers: true, description: 'The company’s KPI numbers (README §7): the procedures’ defaults until the GM changes one' })
export class KpiSettingsView {
  @Field(() => Int, { description: 'The company settings’ version (shared with companySettings)' }) version!: number;
  @Field(() => [PenaltyRulePointsView]) penaltyPoints!: PenaltyRulePointsView[];
  @Field(() => [CommendationPointsView]) commendationPoints!: CommendationPointsView[];
  @Field(() => Int) baseScore!: number;
  @Field(() => Int, { description: 'Days after confirmation in which a penalty may be appealed' }) appealWindowDays!: number;
  @Field(() => Int, { description: 'A sign-off rating at or below this is dissatisfied' }) dissatisfiedRatingMax!: number;
  @Field(() => [KpiTargetView]) targets!: KpiTargetView[];
  @Field(() => [SurveyItemView]) surveyItems!: SurveyItemView[];
  @Field(() => SurveyFrequencyValue) surveyFrequency!: string;
  @Field(() => [AppraisalWeightView]) appraisalWeights!: AppraisalWeightView[];
}

@InputType()
export class UpdateKpiSettingsInput {
  @Field(() => Int) version!: number;
  @Field(() => [PenaltyRulePointsView], { nullable: true, description: 'Only the rules sent change' }) @IsOptional() @ValidateNested({ each: true }) penaltyPoints?: PenaltyRulePointsView[];
  @Field(() => [CommendationPointsView], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) commendationPoints?: CommendationPointsView[];
  @Field(() => Int, { nullable: true }) baseScore?: number;
  @Field(() => Int, { nullable: true }) appealWindowDays?: number;
  @Field(() => Int, { nullable: true }) dissatisfiedRatingMax?: number;
  @Field(() => [KpiTargetInput], { nullable: true, description: 'Only the KPIs sent change' }) @IsOptional() @ValidateNested({ each: true }) targets?: KpiTargetInput[];
  @Field(() => [SurveyItemView], { nullable: true, description: 'The whole list, in order' }) @IsOptional() @ValidateNested({ each: true }) surveyItems?: SurveyItemView[];
  @Field(() => SurveyFrequencyValue, { nullable: true }) surveyFrequency?: string;
  @Field(() => [AppraisalWeightView], { nullable: true, description: 'All five' }) @IsOptional() @ValidateNested({ each: true }) appraisalWeights?: AppraisalWeightView[];
}
