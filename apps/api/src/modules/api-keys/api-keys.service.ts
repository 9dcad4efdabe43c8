import type { Ctx } from '../../context.js';
import { findOr404, findPage } from '../../db/queries.js';
import type { Page, PageArgs } from '../../graphql/pagination.js';
import { Project } from '../projects/project.entity.js';
import { WebhookEndpoint } from '../webhooks/webhook-endpoint.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateApiKey } from './api-key-secret.js';
import type { CreateApiKeyInput, RotateApiKeyInput } from './api-keys.types.js';
import { AppError } from '../../graphql/errors.js';

export class ApiKeysService {
  list(ctx: Ctx, args: PageArgs): Promise<Page<ApiKey>> {
    return findPage(ctx.em, ApiKey, {}, { createdAt: 'desc' }, args);
  }

  async create(ctx: Ctx, input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    if (input.projectId) await findOr404(ctx.em, Project, input.projectId);
    const generated = generateApiKey();
    const apiKey = ctx.em.create(ApiKey, {
      companyId: ctx.companyId!,
      name: input.name,
      prefix: generated.prefix,
      secretHash: generated.hash,
      scopes: [...new Set(input.scopes)],
      projectId: input.projectId ?? null,
      createdById: ctx.user!.id,
    });
    await ctx.em.flush();
    return { apiKey, secret: generated.token };
  }

  /**
   * A new secret with the same name, scopes and project; the old key keeps working for the
   * grace period so the partner can switch over without downtime. A key is rotated once: the
   * next rotation starts from its replacement. The key's webhook endpoints move to the new key:
   * they belong to the partner, not to one secret, and must outlive the old key's grace period.
   */
  async rotate(ctx: Ctx, input: RotateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const old = await findOr404(ctx.em, ApiKey, input.id);
    if (old.revokedAt) throw new AppError('INVALID_STATE', 'apiKey.revoked', {}, 'id');
    if (old.replacedById || (old.expiresAt && old.expiresAt <= ctx.now)) throw new AppError('INVALID_STATE', 'apiKey.alreadyRotated', {}, 'id');
    const generated = generateApiKey();
    const apiKey = ctx.em.create(ApiKey, {
      companyId: old.companyId,
      name: old.name,
      prefix: generated.prefix,
      secretHash: generated.hash,
      scopes: [...old.scopes],
      projectId: old.projectId ?? null,
      createdById: ctx.user!.id,
    });
    old.replacedById = apiKey.id;
    old.expiresAt = new Date(ctx.now.getTime() + input.graceHours * 3_600_000);
    for (const endpoint of await ctx.em.find(WebhookEndpoint, { apiKeyId: old.id })) endpoint.apiKeyId = apiKey.id;
    // The old row's version makes a second, concurrent rotation of the same key fail with CONFLICT.
    await ctx.em.flush();
    return { apiKey, secret: generated.token };
  }

  /**
   * Takes effect on the next request: every request re-reads the key. Keys it replaced that are
   * still in their grace period go with it — a revoked credential leaves no older copy working.
   */
  async revoke(ctx: Ctx, id: string): Promise<ApiKey> {
    const key = await findOr404(ctx.em, ApiKey, id);
    let chain: ApiKey[] = [key];
    for (let ids = [key.id]; ids.length; ) {
      const older = await ctx.em.find(ApiKey, { replacedById: { $in: ids }, revokedAt: null });
      chain = [...chain, ...older];
      ids = older.map((k) => k.id);
    }
    const live = chain.filter((k) => !k.revokedAt && (!k.expiresAt || k.expiresAt > ctx.now));
    for (const k of live) k.revokedAt = ctx.now;
    if (live.length) await ctx.em.flush();
    return key;
  }
}
