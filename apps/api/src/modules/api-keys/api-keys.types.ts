import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiScopeValue } from '../../graphql/enums.js';
import { AtLeast, AtMost, NonEmptyList, Text } from '../../graphql/validation.js';

@ObjectType('ApiKey', { simpleResolvers: true })
export class ApiKeyView {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field({ description: 'Public part of the key, to recognise it in logs and lists' }) prefix!: string;
  @Field(() => [ApiScopeValue]) scopes!: ApiScopeValue[];
  @Field(() => ID, { nullable: true }) projectId?: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastUsedAt?: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Rotated keys stop working at this time (end of the grace period)' })
  expiresAt?: Date | null;
  @Field(() => ID, { nullable: true, description: 'The key that replaced this one in a rotation' }) replacedById?: string | null;
}

@ObjectType('CreatedApiKey')
export class CreatedApiKey {
  @Field(() => ApiKeyView) apiKey!: ApiKeyView;
  @Field({ description: 'The full key to send as `Authorization: Bearer <secret>`. Shown only once.' }) secret!: string;
}

@ObjectType('ApiKeyPage', { simpleResolvers: true })
export class ApiKeyPage {
  @Field(() => [ApiKeyView]) items!: ApiKeyView[];
  @Field(() => Int) totalCount!: number;
}

@InputType()
export class CreateApiKeyInput {
  @Field() @Text(1, 100) name!: string;
  @Field(() => [ApiScopeValue]) @NonEmptyList() scopes!: ApiScopeValue[];
  @Field(() => ID, { nullable: true }) @IsOptional() projectId?: string | null;
}

export const MAX_GRACE_HOURS = 7 * 24;

@InputType()
export class RotateApiKeyInput {
  @Field(() => ID) id!: string;
  @Field(() => Int, {
    defaultValue: 24,
    description: 'How long the old key keeps working, so the partner can switch without downtime (0 = stops at once, at most 168)',
  })
  @AtLeast(0)
  @AtMost(MAX_GRACE_HOURS)
  graceHours: number = 24;
}
