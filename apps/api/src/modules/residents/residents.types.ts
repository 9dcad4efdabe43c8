import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs, SortOrder } from '../../graphql/pagination.js';
import { OptionalText, Phone, Text } from '../../graphql/validation.js';
import { ResidentKind } from './resident.entity.js';
import '../../graphql/enums.js';

@ObjectType('Resident', { simpleResolvers: true })
export class ResidentView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field() phone!: string;
  @Field(() => ResidentKind) kind!: ResidentKind;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType('ResidentPage', { simpleResolvers: true })
export class ResidentPage {
  @Field(() => [ResidentView]) items!: ResidentView[];
  @Field(() => Int) totalCount!: number;
}

export enum ResidentSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(ResidentSortField, { name: 'ResidentSortField' });

@InputType()
export class ResidentFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) unitId?: string;
  @Field(() => ResidentKind, { nullable: true }) kind?: ResidentKind;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
}

@ArgsType()
export class ResidentsArgs extends PageArgs {
  @Field(() => ResidentFilter, { nullable: true }) filter?: ResidentFilter;
  @Field(() => ResidentSortField, { defaultValue: ResidentSortField.NAME }) sortField: ResidentSortField = ResidentSortField.NAME;
  @Field(() => SortOrder, { defaultValue: SortOrder.ASC }) sortOrder: SortOrder = SortOrder.ASC;
}

@InputType()
export class CreateResidentInput {
  @Field(() => ID) unitId!: string;
  @Field() @Text(1, 50) name!: string;
  @Field() @Phone() phone!: string;
  @Field(() => ResidentKind) kind!: ResidentKind;
}

@InputType()
export class UpdateResidentInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 50) name?: string;
  @Field({ nullable: true }) @IsOptional() @Phone() phone?: string;
  @Field(() => ResidentKind, { nullable: true }) kind?: ResidentKind;
  @Field({ nullable: true }) active?: boolean;
}
