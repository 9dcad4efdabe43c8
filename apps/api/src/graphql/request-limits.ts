import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { RateLimiter } from '../access/rate-limiter.js';
import type { RequestLimits } from '../config.js';
import type { Ctx } from '../context.js';
import { AppError, requestError, UNAVAILABLE_RETRY_AFTER } from './errors.js';
import { queryCost } from './query-cost.js';

const loginFields = (operation: OperationDefinitionNode) =>
  operation.operation === 'mutation'
    ? operation.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && s.name.value === 'login').length
    : 0;

/**
 * Refuses, before anything runs: an operation whose estimated cost (with this request's
 * variables) is over the limit (400), and callers over their rate (429 with Retry-After):
 * per staff member, per partner key, and login attempts per IP address.
 */
export function requestLimitsPlugin(limits: RequestLimits, now: () => number = Date.now): ApolloServerPlugin<Ctx> {
  const perUser = new RateLimiter(limits.perUserPerMinute);
  const perKey = new RateLimiter(limits.perApiKeyPerMinute);
  const loginPerIp = new RateLimiter(limits.loginPerIpPerMinute);

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema, contextValue: ctx }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = queryCost(schema, operation, fragments, request.variables);
          if (limits.maxQueryCost > 0 && cost > limits.maxQueryCost) {
            throw requestError(new AppError('GRAPHQL_VALIDATION_FAILED', 'error.queryTooCostly', { cost, max: limits.maxQueryCost }), 400);
          }

          const t = now();
          const logins = loginFields(operation);
          const decisions = [
            logins > 0 ? loginPerIp.take(`ip:${ctx.ip ?? 'unknown'}`, t, logins) : { ok: true as const },
            ctx.user ? perUser.take(ctx.user.id, t) : ctx.apiKey ? perKey.take(ctx.apiKey.id, t) : { ok: true as const },
          ];
          for (const d of decisions) {
            if (!d.ok) {
              const seconds = d.retryAfterSeconds;
              throw requestError(new AppError('RATE_LIMITED', 'error.rateLimited', { seconds }), 429, [['retry-after', String(seconds)]]);
            }
          }
        },
      };
    },
  };
}

/**
 * A response whose every error is SERVICE_UNAVAILABLE (the database is down or out of
 * connections) goes out as HTTP 503 with Retry-After, so proxies and clients know to retry.
 */
export const unavailableStatusPlugin: ApolloServerPlugin<Ctx> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (errors?.length && errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) {
          response.http.status = 503;
          response.http.headers.set('retry-after', UNAVAILABLE_RETRY_AFTER);
        }
      },
    };
  },
};
