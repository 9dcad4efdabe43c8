import type { EntityManager } from '@mikro-orm/postgresql';
import { validateWebhookEvents, validateWebhookUrl, WEBHOOK_SECRET_GRACE_MS, type WebhookEventType } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone } from '../../db/queries.js';
import { AppError, domainError, invalid, notFound } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { ApiKey } from '../api-keys/api-key.entity.js';
import { scheduleChain } from './delivery.js';
import { generateWebhookSecret } from './webhook-signing.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';
import type { CreateWebhookEndpointInput, RotateWebhookSecretInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs, WebhookEndpointsArgs } from './webhooks.types.js';

/**
 * Partner webhook endpoints (issue 10). The GM manages every key's endpoints; a partner key,
 * authenticated as itself, manages its own and sees no other key's (they are "not found").
 */
export class WebhooksService {
  /** The key a partner is signed in with, or null for staff. */
  private ownKey = (ctx: Ctx) => ctx.apiKey?.id ?? null;

  list(ctx: Ctx, args: WebhookEndpointsArgs): Promise<Page<WebhookEndpoint>> {
    const keyId = this.ownKey(ctx) ?? args.apiKeyId;
    return findPage(ctx.em, WebhookEndpoint, keyId ? { apiKeyId: idOrNone(keyId) } : {}, { createdAt: 'desc' }, args);
  }

  async get(ctx: Ctx, id: string): Promise<WebhookEndpoint | null> {
    const endpoint = await findById(ctx.em, WebhookEndpoint, id);
    const own = this.ownKey(ctx);
    return endpoint && (!own || endpoint.apiKeyId === own) ? endpoint : null;
  }

  async find(ctx: Ctx, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.get(ctx, id);
    if (!endpoint) throw notFound('WebhookEndpoint');
    return endpoint;
  }

  async create(ctx: Ctx, input: CreateWebhookEndpointInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const own = this.ownKey(ctx);
    if (own && input.apiKeyId && input.apiKeyId !== own) throw invalid('apiKeyId', 'webhook.otherKey');
    const keyId = own ?? input.apiKeyId;
    if (!keyId) throw invalid('apiKeyId', 'validation.notEmpty');
    const key = await this.liveKey(ctx, keyId);
    const events = this.checked(input.url, input.events, key);
    const secret = generateWebhookSecret();
    const endpoint = ctx.em.create(WebhookEndpoint, {
      companyId: key.companyId,
      apiKeyId: key.id,
      url: input.url.trim(),
      description: input.description?.trim() || null,
      events,
      secret,
      createdById: ctx.user?.id ?? null,
    });
    await ctx.em.flush();
    return { endpoint, secret };
  }

  async update(ctx: Ctx, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
    const endpoint = await this.find(ctx, input.id);
    expectVersion(endpoint, input.version);
    const key = await this.liveKey(ctx, endpoint.apiKeyId);
    const events = this.checked(input.url ?? endpoint.url, input.events ?? endpoint.events, key);
    const resumed = input.enabled === true && !endpoint.enabled;
    ctx.em.assign(endpoint, {
      url: (input.url ?? endpoint.url).trim(),
      events,
      ...(input.description !== undefined ? { description: input.description?.trim() || null } : {}),
      ...(input.enabled != null ? { enabled: input.enabled } : {}),
    });
    await ctx.em.transactional(async (em) => {
      await em.flush();
      // Deliveries that waited while it was disabled go out now, each chain in its order.
      if (resumed) await this.scheduleWaiting(em, endpoint.id, ctx.now);
    });
    return endpoint;
  }

  /** A new secret at once; the old one keeps signing (as a second signature) for a day, so receivers switch without a gap. */
  async rotateSecret(ctx: Ctx, input: RotateWebhookSecretInput): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
    const endpoint = await this.find(ctx, input.id);
    expectVersion(endpoint, input.version);
    const secret = generateWebhookSecret();
    ctx.em.assign(endpoint, { previousSecret: endpoint.secret, previousSecretExpiresAt: new Date(ctx.now.getTime() + WEBHOOK_SECRET_GRACE_MS), secret });
    await ctx.em.flush();
    return { endpoint, secret };
  }

  async deliveries(ctx: Ctx, args: WebhookDeliveriesArgs): Promise<Page<WebhookDelivery>> {
    const endpoint = await this.find(ctx, args.endpointId);
    return findPage(ctx.em, WebhookDelivery, { endpointId: endpoint.id, ...(args.status ? { status: args.status } : {}) }, { createdAt: 'desc' }, args);
  }

  /**
   * Sends a delivery again, with the same event id and body: receivers that already have it
   * drop it by id. It takes its place in its entity's order like any pending delivery.
   */
  async resend(ctx: Ctx, id: string): Promise<WebhookDelivery> {
    const delivery = await findOr404(ctx.em, WebhookDelivery, id);
    await this.find(ctx, delivery.endpointId);
    ctx.em.assign(delivery, { status: 'pending', failures: 0, firstAttemptAt: null, nextAttemptAt: ctx.now, lastError: null });
    await ctx.em.transactional(async (em) => {
      await em.flush();
      await scheduleChain(em, { endpointId: delivery.endpointId, entityKey: delivery.entityKey }, ctx.now, 'replace');
    });
    return delivery;
  }

  private async liveKey(ctx: Ctx, id: string): Promise<ApiKey> {
    const key = await findById(ctx.em, ApiKey, id);
    if (!key) throw invalid('apiKeyId', 'error.notFound', { entity: 'ApiKey' });
    if (key.revokedAt) throw new AppError('INVALID_STATE', 'webhook.apiKeyRevoked', {}, 'apiKeyId');
    return key;
  }

  private checked(url: string, events: readonly string[], key: ApiKey): WebhookEventType[] {
    const issue = validateWebhookUrl(url.trim())[0] ?? validateWebhookEvents(events, key.scopes)[0];
    if (issue) throw domainError(issue);
    return [...new Set(events as WebhookEventType[])];
  }

  private async scheduleWaiting(em: EntityManager, endpointId: string, now: Date): Promise<void> {
    const chains = await em.execute<Array<{ entity_key: string }>>(
      `select distinct entity_key from webhook_delivery where endpoint_id = ? and status = 'pending'`,
      [endpointId],
    );
    for (const c of chains) await scheduleChain(em, { endpointId, entityKey: c.entity_key }, now, 'preserve_run_at');
  }
}
