import type { Principal } from '@wuye/domain';
import { Arg, Ctx as C, Mutation, Query, Resolver } from 'type-graphql';
import { principalOf } from '../../access/policy.js';
import { scopeEntityManager, type Ctx } from '../../context.js';
import { createLoaders } from '../../graphql/loaders.js';
import { translate } from '../../i18n/messages.js';
import { requestScope } from '../../request-scope.js';
import { LoginFailure, LoginInput, LoginResult, LoginSuccess, ViewerView } from './auth.types.js';
import { describeViewer } from './viewer.service.js';

const FAILURES = {
  invalidCredentials: { code: 'INVALID_CREDENTIALS', key: 'auth.invalidCredentials' },
  locked: { code: 'ACCOUNT_LOCKED', key: 'auth.locked' },
  inactive: { code: 'ACCOUNT_DISABLED', key: 'auth.inactive' },
} as const;

const shanghai = (d: Date) => d.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

@Resolver()
export class AuthResolver {
  @Query(() => ViewerView)
  me(@C() ctx: Ctx) {
    return describeViewer(ctx.em, principalOf(ctx), ctx.user, ctx.apiKey);
  }

  @Mutation(() => LoginResult, { description: 'Exchange a login (email or mobile) and password for a token.' })
  async login(@Arg('input') input: LoginInput, @C() ctx: Ctx): Promise<LoginSuccess | LoginFailure> {
    const outcome = await ctx.auth.login(ctx.em, input.login, input.password, ctx.now);
    if (!outcome.ok) {
      const lockedUntil = outcome.reason === 'locked' ? outcome.lockedUntil : null;
      const failure = FAILURES[outcome.reason];
      const message = translate(failure.key, { until: lockedUntil ? shanghai(lockedUntil) : '' })[ctx.locale];
      return Object.assign(new LoginFailure(), { code: failure.code, message, lockedUntil });
    }
    const { user, token, expiresAt } = outcome;
    const principal: Principal = { kind: 'user', userId: user.id, companyId: user.companyId, assignments: user.roles };
    const scope = requestScope.current();
    if (scope) scope.actor = { kind: 'user', id: user.id, name: user.name, companyId: user.companyId };
    // From here on this request acts as the user, so the viewer's nested fields resolve in their scope.
    scopeEntityManager(ctx.em, principal);
    Object.assign(ctx, { principal, user, companyId: user.companyId, loaders: createLoaders(ctx.em, user.companyId) });
    const viewer = await describeViewer(ctx.em, principal, user, null);
    return Object.assign(new LoginSuccess(), { token, expiresAt, viewer });
  }
}
