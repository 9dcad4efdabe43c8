import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import type { DbLimits } from '../config.js';
import { AuditSubscriber } from '../modules/audit/audit.subscriber.js';
import { requestScope } from '../request-scope.js';
import { ENTITIES } from './entities.js';
import { MIGRATIONS } from './migrations/index.js';

export const DEFAULT_DB_LIMITS: DbLimits = {
  poolMax: 10,
  acquireTimeoutMs: 5_000,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 30_000,
};

const here = dirname(fileURLToPath(import.meta.url));
/** Migrations are written as TypeScript into the source tree (and committed). */
export const MIGRATIONS_SOURCE_DIR = join(here, '../../src/db/migrations');

/** `writeSnapshot` only when creating a migration: running them must not touch the source tree. */
export function ormConfig(opts: {
  clientUrl: string;
  limits?: Partial<DbLimits>;
  log?: Logger;
  debug?: boolean;
  writeSnapshot?: boolean;
}): Options {
  const limits = { ...DEFAULT_DB_LIMITS, ...opts.limits };
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: opts.clientUrl,
    entities: ENTITIES,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true },
    extensions: [Migrator],
    subscribers: [new AuditSubscriber()],
    forceUtcTimezone: true,
    // Read paths never flush implicitly; services flush once in their transaction.
    flushMode: 'commit',
    // Filters are applied to each entity's own rows (company, project). MikroORM 6 would also
    // join every M:1 target with filters to null out hidden references (seven joins for one
    // order); a row here only refers to rows of its own company and project, so the joins
    // cannot hide anything and only cost time.
    autoJoinRefsForFilters: false,
    allowGlobalContext: false,
    debug: opts.debug ?? false,
    // Counts every statement of a request into its scope: the request log's `sql` figure.
    onQuery: (sql) => {
      const scope = requestScope.current();
      if (scope?.sqlStatements !== undefined) scope.sqlStatements++;
      return sql;
    },
    logger: (message) => opts.log?.debug({ orm: message }, 'orm'),
    pool: {
      min: 0,
      max: limits.poolMax,
      // Fail fast instead of queueing forever when the pool is exhausted or the database is gone.
      acquireTimeoutMillis: limits.acquireTimeoutMs,
      createTimeoutMillis: Math.min(3_000, limits.acquireTimeoutMs),
      idleTimeoutMillis: 30_000,
    },
    driverOptions: {
      connection: {
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
        connectionTimeoutMillis: Math.min(3_000, limits.acquireTimeoutMs),
      },
    },
    // graphile-worker owns its schema and migrates it itself.
    schemaGenerator: { ignoreSchema: ['graphile_worker'] },
    migrations: {
      migrationsList: MIGRATIONS,
      path: MIGRATIONS_SOURCE_DIR,
      emit: 'ts',
      snapshot: opts.writeSnapshot ?? false,
      snapshotName: '.snapshot-wuye',
      transactional: true,
      allOrNothing: true,
      disableForeignKeys: false,
    },
  });
}
