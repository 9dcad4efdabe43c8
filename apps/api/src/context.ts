import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { projectsFor, type Principal } from '@wuye/domain';
import type { Logger } from 'pino';
import { PROJECT_SCOPE_FILTER, TENANT_FILTER } from './db/base.entity.js';
import { unavailableOr } from './graphql/errors.js';
import { createLoaders, type Loaders } from './graphql/loaders.js';
import type { ApiKey } from './modules/api-keys/api-key.entity.js';
import type { AuthService } from './modules/auth/auth.service.js';
import type { StaffUser } from './modules/staff/staff-user.entity.js';
import { requestScope, type Actor, type Locale } from './request-scope.js';
import type { Authentication } from './modules/auth/auth.service.js';

/** Everything a resolver may use. One per request; never the global entity manager. */
export interface Ctx {
  em: EntityManager;
  principal: Principal | null;
  /** Why authentication failed, when a token was sent but rejected. */
  authError: string | null;
  user: StaffUser | null;
  apiKey: ApiKey | null;
  companyId: string | null;
  now: Date;
  locale: Locale;
  requestId: string;
  /** The caller's address (behind a proxy on loopback, the forwarded one): login rate limits. */
  ip: string | null;
  loaders: Loaders;
  log: Logger;
  auth: AuthService;
}

// Anonymous requests still get the tenant filter, pointed at a company that cannot exist.
const NO_COMPANY = '00000000-0000-0000-0000-000000000000';

/** What data-reading services need of a request: reports run the same in a job with a system context. */
export type DataCtx = Pick<Ctx, 'em' | 'now' | 'companyId'>;

/** A context for jobs: the company's rows only, every project. */
export function systemDataCtx(em: EntityManager, companyId: string, now: Date): DataCtx {
  const forked = em.fork({ clear: true });
  forked.setFilterParams(TENANT_FILTER, { companyId });
  forked.setFilterParams(PROJECT_SCOPE_FILTER, { projectIds: null });
  return { em: forked as EntityManager, now, companyId };
}

export interface ContextDeps {
  orm: MikroORM;
  auth: AuthService;
  log: Logger;
}

export interface RequestInfo {
  authorization?: string;
  requestId: string;
  locale: Locale;
  now?: Date;
  ip?: string;
}

/** Points the tenant and project-scope filters at what this principal may see. */
export function scopeEntityManager(em: EntityManager, principal: Principal | null): void {
  em.setFilterParams(TENANT_FILTER, { companyId: principal?.companyId ?? NO_COMPANY });
  const visible = principal ? projectsFor(principal, 'project.read') : [];
  em.setFilterParams(PROJECT_SCOPE_FILTER, { projectIds: visible === 'all' ? null : visible });
}

export async function createContext(deps: ContextDeps, req: RequestInfo): Promise<Ctx> {
  const now = req.now ?? new Date();
  // useContext: inside `ctx.em.transactional(…)` every use of ctx.em (a loader, settingsOf(ctx), …)
  // resolves to the transaction's manager and its connection. Otherwise such a read takes a second
  // pooled connection while the transaction holds the first, and under load ten requests hold all
  // ten connections waiting for an eleventh (test/one-connection.test.ts).
  const em = deps.orm.em.fork({ useContext: true }) as EntityManager;
  const auth = await deps.auth.authenticate(em, req.authorization, now).catch((error: unknown) => {
    throw unavailableOr(error);
  });
  const principal = auth.principal;
  const companyId = principal?.companyId ?? null;

  scopeEntityManager(em, principal);

  const scope = requestScope.current();
  if (scope) scope.actor = actorOf(auth);

  return {
    em,
    principal,
    authError: auth.kind === 'anonymous' ? auth.error : null,
    user: auth.user,
    apiKey: auth.apiKey,
    companyId,
    now,
    locale: req.locale,
    requestId: req.requestId,
    ip: req.ip ?? null,
    loaders: createLoaders(em, companyId ?? NO_COMPANY),
    log: deps.log.child({ requestId: req.requestId }),
    auth: deps.auth,
  };
}

function actorOf(auth: Authentication): Actor | null {
  if (auth.kind === 'anonymous') return null;
  if (auth.kind === 'user') return { kind: 'user', id: auth.user.id, name: auth.user.name, companyId: auth.user.companyId };
  return { kind: 'apiKey', id: auth.apiKey.id, name: `API:${auth.apiKey.name}`, companyId: auth.apiKey.companyId };
}
