import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeCompanyWide } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { ProjectView } from '../projects/projects.types.js';
import type { ApiKey } from './api-key.entity.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyPage, ApiKeyView, CreateApiKeyInput, CreatedApiKey, RotateApiKeyInput } from './api-keys.types.js';

const keys = new ApiKeysService();

@Resolver(() => ApiKeyView)
export class ApiKeyResolver {
  @Query(() => ApiKeyPage)
  apiKeys(@Args() args: PageArgs, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'apiKey.manage');
    return keys.list(ctx, args);
  }

  @Mutation(() => CreatedApiKey)
  createApiKey(@Arg('input') input: CreateApiKeyInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'apiKey.manage');
    return keys.create(ctx, input);
  }

  @Mutation(() => CreatedApiKey, { description: 'A new secret for a key; the old one keeps working for the grace period' })
  rotateApiKey(@Arg('input') input: RotateApiKeyInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'apiKey.manage');
    return keys.rotate(ctx, input);
  }

  @Mutation(() => ApiKeyView, { description: 'Stops the key (and any key it replaced still in its grace period) at once' })
  revokeApiKey(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'apiKey.manage');
    return keys.revoke(ctx, id);
  }

  @FieldResolver(() => ProjectView, { nullable: true })
  project(@Root() key: ApiKey, @C() ctx: Ctx) {
    return key.projectId ? ctx.loaders.project.load(key.projectId) : null;
  }
}
