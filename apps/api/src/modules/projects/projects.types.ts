import { Field, Float, ID, InputType, Int, ObjectType, ArgsType, registerEnumType } from 'type-graphql';
import { IsOptional } from 'class-validator';
import { PageArgs, SortOrder } from '../../graphql/pagination.js';
import { AtLeast, AtMost, Code, OptionalText, Text } from '../../graphql/validation.js';
import { ProjectKind } from './project.entity.js';
import '../../graphql/enums.js';

@ObjectType('Project', { simpleResolvers: true })
export class ProjectView {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => ProjectKind) kind!: ProjectKind;
  @Field(() => String, { nullable: true }) address?: string | null;
  @Field(() => Int, { description: 'Households under management (the complaint-rate denominator)' }) households!: number;
  @Field(() => Int, { description: 'Labour rate in fen per hour: the labour part of every cost model' }) labourRateFenPerHour!: number;
  @Field(() => Int) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType('Building', { simpleResolvers: true })
export class BuildingView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => Int, { nullable: true }) floors?: number | null;
  @Field(() => ID, { nullable: true, description: 'The housekeeper (管家) whose block it belongs to' }) housekeeperId?: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType('Unit', { simpleResolvers: true })
export class UnitView {
  @Field(() => ID) id!: string;
  @Field(() => ID) projectId!: string;
  @Field(() => ID) buildingId!: string;
  @Field() number!: string;
  @Field(() => Int, { nullable: true }) floor?: number | null;
  @Field(() => Float, { nullable: true }) areaSqm?: number | null;
  @Field(() => Int) version!: number;
}

@ObjectType('ProjectPage', { simpleResolvers: true })
export class ProjectPage {
  @Field(() => [ProjectView]) items!: ProjectView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('BuildingPage', { simpleResolvers: true })
export class BuildingPage {
  @Field(() => [BuildingView]) items!: BuildingView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('UnitPage', { simpleResolvers: true })
export class UnitPage {
  @Field(() => [UnitView]) items!: UnitView[];
  @Field(() => Int) totalCount!: number;
}

export enum ProjectSortField {
  CODE = 'code',
  NAME = 'name',
  CREATED_AT = 'createdAt',
}
export enum BuildingSortField {
  CODE = 'code',
  NAME = 'name',
}
export enum UnitSortField {
  NUMBER = 'number',
  FLOOR = 'floor',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });
registerEnumType(BuildingSortField, { name: 'BuildingSortField' });
registerEnumType(UnitSortField, { name: 'UnitSortField' });

@InputType()
export class ProjectFilter {
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
  @Field(() => ProjectKind, { nullable: true }) kind?: ProjectKind;
}

@ArgsType()
export class ProjectsArgs extends PageArgs {
  @Field(() => ProjectFilter, { nullable: true }) filter?: ProjectFilter;
  @Field(() => ProjectSortField, { defaultValue: ProjectSortField.CODE }) sortField: ProjectSortField = ProjectSortField.CODE;
  @Field(() => SortOrder, { defaultValue: SortOrder.ASC }) sortOrder: SortOrder = SortOrder.ASC;
}

@InputType()
export class BuildingFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
}

@ArgsType()
export class BuildingsArgs extends PageArgs {
  @Field(() => BuildingFilter, { nullable: true }) filter?: BuildingFilter;
  @Field(() => BuildingSortField, { defaultValue: BuildingSortField.CODE }) sortField: BuildingSortField = BuildingSortField.CODE;
  @Field(() => SortOrder, { defaultValue: SortOrder.ASC }) sortOrder: SortOrder = SortOrder.ASC;
}

@InputType()
export class UnitFilter {
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field(() => ID, { nullable: true }) buildingId?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(100) search?: string;
}

@ArgsType()
export class UnitsArgs extends PageArgs {
  @Field(() => UnitFilter, { nullable: true }) filter?: UnitFilter;
  @Field(() => UnitSortField, { defaultValue: UnitSortField.NUMBER }) sortField: UnitSortField = UnitSortField.NUMBER;
  @Field(() => SortOrder, { defaultValue: SortOrder.ASC }) sortOrder: SortOrder = SortOrder.ASC;
}

@InputType()
export class CreateProjectInput {
  @Field() @Code() code!: string;
  @Field() @Text(1, 100) name!: string;
  @Field(() => ProjectKind) kind!: ProjectKind;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(200) address?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(1_000_000) households?: number | null;
}

@InputType()
export class UpdateProjectInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(1_000_000) labourRateFenPerHour?: number | null;
  @Field({ nullable: true }) @IsOptional() @Text(1, 100) name?: string;
  @Field(() => ProjectKind, { nullable: true }) kind?: ProjectKind;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(200) address?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(1_000_000) households?: number | null;
}

@InputType()
export class CreateBuildingInput {
  @Field(() => ID) projectId!: string;
  @Field() @Code() code!: string;
  @Field() @Text(1, 100) name!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(1) @AtMost(200) floors?: number | null;
}

@InputType()
export class UpdateBuildingInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Code() code?: string;
  @Field({ nullable: true }) @IsOptional() @Text(1, 100) name?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(1) @AtMost(200) floors?: number | null;
}

@InputType()
export class CreateUnitInput {
  @Field(() => ID) buildingId!: string;
  @Field() @Text(1, 32) number!: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(-10) @AtMost(200) floor?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(100_000) areaSqm?: number | null;
}

@InputType()
export class UpdateUnitInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field({ nullable: true }) @IsOptional() @Text(1, 32) number?: string;
  @Field(() => Int, { nullable: true }) @IsOptional() @AtLeast(-10) @AtMost(200) floor?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @AtLeast(0) @AtMost(100_000) areaSqm?: number | null;
}
