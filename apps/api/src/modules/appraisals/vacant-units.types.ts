import { VACANT_CHECK_STATUSES } from '@wuye/domain';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '../../graphql/enums.js';
import { Text } from '../../graphql/validation.js';

export const VacantCheckStatusValue = graphqlEnum('VacantCheckStatus', VACANT_CHECK_STATUSES, 'checked this month, due this month, or a month over without a check');

@ObjectType('VacantUnit', { simpleResolvers: true, description: 'A unit nobody lives in, and whether this month’s check (空置房巡查) is done' })
export class VacantUnitView {
  @Field(() => ID) unitId!: string;
  @Field() unitNumber!: string;
  @Field(() => ID) buildingId!: string;
  @Field(() => ID, { nullable: true, description: 'The housekeeper whose block it is in' }) housekeeperId!: string | null;
  @Field(() => String, { nullable: true }) housekeeperName!: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD of the last check up to the month' }) lastCheckedOn!: string | null;
  @Field(() => VacantCheckStatusValue) status!: string;
}

@InputType()
export class RecordVacantUnitCheckInput {
  @Field(() => ID) unitId!: string;
  @Field(() => Date, { nullable: true, description: 'Default now' }) checkedAt?: Date | null;
  @Field() @Text(1, 2000) note!: string;
  @Field({ defaultValue: false, description: 'Something needs doing (a leak, a broken window)' }) problemFound: boolean = false;
}

@ObjectType('VacantUnitCheck', { simpleResolvers: true })
export class VacantUnitCheckView {
  @Field(() => ID) id!: string;
  @Field(() => ID) unitId!: string;
  @Field(() => ID) checkedById!: string;
  @Field() checkedAt!: Date;
  @Field() note!: string;
  @Field() problemFound!: boolean;
}
