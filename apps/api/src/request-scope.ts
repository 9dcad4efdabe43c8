import { AsyncLocalStorage } from 'node:async_hooks';

export type Locale = 'zh' | 'en';

export interface Actor {
  kind: 'user' | 'apiKey' | 'system';
  id: string | null;
  name: string;
  companyId: string | null;
}

/**
 * What the audit log and the error formatter need to know about the current request,
 * without threading it through every call. Filled by the HTTP layer and the context builder.
 */
export interface RequestScope {
  requestId: string;
  locale: Locale;
  actor: Actor | null;
  operation: string | null;
  /** SQL statements the request has sent so far (counted by the ORM's onQuery hook; logged with the request). */
  sqlStatements?: number;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const requestScope = {
  run<T>(scope: RequestScope, fn: () => T): T {
    return storage.run(scope, fn);
  },
  current(): RequestScope | undefined {
    return storage.getStore();
  },
};

/** Work done outside a request (start-up, seeding, jobs) is attributed to the system. */
export function systemScope(operation: string, companyId: string | null = null): RequestScope {
  return {
    requestId: `system:${operation}`,
    locale: 'zh',
    actor: { kind: 'system', id: null, name: 'system', companyId },
    operation,
  };
}

export function localeFrom(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
