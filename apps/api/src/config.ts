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
  dbPoolMax: number;
}

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
    dbPoolMax: int(env.DB_POOL_MAX, 10, 'DB_POOL_MAX'),
  };
}
