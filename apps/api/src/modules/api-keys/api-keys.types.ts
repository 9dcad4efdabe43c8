import { IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiScopeValue } from '../../graphql/enums.js';
import { NonEmptyList, Text } from '../../graphql/validation.js';

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
