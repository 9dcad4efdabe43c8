import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  COMPLAINT_ACTIONS,
  COMPLAINT_KINDS,
  COMPLAINT_MILESTONES,
  COMPLAINT_PAUSE_REASONS,
  COMPLAINT_SEVERITIES,
  SUGGESTION_ACTIONS,
  type ComplaintAction,
  type ComplaintKind,
  type ComplaintMilestone,
  type ComplaintPauseReason,
  type ComplaintSeverity,
  type SuggestionAction,
} from '@wuye/domain';
import { graphqlEnum } from '../../graphql/enums.js';
import { DepartmentValue } from '../../graphql/enums.js';
import { PageArgs } from '../../graphql/pagination.js';
import { OptionalText, Phone, Text } from '../../graphql/validation.js';

export const ComplaintActionValue = graphqlEnum('ComplaintAction', COMPLAINT_ACTIONS);
export type ComplaintActionValue = ComplaintAction;
export const ComplaintSeverityValue = graphqlEnum('ComplaintSeverity', COMPLAINT_SEVERITIES);
export type ComplaintSeverityValue = ComplaintSeverity;
export const ComplaintKindValue = graphqlEnum('ComplaintKind', COMPLAINT_KINDS);
export type ComplaintKindValue = ComplaintKind;
export const PauseReasonValue = graphqlEnum('ComplaintPauseReason', COMPLAINT_PAUSE_REASONS);
export type PauseReasonValue = ComplaintPauseReason;

@ObjectType('ComplaintClock', { simpleResolvers: true, description: 'A milestone deadline: on site, first feedback, resolution, developer response' })
export class ComplaintClockView {
  @Field() milestone!: string;
  @Field({ description: 'clock_hours | working_hours | working_days' }) timeBase!: string;
  @Field() dueAt!: Date;
  @Field() originalDueAt!: Date;
  @Field() extended!: boolean;
  @Field() warnAt!: Date;
  @Field(() => Int, { nullable: true, description: 'Minutes left at now in the clock’s base; negative when overdue' }) minutesLeft!: number | null;
  @Field({ description: 'running | paused | met | breached' }) status!: string;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
}

@ObjectType('ComplaintStep', { simpleResolvers: true })
export class ComplaintStepView {
  @Field() at!: string;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field() toState!: string;
  @Field() actorName!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
}

export const ComplaintMilestoneValue = graphqlEnum('ComplaintMilestone', COMPLAINT_MILESTONES);

@ObjectType('ComplaintPause', { simpleResolvers: true, description: 'A time the clocks stood still, waiting on the resident or an outside party' })
export class ComplaintPauseView {
  @Field(() => PauseReasonValue) reason!: string;
  @Field() from!: Date;
  @Field(() => Date, { nullable: true, description: 'null while still paused' }) to!: Date | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@ObjectType('ComplaintExtension', { simpleResolvers: true, description: 'A reply time agreed with the resident' })
export class ComplaintExtensionView {
  @Field(() => ComplaintMilestoneValue) milestone!: string;
  @Field() agreedAt!: Date;
  @Field() newDueAt!: Date;
  @Field(() => String, { nullable: true }) note!: string | null;
}

@InputType()
export class AgreeExtensionInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ComplaintMilestoneValue) milestone!: ComplaintMilestone;
  @Field({ description: 'The reply time the resident agreed to' }) newDueAt!: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(500) note?: string | null;
}

@ObjectType('Complaint', { simpleResolvers: true })
export class ComplaintView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() number!: string;
  @Field(() => ComplaintKindValue) kind!: ComplaintKindValue;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field() contactName!: string;
  @Field() contactPhone!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) wants?: string | null;
  @Field(() => Int, { nullable: true, description: '1 property service, 2 developer/building quality, 3 external' }) category?: number | null;
  @Field(() => Boolean, { nullable: true }) valid?: boolean | null;
  @Field(() => String, { nullable: true }) invalidReason?: string | null;
  @Field(() => ComplaintSeverityValue, { nullable: true }) severity?: ComplaintSeverityValue | null;
  @Field(() => DepartmentValue, { nullable: true }) responsibleDepartment?: DepartmentValue | null;
  @Field() state!: string;
  @Field(() => Date, { nullable: true }) onSiteAt?: Date | null;
  @Field(() => Date, { nullable: true }) firstFeedbackAt?: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt?: Date | null;
  @Field(() => String, { nullable: true }) cause?: string | null;
  @Field(() => String, { nullable: true }) handling?: string | null;
  @Field(() => Date, { nullable: true }) developerResponseDueAt?: Date | null;
  @Field(() => String, { nullable: true }) developerResponse?: string | null;
  @Field(() => [ComplaintStepView]) steps!: ComplaintStepView[];
  @Field(() => [ComplaintPauseView]) pauses!: ComplaintPauseView[];
  @Field(() => [ComplaintExtensionView]) extensions!: ComplaintExtensionView[];
  @Field(() => String, { nullable: true, description: 'Suggestions: why adopted or not' }) decisionReason?: string | null;
  @Field(() => Date, { nullable: true }) residentToldAt?: Date | null;
  @Field(() => ID, { nullable: true }) relatedOrderId?: string | null;
  @Field(() => ID, { nullable: true, description: 'Opened by this unsatisfactory follow-up visit' }) sourceFollowUpId?: string | null;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field(() => Date, { nullable: true }) happenedAt?: Date | null;
  @Field() channel!: string;
  @Field(() => Date, { nullable: true }) closedAt?: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('ComplaintPage', { simpleResolvers: true })
export class ComplaintPage {
  @Field(() => [ComplaintView]) items!: ComplaintView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class ComplaintsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => Int, { nullable: true }) category?: number;
  @Field(() => ComplaintSeverityValue, { nullable: true }) severity?: ComplaintSeverityValue;
  @Field(() => DepartmentValue, { nullable: true }) department?: DepartmentValue;
  @Field({ nullable: true, description: 'Only open (not closed) complaints' }) open?: boolean;
  @Field(() => ComplaintKindValue, { nullable: true }) kind?: ComplaintKindValue;
  @Field({ nullable: true, description: 'Number, name or phone' }) @IsOptional() @OptionalText(50) search?: string;
}

@InputType()
export class RegisterComplaintInput {
  @Field(() => ID) projectId!: string;
  @Field(() => ComplaintKindValue, { defaultValue: ComplaintKindValue.COMPLAINT }) kind: ComplaintKindValue = ComplaintKindValue.COMPLAINT;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => ID, { nullable: true }) residentId?: string | null;
  @Field() @Text(1, 50) contactName!: string;
  @Field() @Phone() contactPhone!: string;
  @Field() @Text(1, 2000) description!: string;
  @Field(() => Date, { nullable: true }) happenedAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) wants?: string | null;
  @Field({ description: 'phone | walk_in | app | visit' }) @Text(1, 10) channel!: string;
  @Field(() => Int, { nullable: true }) category?: number | null;
  @Field(() => Boolean, { nullable: true }) valid?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(1000) invalidReason?: string | null;
  @Field(() => ComplaintSeverityValue, { nullable: true }) severity?: ComplaintSeverityValue | null;
  @Field(() => DepartmentValue, { nullable: true }) responsibleDepartment?: DepartmentValue | null;
  @Field(() => ID, { nullable: true, description: 'The service order the complaint is about, if any' }) relatedOrderId?: string | null;
  @Field({ defaultValue: false, description: 'The resident reports private charging, a gift taken or a fee waived for a favour (proposes −20)' }) privateChargingReported: boolean = false;
  @Field(() => ID, { nullable: true, description: 'The member of staff the report names; default the related order’s worker' }) accusedUserId?: string | null;
}

export const SuggestionActionValue = graphqlEnum('SuggestionAction', SUGGESTION_ACTIONS);

@InputType()
export class SuggestionStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => SuggestionActionValue) action!: SuggestionAction;
  @Field(() => String, { nullable: true, description: 'adopt / decline: why, in words the resident is told' }) @IsOptional() @OptionalText(1000) reason?: string | null;
}

@InputType()
export class ComplaintStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ComplaintActionValue) action!: ComplaintActionValue;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) reason?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) findings?: string | null;
  @Field(() => Date, { nullable: true }) developerResponseDueAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) developerResponse?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) cause?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(2000) handling?: string | null;
  @Field(() => Date, { nullable: true }) completedAt?: Date | null;
}

@InputType()
export class ComplaintMilestoneInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: 'When it happened (defaults to now)' , nullable: true }) at?: Date;
}

@InputType()
export class ComplaintPauseInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => PauseReasonValue, { nullable: true, description: 'Omit to resume' }) reason?: PauseReasonValue | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(500) note?: string | null;
}
