import { IsOptional, ValidateNested } from 'class-validator';
import { FOLLOW_UP_SUBJECTS, WEEKDAYS } from '@wuye/domain';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { Text } from '../../graphql/validation.js';

export const WeekdayValue = graphqlEnum('Weekday', WEEKDAYS);
export const FollowUpSubjectValue = graphqlEnum('FollowUpSubject', FOLLOW_UP_SUBJECTS, 'What a follow-up visit is about (README §5)');
export const ResolutionBaseValue = graphqlEnum('ResolutionBase', ['clock_hours', 'working_hours'] as const);

@ObjectType('WorkingWindow')
@InputType('WorkingWindowInput')
export class WorkingWindowView {
  @Field({ description: 'Local time HH:MM (Asia/Shanghai)' }) @Text(5, 5) start!: string;
  @Field({ description: 'Local time HH:MM; may be 24:00' }) @Text(5, 5) end!: string;
}

@ObjectType('WeekdayHours')
@InputType('WeekdayHoursInput')
export class WeekdayHoursView {
  @Field(() => WeekdayValue) weekday!: string;
  @Field(() => [WorkingWindowView]) @ValidateNested({ each: true }) windows!: WorkingWindowView[];
}

@ObjectType('ComplaintSlaSettings')
@InputType('ComplaintSlaSettingsInput')
export class ComplaintSlaSettingsView {
  @Field(() => Float, { description: 'On site within (clock hours); default 1' }) onSiteClockHours!: number;
  @Field(() => Float, { description: 'First feedback within (clock hours); default 4, some projects 24' }) firstFeedbackClockHours!: number;
  @Field(() => Float, { description: 'General complaints resolved within; default 8' }) generalResolutionHours!: number;
  @Field(() => ResolutionBaseValue) generalResolutionBase!: string;
  @Field(() => Int, { description: 'Serious complaints resolved within (working days); default 5' }) seriousResolutionWorkingDays!: number;
  @Field(() => Int) majorResolutionWorkingDays!: number;
}

@ObjectType('FollowUpRule')
@InputType('FollowUpRuleInput')
export class FollowUpRuleView {
  @Field(() => FollowUpSubjectValue) subject!: string;
  @Field(() => Int, { description: 'Share visited, basis points (3000 = 30 %)' }) rateBasisPoints!: number;
  @Field(() => Int, { description: 'Window opens this many days after completion' }) opensAfterDays!: number;
  @Field(() => Int, { description: '…or months (engineering works: 1)' }) opensAfterMonths!: number;
  @Field(() => Int) dueWithinDays!: number;
  @Field(() => Int) dueWithinMonths!: number;
}

@ObjectType('RepeatSettings')
@InputType('RepeatSettingsInput')
export class RepeatSettingsView {
  @Field(() => Int) complaintWindowDays!: number;
  @Field(() => Int, { description: 'Same matter this many times in the window raises a nonconformity; default 2' }) complaintThreshold!: number;
  @Field(() => Int) repairWindowDays!: number;
  @Field(() => Int, { description: 'Same repair this many times; default 3' }) repairThreshold!: number;
}

@ObjectType('HolidayPeriod')
@InputType('HolidayPeriodInput')
export class HolidayPeriodView {
  @Field() @Text(1, 40) key!: string;
  @Field() @Text(1, 40) nameZh!: string;
  @Field() @Text(1, 80) nameEn!: string;
  @Field({ description: 'First day off, YYYY-MM-DD' }) @Text(10, 10) from!: string;
  @Field({ description: 'Last day off' }) @Text(10, 10) to!: string;
  @Field(() => [String], { description: 'Weekend days worked instead (调休上班)' }) makeUpWorkdays!: string[];
}

@ObjectType('HolidayYear')
@InputType('HolidayYearInput')
export class HolidayYearView {
  @Field(() => Int) year!: number;
  @Field({ description: 'The State Council notice the dates come from' }) @Text(1, 200) source!: string;
  @Field(() => [HolidayPeriodView]) @ValidateNested({ each: true }) periods!: HolidayPeriodView[];
}

@ObjectType('CompanySettings')
export class CompanySettingsView {
  @Field(() => Int, { description: '0 until first changed (the defaults)' }) version!: number;
  @Field(() => ComplaintSlaSettingsView) complaintSla!: ComplaintSlaSettingsView;
  @Field(() => [FollowUpRuleView]) followUpRules!: FollowUpRuleView[];
  @Field(() => RepeatSettingsView) repeat!: RepeatSettingsView;
  @Field(() => [WeekdayHoursView]) weeklyHours!: WeekdayHoursView[];
  @Field(() => [WorkingWindowView], { nullable: true, description: 'Hours on a make-up working day; null = Monday’s' }) makeUpDayHours?: WorkingWindowView[] | null;
  @Field(() => [HolidayYearView]) holidayYears!: HolidayYearView[];
  @Field({ description: 'Seed of the follow-up sample, for auditors' }) followUpSeed!: string;
}

@InputType()
export class UpdateCompanySettingsInput {
  @Field(() => Int) version!: number;
  @Field(() => ComplaintSlaSettingsView, { nullable: true }) @IsOptional() @ValidateNested() complaintSla?: ComplaintSlaSettingsView;
  @Field(() => [FollowUpRuleView], { nullable: true, description: 'Only the subjects sent change' }) @IsOptional() @ValidateNested({ each: true }) followUpRules?: FollowUpRuleView[];
  @Field(() => RepeatSettingsView, { nullable: true }) @IsOptional() @ValidateNested() repeat?: RepeatSettingsView;
  @Field(() => [WeekdayHoursView], { nullable: true, description: 'All seven days' }) @IsOptional() @ValidateNested({ each: true }) weeklyHours?: WeekdayHoursView[];
  @Field(() => [WorkingWindowView], { nullable: true }) @IsOptional() @ValidateNested({ each: true }) makeUpDayHours?: WorkingWindowView[] | null;
  @Field(() => [HolidayYearView], { nullable: true, description: 'Years sent replace the stored year; others stay' }) @IsOptional() @ValidateNested({ each: true }) holidayYears?: HolidayYearView[];
}

@InputType()
export class ProjectWorkingHoursInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int) version!: number;
  @Field(() => [WeekdayHoursView], { nullable: true, description: 'null = follow the company’s hours' }) @IsOptional() @ValidateNested({ each: true }) weeklyHours?: WeekdayHoursView[] | null;
}
