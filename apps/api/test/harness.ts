import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import type { ApolloServer } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { loadConfig, type Config, type DbLimits } from '../src/config.js';
import { createContext, type Ctx } from '../src/context.js';
import { ormConfig } from '../src/db/orm-config.js';
import { hashPassword } from '../src/modules/auth/password.js';
import { AuthService } from '../src/modules/auth/auth.service.js';
import { TokenService } from '../src/modules/auth/tokens.js';
import { requestScope, systemScope, type Locale } from '../src/request-scope.js';
import { createApollo } from '../src/server.js';
import { runDueJobs } from '../src/jobs/worker.js';
import { buildFixture, type Fixture, type RoleUser } from './fixture.js';
import { withDatabase } from './global-setup.js';

export const TOKEN_SECRET = 'test-secret-test-secret-test-secret-0123';
let passwordHash: Promise<string> | undefined;

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: readonly (string | number)[]; extensions?: Record<string, any> }>;
}

export type As = RoleUser | 'gmB' | 'partner' | 'anonymous' | { token: string };

export interface TestApp {
  orm: MikroORM;
  fx: Fixture;
  tokens: TokenService;
  auth: AuthService;
  apollo: ApolloServer<Ctx>;
  databaseUrl: string;
  /** Execute an operation as a fixture principal, through the same context and error formatting as HTTP. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: { as?: As; locale?: Locale; now?: Date },
  ): Promise<GqlResult<T>>;
  tokenFor(user: RoleUser | 'gmB', now?: Date): Promise<string>;
  /** Runs the background jobs that are due now, as the worker would. */
  runJobs(): Promise<void>;
  /** SQL statements issued while fn runs. */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; count: number; sql: string[] }>;
  close(): Promise<void>;
}

/** A fresh database cloned from the migrated template, seeded with the fixture. */
export async function createTestApp(opts: { log?: Logger; db?: Partial<DbLimits> } = {}): Promise<TestApp> {
  const adminUrl = inject('adminUrl');
  const dbName = `wuye_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = await MikroORM.init(ormConfig({ clientUrl: adminUrl }));
  await admin.em.getConnection().execute(`create database "${dbName}" template "${inject('templateDb')}"`);
  await admin.close(true);

  const databaseUrl = withDatabase(adminUrl, dbName);
  const sql: string[] = [];
  let recording = false;
  const orm = await MikroORM.init({
    ...ormConfig({ clientUrl: databaseUrl, limits: opts.db }),
    debug: ['query'],
    logger: (message: string) => {
      if (recording) sql.push(message);
      opts.log?.debug({ orm: message }, 'orm');
    },
  });
  passwordHash ??= hashPassword('Test@12345');
  const hash = await passwordHash;
  const fx = await requestScope.run(systemScope('fixture'), () =>
    orm.em.fork().transactional(async (em) => buildFixture(em, hash)),
  );
  const log = opts.log ?? pino({ level: process.env.LOG_LEVEL ?? 'silent' });
  const tokens = new TokenService(TOKEN_SECRET, 3600);
  const auth = new AuthService(tokens);
  const apollo = await createApollo({ introspection: true }, log);
  await apollo.start();

  const tokenFor = async (user: RoleUser | 'gmB', now = new Date()) =>
    (await tokens.sign({ userId: fx.users[user].id, companyId: fx.users[user].companyId }, now)).token;

  const app: TestApp = {
    orm,
    fx,
    tokens,
    auth,
    apollo,
    databaseUrl,
    tokenFor,
    async gql(query, variables, opts = {}) {
      const as = opts.as ?? 'gm';
      const token =
        as === 'anonymous' ? undefined : as === 'partner' ? fx.partnerKey.token : typeof as === 'object' ? as.token : await tokenFor(as);
      const requestId = randomUUID();
      const locale = opts.locale ?? 'zh';
      return requestScope.run({ requestId, locale, actor: null, operation: null }, async () => {
        const contextValue = await createContext(
          { orm, auth, log },
          { authorization: token ? `Bearer ${token}` : undefined, requestId, locale, now: opts.now },
        );
        const response = await apollo.executeOperation({ query, variables }, { contextValue });
        if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
        // As a client sees it on the wire (dates become ISO strings).
        return JSON.parse(JSON.stringify(response.body.singleResult)) as GqlResult<any>;
      });
    },
    runJobs: () => runDueJobs({ orm, connectionString: databaseUrl, log }),
    async countQueries(fn) {
      sql.length = 0;
      recording = true;
      try {
        const result = await fn();
        const statements = sql.filter((line) => /\[query\]/.test(line));
        return { result, count: statements.length, sql: statements };
      } finally {
        recording = false;
      }
    },
    async close() {
      await apollo.stop();
      await orm.close(true);
      const admin = await MikroORM.init(ormConfig({ clientUrl: adminUrl }));
      await admin.em.getConnection().execute(`drop database if exists "${dbName}" with (force)`);
      await admin.close(true);
    },
  };
  return app;
}

/**
 * The API's configuration as `loadConfig` reads it from these environment variables, for a
 * server over the test app's database on a free port (no console unless CONSOLE_DIR is given).
 */
export function testConfig(app: Pick<TestApp, 'databaseUrl'>, env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: app.databaseUrl,
    DATA_DIR: tmpdir(),
    TOKEN_SECRET,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    CONSOLE_DIR: join(tmpdir(), 'wuye-no-console'),
    ...env,
  });
}

/** The error code of the first error, or null when the call succeeded. */
export const codeOf = (result: GqlResult) => (result.errors?.[0]?.extensions?.code as string | undefined) ?? null;
