import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { AtLeast, AtMost, OptionalText, Text } from '../../graphql/validation.js';

export enum ScheduleFrequency {
  WEEKLY = 'weekly',
  MONTHLY = 'monthly',
}
registerEnumType(ScheduleFrequency, { name: 'ScheduleFrequency' });

@ObjectType('ScheduleRule', { simpleResolvers: true })
export class ScheduleRuleView {
  @Field(() => ScheduleFrequency) frequency!: ScheduleFrequency;
  @Field(() => String, { nullable: true, description: 'mon … sun (weekly)' }) weekday?: string | null;
  @Field(() => Int, { nullable: true, description: '1–31 (monthly; past the month’s end means its last day)' }) day?: number | null;
  @Field({ description: 'HH:MM, Asia/Shanghai' }) time!: string;
}

@ObjectType('ServiceAgreement', { simpleResolvers: true })
export class ServiceAgreementView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) residentId!: string;
  @Field(() => ID) catalogItemId!: string;
  @Field() description!: string;
  @Field(() => ScheduleRuleView) rule!: ScheduleRuleView;
  @Field(() => Int) priceFen!: number;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
  @Field({ description: 'draft | approved | ended' }) state!: string;
  @Field(() => Date, { nullable: true }) approvedAt?: Date | null;
  @Field(() => Date, { nullable: true }) generatedUntil?: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ServiceAgreementPage', { simpleResolvers: true })
export class ServiceAgreementPage {
  @Field(() => [ServiceAgreementView]) items!: ServiceAgreementView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class AgreementsArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
}

@InputType()
export class CreateAgreementInput {
  @Field(() => ID) unitId!: string;
  @Field(() => ID) residentId!: string;
  @Field(() => ID, { description: 'A published catalog item of the project' }) catalogItemId!: string;
  @Field() @Text(1, 1000) description!: string;
  @Field(() => ScheduleFrequency) frequency!: ScheduleFrequency;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(3) weekday?: string | null;
  @Field(() => Int, { nullable: true }) day?: number | null;
  @Field() @Text(5, 5) time!: string;
  @Field(() => Int) @AtLeast(0) @AtMost(100_000_000) priceFen!: number;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt?: Date | null;
}

@InputType()
export class AgreementStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
