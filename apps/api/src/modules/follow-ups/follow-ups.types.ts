import { FOLLOW_UP_RATINGS } from '@wuye/domain';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OptionalText, Phone, Text } from '../../graphql/validation.js';
import { FollowUpSubjectValue } from '../settings/settings.types.js';

export const FollowUpRatingValue = graphqlEnum('FollowUpRating', FOLLOW_UP_RATINGS);
export const FollowUpStateValue = graphqlEnum('FollowUpState', ['planned', 'not_sampled', 'visited'] as const);

@ObjectType('FollowUp', { simpleResolvers: true, description: 'A follow-up visit (回访)' })
export class FollowUpView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => FollowUpSubjectValue) subject!: string;
  @Field({ description: 'ServiceOrder | Complaint' }) subjectKind!: string;
  @Field(() => ID) subjectId!: string;
  @Field({ description: 'The order or complaint number' }) subjectLabel!: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field() contactName!: string;
  @Field() contactPhone!: string;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field() completedAt!: Date;
  @Field({ description: 'Chosen by the sampling rule' }) selected!: boolean;
  @Field(() => Int, { description: 'FNV-1a-32(seed:subjectId) mod 10000; visited when below the rate' }) bucket!: number;
  @Field(() => Int) rateBasisPoints!: number;
  @Field({ description: 'Who visits: project_manager, department_supervisor_with_customer_service, customer_service…' }) visitor!: string;
  @Field() opensAt!: Date;
  @Field({ description: 'Visit before this time' }) dueAt!: Date;
  @Field(() => FollowUpStateValue) state!: string;
  @Field(() => Date, { nullable: true }) visitedAt?: Date | null;
  @Field(() => FollowUpRatingValue, { nullable: true }) quality?: string | null;
  @Field(() => FollowUpRatingValue, { nullable: true }) effect?: string | null;
  @Field(() => FollowUpRatingValue, { nullable: true }) satisfaction?: string | null;
  @Field(() => String, { nullable: true }) shortcomings?: string | null;
  @Field(() => String, { nullable: true }) opinions?: string | null;
  @Field() residentConfirmed!: boolean;
  @Field(() => ID, { nullable: true, description: 'The complaint an unsatisfactory visit opened' }) openedComplaintId?: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('FollowUpPage', { simpleResolvers: true })
export class FollowUpPage {
  @Field(() => [FollowUpView]) items!: FollowUpView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class FollowUpsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => FollowUpStateValue, { nullable: true, description: 'Default: planned (the worklist)' }) state?: string;
  @Field({ nullable: true, description: 'Planned and past the window' }) overdue?: boolean;
}

@InputType()
export class RecordFollowUpInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true, description: 'Defaults to now' }) visitedAt?: Date | null;
  @Field(() => FollowUpRatingValue) quality!: 'satisfied' | 'fairly_satisfied' | 'dissatisfied';
  @Field(() => FollowUpRatingValue) effect!: 'satisfied' | 'fairly_satisfied' | 'dissatisfied';
  @Field(() => FollowUpRatingValue) satisfaction!: 'satisfied' | 'fairly_satisfied' | 'dissatisfied';
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) shortcomings?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) opinions?: string | null;
  @Field({ description: 'The resident confirmed the record' }) residentConfirmed!: boolean;
  @Field({ defaultValue: false, description: 'The resident reports private charging, a gift taken or a fee waived for a favour' }) privateChargingReported: boolean = false;
}

@InputType({ description: 'A visit planned by hand: after an activity or survey (30–60 %), or a special incident (100 %, by the project manager)' })
export class PlanFollowUpInput {
  @Field(() => ID) projectId!: string;
  @Field(() => FollowUpSubjectValue, { description: 'ACTIVITY_SURVEY or SPECIAL_INCIDENT' }) subject!: 'activity_survey' | 'special_incident';
  @Field({ description: 'What happened, e.g. 2026 年中秋游园活动' }) @Text(1, 40) label!: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field() @Text(1, 50) contactName!: string;
  @Field() @Phone() contactPhone!: string;
  @Field(() => Date, { description: 'When the activity or incident ended' }) completedAt!: Date;
}
