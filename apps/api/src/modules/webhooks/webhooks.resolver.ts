import { webhookEndpointStatus } from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeCompanyWide } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { findById } from '../../db/queries.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { ApiKeyView } from '../api-keys/api-keys.types.js';
import type { WebhookEndpoint } from './webhook-endpoint.entity.js';
import { WebhooksService } from './webhooks.service.js';
import {
  CreateWebhookEndpointInput,
  RotateWebhookSecretInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveriesArgs,
  WebhookDeliveryPage,
  WebhookDeliveryView,
  WebhookEndpointPage,
  WebhookEndpointSecret,
  WebhookEndpointStatusValue,
  WebhookEndpointsArgs,
  WebhookEndpointView,
} from './webhooks.types.js';

const webhooks = new WebhooksService();

/** Staff need the company-wide grant (the GM); a partner key passes with any scope and is then held to its own endpoints. */
function gate(ctx: Ctx): void {
  if (ctx.apiKey) authorize(ctx, 'webhook.manage');
  else authorizeCompanyWide(ctx, 'webhook.manage');
}

@Resolver(() => WebhookEndpointView)
export class WebhookEndpointResolver {
  @Query(() => WebhookEndpointPage, { description: 'Webhook endpoints: every key’s for the GM, its own for a partner key' })
  webhookEndpoints(@Args() args: WebhookEndpointsArgs, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.list(ctx, args);
  }

  @Query(() => WebhookEndpointView, { nullable: true })
  webhookEndpoint(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.get(ctx, id);
  }

  @Query(() => WebhookDeliveryPage, { description: 'The delivery log of an endpoint, newest first' })
  webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.deliveries(ctx, args);
  }

  @Mutation(() => WebhookEndpointSecret, { description: 'Register an endpoint for a key’s events; the answer carries the signing secret, once' })
  createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.create(ctx, input);
  }

  @Mutation(() => WebhookEndpointView, { description: 'Change the URL, the events or the description; disable or enable sending' })
  updateWebhookEndpoint(@Arg('input') input: UpdateWebhookEndpointInput, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.update(ctx, input);
  }

  @Mutation(() => WebhookEndpointSecret, { description: 'A new signing secret, shown once; the old one also signs for 24 hours more' })
  rotateWebhookSecret(@Arg('input') input: RotateWebhookSecretInput, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.rotateSecret(ctx, input);
  }

  @Mutation(() => WebhookDeliveryView, { description: 'Send a delivery again, with the same event id and body' })
  resendWebhookDelivery(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    gate(ctx);
    return webhooks.resend(ctx, id);
  }

  @FieldResolver(() => WebhookEndpointStatusValue)
  status(@Root() endpoint: WebhookEndpoint) {
    return webhookEndpointStatus({ enabled: endpoint.enabled, failingSince: endpoint.failingSince ?? null });
  }

  @FieldResolver(() => ApiKeyView)
  async apiKey(@Root() endpoint: WebhookEndpoint, @C() ctx: Ctx) {
    return findById(ctx.em, ApiKey, endpoint.apiKeyId);
  }
}
