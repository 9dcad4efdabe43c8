import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@wuye/domain';
import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageArgs } from '../../graphql/pagination.js';
import { NonEmptyList, OptionalText, Text } from '../../graphql/validation.js';

/** `order.status_changed` is ORDER_STATUS_CHANGED in GraphQL (enum values cannot hold dots) and the dotted name on the wire. */
export const WebhookEventTypeValue = Object.fromEntries(WEBHOOK_EVENT_TYPES.map((t) => [t.replace('.', '_').toUpperCase(), t])) as Record<string, WebhookEventType>;
registerEnumType(WebhookEventTypeValue, {
  name: 'WebhookEventType',
  description: 'An event pushed to a partner’s webhook endpoint; its `type` in the delivered JSON is the dotted name (ORDER_STATUS_CHANGED → order.status_changed)',
});

export enum WebhookEndpointStatusValue {
  ACTIVE = 'active',
  FAILING = 'failing',
  DISABLED = 'disabled',
}
registerEnumType(WebhookEndpointStatusValue, {
  name: 'WebhookEndpointStatus',
  description: 'DISABLED: not sent to; FAILING: a delivery was given up after 24 hours of retries (sending goes on, the first success clears it)',
});

export enum WebhookDeliveryStatusValue {
  PENDING = 'pending',
  DELIVERED = 'delivered',
  FAILED = 'failed',
}
registerEnumType(WebhookDeliveryStatusValue, { name: 'WebhookDeliveryStatus', description: 'PENDING: not yet sent, or waiting for a retry; FAILED: given up' });

@ObjectType('WebhookEndpoint', { simpleResolvers: true, description: 'Where a partner key’s events are pushed' })
export class WebhookEndpointView {
  @Field(() => ID) id!: string;
  @Field(() => ID) apiKeyId!: string;
  @Field() url!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => [WebhookEventTypeValue]) events!: WebhookEventType[];
  @Field() enabled!: boolean;
  @Field(() => Date, { nullable: true, description: 'Since when deliveries are being given up' }) failingSince?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation still signs' }) previousSecretExpiresAt?: Date | null;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  @Field(() => Int) version!: number;
}

@ObjectType('WebhookEndpointPage', { simpleResolvers: true })
export class WebhookEndpointPage {
  @Field(() => [WebhookEndpointView]) items!: WebhookEndpointView[];
  @Field(() => Int) totalCount!: number;
}

@ObjectType('WebhookEndpointSecret', { simpleResolvers: true, description: 'The signing secret, shown only in the answer that created or rotated it' })
export class WebhookEndpointSecret {
  @Field(() => WebhookEndpointView) endpoint!: WebhookEndpointView;
  @Field({ description: 'HMAC-SHA256 key for the Wuye-Webhook-Signature header. Shown only once.' }) secret!: string;
}

@ObjectType('WebhookDelivery', { simpleResolvers: true, description: 'One event sent (or being sent) to one endpoint' })
export class WebhookDeliveryView {
  @Field(() => ID) id!: string;
  @Field(() => ID) endpointId!: string;
  @Field(() => ID, { description: 'The event id: Wuye-Webhook-Id, the same on every attempt' }) eventId!: string;
  @Field(() => WebhookEventTypeValue) eventType!: WebhookEventType;
  @Field(() => WebhookDeliveryStatusValue) status!: WebhookDeliveryStatusValue;
  @Field(() => Int, { description: 'Attempts made, resends included' }) attempts!: number;
  @Field(() => Date, { nullable: true }) lastAttemptAt?: Date | null;
  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer; null when none came' }) lastResponseCode?: number | null;
  @Field(() => String, { nullable: true }) lastError?: string | null;
  @Field(() => Date, { nullable: true, description: 'When a pending delivery is tried next' }) nextAttemptAt?: Date | null;
  @Field(() => Date, { nullable: true }) deliveredAt?: Date | null;
  @Field() createdAt!: Date;
}

@ObjectType('WebhookDeliveryPage', { simpleResolvers: true })
export class WebhookDeliveryPage {
  @Field(() => [WebhookDeliveryView]) items!: WebhookDeliveryView[];
  @Field(() => Int) totalCount!: number;
}

@ArgsType()
export class WebhookEndpointsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only this key’s endpoints' }) apiKeyId?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID) endpointId!: string;
  @Field(() => WebhookDeliveryStatusValue, { nullable: true }) status?: WebhookDeliveryStatusValue | null;
}

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => ID, { nullable: true, description: 'The key whose events are sent; a partner key may leave it out (its own)' })
  @IsOptional()
  apiKeyId?: string | null;
  @Field() @Text(1, 500) url!: string;
  @Field(() => [WebhookEventTypeValue]) @NonEmptyList() events!: WebhookEventType[];
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(100) description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Text(1, 500) url?: string | null;
  @Field(() => [WebhookEventTypeValue], { nullable: true }) @IsOptional() @NonEmptyList() events?: WebhookEventType[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @OptionalText(100) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'false stops sending; pending deliveries wait and go out when enabled again' }) enabled?: boolean | null;
}

@InputType()
export class RotateWebhookSecretInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
