import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { Text } from '../../graphql/validation.js';

@ObjectType('NonconformityRecord', { simpleResolvers: true })
export class NonconformityRecordView {
  @Field({ description: 'Complaint | ServiceOrder' }) kind!: string;
  @Field(() => ID) id!: string;
  @Field({ description: 'Its number' }) label!: string;
}

@ObjectType('Nonconformity', { simpleResolvers: true, description: 'A nonconformity record (不合格) for the project manager' })
export class NonconformityView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field({ description: 'same_matter | same_repair | follow_up' }) source!: string;
  @Field(() => ID, { nullable: true }) unitId?: string | null;
  @Field(() => [NonconformityRecordView]) records!: NonconformityRecordView[];
  @Field({ description: 'open | closed' }) state!: string;
  @Field(() => String, { nullable: true }) correctiveAction?: string | null;
  @Field(() => Date, { nullable: true }) closedAt?: Date | null;
  @Field() createdAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('NonconformityPage', { simpleResolvers: true })
export class NonconformityPage {
  @Field(() => [NonconformityView]) items!: NonconformityView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class NonconformitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field({ nullable: true }) open?: boolean;
}

@InputType()
export class CloseNonconformityInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ description: '纠正预防措施' }) @Text(1, 2000) correctiveAction!: string;
}
