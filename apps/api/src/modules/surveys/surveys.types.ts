import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OptionalText, Text } from '../../graphql/validation.js';
import { SurveyItemView } from '../settings/kpi-settings.types.js';

export const SurveyStateValue = graphqlEnum('SurveyState', ['open', 'closed'] as const);

@ObjectType('SatisfactionSurvey', { simpleResolvers: true, description: 'A resident satisfaction survey (满意度调查) of a project for a year or half year' })
export class SatisfactionSurveyView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field({ description: '2026 or 2026-H1' }) period!: string;
  @Field() title!: string;
  @Field(() => [SurveyItemView], { description: 'The items as they were when the survey went out' }) items!: SurveyItemView[];
  @Field(() => Int, { description: 'Questionnaires handed out' }) distributed!: number;
  @Field(() => Int) returned!: number;
  @Field() opensOn!: string;
  @Field() closesOn!: string;
  @Field(() => SurveyStateValue) state!: string;
  @Field(() => Int) version!: number;
}

@ObjectType('SatisfactionSurveyPage', { simpleResolvers: true })
export class SatisfactionSurveyPage {
  @Field(() => [SatisfactionSurveyView]) items!: SatisfactionSurveyView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class SurveysArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => SurveyStateValue, { nullable: true }) state?: string;
}

@InputType()
export class CreateSurveyInput {
  @Field(() => ID) projectId!: string;
  @Field({ description: '2026 (yearly) or 2026-H1 / 2026-H2 (half-yearly)' }) @Text(4, 7) period!: string;
  @Field(() => String, { nullable: true, description: 'Default: 2026年度业户满意度调查' }) @IsOptional() @OptionalText(100) title?: string | null;
  @Field(() => Int) distributed!: number;
  @Field({ description: 'YYYY-MM-DD' }) @Text(10, 10) opensOn!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Text(10, 10) closesOn!: string;
}

@InputType()
export class UpdateSurveyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(100) title?: string | null;
  @Field(() => Int, { nullable: true }) distributed?: number | null;
  @Field(() => String, { nullable: true }) closesOn?: string | null;
  @Field({ defaultValue: false, description: 'Close it: no more questionnaires' }) close: boolean = false;
}

@InputType()
export class SurveyAnswerInput {
  @Field({ description: 'The item code' }) @Text(1, 40) item!: string;
  @Field(() => Int, { nullable: true, description: '5 非常满意, 4 满意, 3 一般, 2 不满意, 1 非常不满意; null: skipped' }) level?: number | null;
}

@InputType()
export class SubmitSurveyResponseInput {
  @Field(() => ID) surveyId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => [SurveyAnswerInput]) @ValidateNested({ each: true }) answers!: SurveyAnswerInput[];
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) comment?: string | null;
}

@ObjectType('SurveyResponse', { simpleResolvers: true })
export class SurveyResponseView {
  @Field(() => ID) id!: string;
  @Field(() => ID) surveyId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => String, { nullable: true }) comment?: string | null;
  @Field({ description: 'staff | partner' }) source!: string;
  @Field() createdAt!: Date;
}

@ObjectType('SurveyAnswer', { simpleResolvers: true })
export class SurveyAnswerView {
  @Field() item!: string;
  @Field(() => Int, { nullable: true }) level!: number | null;
}

@ObjectType('SurveyResponsePage', { simpleResolvers: true })
export class SurveyResponsePage {
  @Field(() => [SurveyResponseView]) items!: SurveyResponseView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('LevelCount', { simpleResolvers: true })
export class LevelCountView {
  @Field(() => Int) level!: number;
  @Field(() => Int) count!: number;
}

@ObjectType('SurveyItemResult', { simpleResolvers: true })
export class SurveyItemResultView {
  @Field() code!: string;
  @Field() zh!: string;
  @Field() en!: string;
  @Field(() => Int) answered!: number;
  @Field(() => Int, { description: 'Satisfied or better (4–5)' }) satisfied!: number;
  @Field(() => Int, { nullable: true }) rateBasisPoints!: number | null;
  @Field(() => [LevelCountView], { description: 'Answers per level, 5 to 1' }) distribution!: LevelCountView[];
}

@ObjectType('SurveyOverall', { simpleResolvers: true })
export class SurveyOverallView {
  @Field(() => Int) answered!: number;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int, { nullable: true, description: 'Satisfied answers ÷ all answers' }) rateBasisPoints!: number | null;
}

@ObjectType('SurveyResults', { simpleResolvers: true, description: 'Distributed and returned, response rate, overall and per-item satisfaction (share satisfied or better), comments' })
export class SurveyResultsView {
  @Field(() => Int) distributed!: number;
  @Field(() => Int) returned!: number;
  @Field(() => Int, { nullable: true }) responseRateBasisPoints!: number | null;
  @Field(() => SurveyOverallView) overall!: SurveyOverallView;
  @Field(() => [SurveyItemResultView]) items!: SurveyItemResultView[];
  @Field(() => Int) withComments!: number;
  @Field(() => [String], { description: 'The latest comments, newest first (the common opinions are read from them)' }) comments!: string[];
}

@ObjectType('SurveyAction', { simpleResolvers: true, description: 'An improvement action (整改措施) with an owner and a deadline' })
export class SurveyActionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) surveyId!: string;
  @Field(() => String, { nullable: true }) itemCode?: string | null;
  @Field() action!: string;
  @Field(() => ID) ownerId!: string;
  @Field() deadline!: string;
  @Field(() => Date, { nullable: true }) doneAt?: Date | null;
  @Field(() => String, { nullable: true }) doneNote?: string | null;
  @Field(() => Int) version!: number;
}

@InputType()
export class SaveSurveyActionInput {
  @Field(() => ID, { nullable: true }) id?: string | null;
  @Field(() => Int, { nullable: true }) version?: number | null;
  @Field(() => ID) surveyId!: string;
  @Field(() => String, { nullable: true }) itemCode?: string | null;
  @Field() @Text(1, 2000) action!: string;
  @Field(() => ID) ownerId!: string;
  @Field({ description: 'YYYY-MM-DD' }) @Text(10, 10) deadline!: string;
}

@InputType()
export class CompleteSurveyActionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field() @Text(1, 2000) note!: string;
}

@ObjectType('SurveyPeriodStatus', { simpleResolvers: true, description: 'Whether the project held its survey this period (yearly by default) and the last one' })
export class SurveyPeriodStatusView {
  @Field() period!: string;
  @Field() surveyed!: boolean;
  @Field() dueBy!: string;
  @Field() previousPeriod!: string;
  @Field() previousSurveyed!: boolean;
}
