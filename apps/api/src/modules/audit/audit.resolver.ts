import type { FilterQuery } from '@mikro-orm/postgresql';
import { IsOptional } from 'class-validator';
import { Args, ArgsType, Ctx as C, Field, FieldResolver, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { PageArgs, SortOrder } from '../../graphql/pagination.js';
import { OptionalText } from '../../graphql/validation.js';
import { AuditEntry } from './audit-entry.entity.js';
import { maskAuditData } from '../privacy/phone-masking.js';

@ObjectType('AuditEntry', { simpleResolvers: true })
export class AuditEntryView {
  @Field(() => ID) id!: string;
  @Field() at!: Date;
  @Field(() => String, { description: 'user | apiKey | system' }) actorKind!: string;
  @Field(() => ID, { nullable: true }) actorId?: string | null;
  @Field() actorName!: string;
  @Field({ description: 'The operation that made the change, e.g. updateProject' }) action!: string;
  @Field({ description: 'create | update | delete' }) change!: string;
  @Field() entityType!: string;
  @Field() entityId!: string;
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) before?: Record<string, unknown> | null;
  @Field(() => GraphQLJSONObject, { nullable: true }) after?: Record<string, unknown> | null;
}

@ObjectType('AuditEntryPage', { simpleResolvers: true })
export class AuditEntryPage {
  @Field(() => [AuditEntryView]) items!: AuditEntryView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class AuditFilter {
  @Field({ nullable: true }) @IsOptional() @OptionalText(50) entityType?: string;
  @Field({ nullable: true }) @IsOptional() @OptionalText(64) entityId?: string;
  @Field(() => ID, { nullable: true }) actorId?: string;
  @Field(() => ID, { nullable: true }) projectId?: string;
  @Field({ nullable: true }) from?: Date;
  @Field({ nullable: true }) to?: Date;
}

@ArgsType()
export class AuditArgs extends PageArgs {
  @Field(() => AuditFilter, { nullable: true }) filter?: AuditFilter;
  @Field(() => SortOrder, { defaultValue: SortOrder.DESC }) sortOrder: SortOrder = SortOrder.DESC;
}

/** Read-only: the log is written by the flush subscriber, never through the API. */
@Resolver(() => AuditEntryView)
export class AuditResolver {
  @Query(() => AuditEntryPage)
  auditEntries(@Args() args: AuditArgs, @C() ctx: Ctx) {
    const projects = readableProjects(ctx, 'audit.read');
    const where: FilterQuery<AuditEntry> = {};
    const f = args.filter;
    if (f?.entityType) where.entityType = f.entityType;
    if (f?.entityId) where.entityId = f.entityId;
    if (f?.actorId) where.actorId = idOrNone(f.actorId);
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.from || f?.to) where.at = { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) };
    return findPage(ctx.em, AuditEntry, where, { at: args.sortOrder }, args);
  }

  /** A resident's number in a change is personal data too: masked for readers who see it masked elsewhere. */
  @FieldResolver(() => GraphQLJSONObject, { nullable: true })
  before(@Root() e: AuditEntry, @C() ctx: Ctx) {
    return maskAuditData(ctx, e.before, e.projectId);
  }

  @FieldResolver(() => GraphQLJSONObject, { nullable: true })
  after(@Root() e: AuditEntry, @C() ctx: Ctx) {
    return maskAuditData(ctx, e.after, e.projectId);
  }
}
