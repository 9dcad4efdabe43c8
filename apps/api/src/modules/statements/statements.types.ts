import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { AtLeast, AtMost, Text } from '../../graphql/validation.js';

@ObjectType('StatementCharge', { simpleResolvers: true })
export class StatementChargeView {
  @Field(() => ID) orderId!: string;
  @Field() orderNumber!: string;
  @Field() description!: string;
  @Field() settledAt!: string;
  @Field(() => Int) amountFen!: number;
}

@ObjectType('StatementAdjustmentLine', { simpleResolvers: true })
export class StatementAdjustmentView {
  @Field(() => ID) correctsStatementId!: string;
  @Field(() => Int) correctsYear!: number;
  @Field(() => Int) correctsMonth!: number;
  @Field() description!: string;
  @Field(() => Int) amountFen!: number;
}

@ObjectType('MonthlyStatement', { simpleResolvers: true })
export class MonthlyStatementView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) residentId!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) month!: number;
  @Field({ description: 'draft | issued | confirmed | paid' }) state!: string;
  @Field(() => [StatementChargeView]) lines!: StatementChargeView[];
  @Field(() => [StatementAdjustmentView]) adjustments!: StatementAdjustmentView[];
  @Field(() => Int) chargesTotalFen!: number;
  @Field(() => Int) adjustmentsTotalFen!: number;
  @Field(() => Int, { description: 'May be negative when credits exceed the month' }) totalFen!: number;
  @Field(() => Date, { nullable: true }) issuedAt?: Date | null;
  @Field(() => Date, { nullable: true }) confirmedAt?: Date | null;
  @Field(() => Date, { nullable: true }) paidAt?: Date | null;
  @Field(() => Int) version!: number;
}

@ObjectType('MonthlyStatementPage', { simpleResolvers: true })
export class MonthlyStatementPage {
  @Field(() => [MonthlyStatementView]) items!: MonthlyStatementView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class StatementPeriodInput {
  @Field(() => ID) projectId!: string;
  @Field(() => Int) @AtLeast(2000) @AtMost(2100) year!: number;
  @Field(() => Int) @AtLeast(1) @AtMost(12) month!: number;
}

@InputType()
export class StatementFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) residentId?: string;
  @Field(() => Int, { nullable: true }) year?: number;
  @Field(() => Int, { nullable: true }) month?: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 10) state?: string;
}

@ArgsType()
export class StatementsArgs extends PageArgs {
  @Field(() => StatementFilter, { nullable: true }) filter?: StatementFilter;
}

@InputType()
export class StatementStepInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}

@InputType()
export class CorrectStatementInput {
  @Field(() => ID) statementId!: string;
  @Field(() => Int, { description: 'fen; positive: owes more, negative: a credit' }) @AtLeast(-100_000_000) @AtMost(100_000_000) amountFen!: number;
  @Field() @Text(1, 500) description!: string;
}
