import type { Ctx } from '../../context.js';
import { findOr404, findPage } from '../../db/queries.js';
import type { Page, PageArgs } from '../../graphql/pagination.js';
import { Project } from '../projects/project.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateApiKey } from './api-key-secret.js';
import type { CreateApiKeyInput } from './api-keys.types.js';

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

  /** Takes effect on the next request: every request re-reads the key. */
  async revoke(ctx: Ctx, id: string): Promise<ApiKey> {
    const key = await findOr404(ctx.em, ApiKey, id);
    if (!key.revokedAt) {
      key.revokedAt = ctx.now;
      await ctx.em.flush();
    }
    return key;
  }
}
