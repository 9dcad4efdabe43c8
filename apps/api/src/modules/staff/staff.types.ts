import { IsOptional, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DepartmentValue, RoleValue } from '../../graphql/enums.js';
import { PageArgs, SortOrder } from '../../graphql/pagination.js';
import { Email, NonEmptyList, OptionalText, Password, Phone, Text } from '../../graphql/validation.js';

@ObjectType('RoleAssignment', { simpleResolvers: true })
export class RoleAssignmentView {
  @Field(() => RoleValue) role!: RoleValue;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => DepartmentValue, { nullable: true }) department?: DepartmentValue | null;
}

@ObjectType('StaffUser', { simpleResolvers: true })
export class StaffUserView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field() active!: boolean;
  @Field(() => [RoleAssignmentView]) roles!: RoleAssignmentView[];
  @Field(() => Date, { nullable: true }) lockedUntil?: Date | null;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
}

@ObjectType('StaffUserPage', { simpleResolvers: true })
export class StaffUserPage {
  @Field(() => [StaffUserView]) items!: StaffUserView[];
  @Field(() => Int) totalCount!: number;
}

export enum StaffUserSortField {
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
registerEnumType(StaffUserSortField, { name: 'StaffUserSortField' });

@InputType()
export class StaffUserFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => RoleValue, { nullable: true }) role?: RoleValue;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
}

@ArgsType()
export class StaffUsersArgs extends PageArgs {
  @Field(() => StaffUserFilter, { nullable: true }) filter?: StaffUserFilter;
  @Field(() => StaffUserSortField, { defaultValue: StaffUserSortField.NAME }) sortField: StaffUserSortField = StaffUserSortField.NAME;
  @Field(() => SortOrder, { defaultValue: SortOrder.ASC }) sortOrder: SortOrder = SortOrder.ASC;
}

@InputType()
export class RoleAssignmentInput {
  @Field(() => RoleValue) role!: RoleValue;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => DepartmentValue, { nullable: true }) department?: DepartmentValue | null;
}

@InputType()
export class CreateStaffUserInput {
  @Field() @Text(1, 50) name!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Email() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Phone() phone?: string | null;
  @Field() @Password() @OptionalText(200) password!: string;
  @Field(() => [RoleAssignmentInput]) @NonEmptyList() @ValidateNested({ each: true })
  roles!: RoleAssignmentInput[];
}

@InputType()
export class UpdateStaffUserInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 50) name?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Email() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Phone() phone?: string | null;
  @Field({ nullable: true }) active?: boolean;
  @Field(() => [RoleAssignmentInput], { nullable: true }) @IsOptional() @NonEmptyList() @ValidateNested({ each: true })
  roles?: RoleAssignmentInput[];
}
