import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The only place that reads process.env. Documented in the README's configuration table. */
export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** External PostgreSQL; when unset an embedded server is started under dataDir. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  tokenSecret: string;
  tokenTtlSeconds: number;
  logLevel: string;
  introspection: boolean;
  seedDemo: boolean;
  consoleDir: string;
  bodyLimit: string;
  db: DbLimits;
  limits: RequestLimits;
}

/** How long the API waits on PostgreSQL before it gives up and answers SERVICE_UNAVAILABLE. */
export interface DbLimits {
  poolMax: number;
  /** Waiting for a free pooled connection (pool exhausted, or the database is down). */
  acquireTimeoutMs: number;
  /** PostgreSQL's statement_timeout for every pooled connection. */
  statementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout: a transaction left open is ended by the server. */
  idleInTransactionTimeoutMs: number;
}

/** Abuse limits. Rate limits are per API process (see README); 0 turns one off. */
export interface RequestLimits {
  /** Requests per minute of one signed-in staff member. */
  perUserPerMinute: number;
  /** Requests per minute of one partner API key. */
  perApiKeyPerMinute: number;
  /** Login attempts per minute from one IP address. */
  loginPerIpPerMinute: number;
  /** Largest estimated cost of one operation (fields × page sizes, see graphql/query-cost.ts). */
  maxQueryCost: number;
}

export const DEFAULT_MAX_QUERY_COST = 100_000;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

/**
 * Without TOKEN_SECRET a random secret is kept in the data dir, so tokens survive a
 * restart of the same installation but never leak between installations.
 */
function tokenSecret(explicit: string | undefined, dataDir: string): string {
  if (explicit) {
    if (explicit.length < 32) throw new Error('TOKEN_SECRET must be at least 32 characters');
    return explicit;
  }
  const file = join(dataDir, 'token-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = resolve(env.DATA_DIR ?? join(repoRoot, '.data'));
  return {
    env: mode,
    host: env.HOST ?? '0.0.0.0',
    port: int(env.PORT, 4000, 'PORT'),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir,
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    tokenSecret: tokenSecret(env.TOKEN_SECRET, dataDir),
    tokenTtlSeconds: int(env.TOKEN_TTL_SECONDS, 12 * 3600, 'TOKEN_TTL_SECONDS'),
    logLevel: env.LOG_LEVEL ?? 'info',
    introspection: bool(env.GRAPHQL_INTROSPECTION, mode !== 'production'),
    seedDemo: bool(env.SEED_DEMO, true),
    consoleDir: resolve(env.CONSOLE_DIR ?? join(repoRoot, 'apps/admin/dist')),
    bodyLimit: env.BODY_LIMIT ?? '256kb',
    db: {
      poolMax: int(env.DB_POOL_MAX, 10, 'DB_POOL_MAX'),
      acquireTimeoutMs: int(env.DB_ACQUIRE_TIMEOUT_MS, 5_000, 'DB_ACQUIRE_TIMEOUT_MS'),
      statementTimeoutMs: int(env.DB_STATEMENT_TIMEOUT_MS, 15_000, 'DB_STATEMENT_TIMEOUT_MS'),
      idleInTransactionTimeoutMs: int(env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS, 30_000, 'DB_IDLE_IN_TRANSACTION_TIMEOUT_MS'),
    },
    limits: {
      perUserPerMinute: int(env.RATE_LIMIT_PER_USER, 600, 'RATE_LIMIT_PER_USER'),
      perApiKeyPerMinute: int(env.RATE_LIMIT_PER_API_KEY, 600, 'RATE_LIMIT_PER_API_KEY'),
      loginPerIpPerMinute: int(env.RATE_LIMIT_LOGIN_PER_IP, 20, 'RATE_LIMIT_LOGIN_PER_IP'),
      maxQueryCost: int(env.GRAPHQL_MAX_COST, DEFAULT_MAX_QUERY_COST, 'GRAPHQL_MAX_COST'),
    },
  };
}
