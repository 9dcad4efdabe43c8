import { MikroORM } from '@mikro-orm/postgresql';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../src/db/orm-config.js';
import { startServer, type RunningServer } from '../src/server.js';
import { codeOf, createTestApp, testConfig, type GqlResult, type TestApp } from './harness.js';

/** A small pool with short timeouts, so exhaustion and timeouts happen within a test. */
const LIMITS = { poolMax: 3, acquireTimeoutMs: 1_000, statementTimeoutMs: 3_000, idleInTransactionTimeoutMs: 1_500 };

let app: TestApp;
let other: MikroORM;
let server: RunningServer;
let token: string;
beforeAll(async () => {
  app = await createTestApp({ db: LIMITS });
  server = await startServer({ orm: app.orm, config: testConfig(app), log: pino({ level: 'silent' }) });
  token = await app.tokenFor('gm');
  // Someone else's connection (a migration, a long report) holding a lock.
  other = await MikroORM.init(ormConfig({ clientUrl: app.databaseUrl }));
});
afterAll(async () => {
  await server?.stop();
  await other?.close(true);
  await app?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UNITS = `{ units(take: 1) { totalCount } }`;

/** Over HTTP, as a client sees it: the status, Retry-After, and the GraphQL body. */
async function units(): Promise<GqlResult & { status: number; retryAfter: string | null }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': 'en' },
    body: JSON.stringify({ query: UNITS }),
  });
  return { ...(await res.json()), status: res.status, retryAfter: res.headers.get('retry-after') };
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
}

describe('database pool', () => {
  it('sets statement_timeout and idle_in_transaction_session_timeout on every connection', async () => {
    const rows = await app.orm.em.fork().getConnection().execute(`select current_setting('statement_timeout') as s, current_setting('idle_in_transaction_session_timeout') as i`);
    expect(rows[0]).toEqual({ s: '3s', i: '1500ms' });
  });

  it('when long statements hold every connection, other requests fail fast at the acquire timeout, then all recover', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const locked = new Promise<void>((ready) => {
      void other.em.fork().transactional(async (em) => {
        await em.execute('lock table unit in access exclusive mode');
        ready();
        await held;
      });
    });
    await locked;

    // Three requests take the three connections and wait on the lock…
    const blocked = Array.from({ length: LIMITS.poolMax }, () => timed(units));
    await sleep(300);
    // …so these find no free connection: each fails at the acquire timeout, not after the lock.
    const starved = await Promise.all(Array.from({ length: 5 }, () => timed(units)));
    for (const s of starved) {
      expect(codeOf(s.value)).toBe('SERVICE_UNAVAILABLE');
      expect(s.value.status).toBe(503);
      expect(s.value.retryAfter).toBe('5');
      expect(s.value.errors![0]!.message).toBe('Service temporarily unavailable; please try again shortly');
      expect(s.ms).toBeGreaterThanOrEqual(LIMITS.acquireTimeoutMs - 50);
      expect(s.ms).toBeLessThan(LIMITS.acquireTimeoutMs + 1_500);
    }
    // The blocked ones end at statement_timeout, not whenever the lock goes.
    for (const b of await Promise.all(blocked)) {
      expect(codeOf(b.value)).toBe('SERVICE_UNAVAILABLE');
      expect(b.ms).toBeLessThan(LIMITS.statementTimeoutMs + 1_500);
    }
    release();
    await sleep(100);
    const after = await units();
    expect(after.status).toBe(200);
    expect(after.errors).toBeUndefined();
  }, 20_000);

  it('a transaction left open is ended by the server, and the pool carries on', async () => {
    const error = await app.orm.em
      .fork()
      .transactional(async (em) => {
        await em.execute('select 1');
        await sleep(LIMITS.idleInTransactionTimeoutMs + 1_000);
        await em.execute('select 1');
      })
      .catch((e: unknown) => e);
    expect(String((error as Error).message)).toMatch(/idle-in-transaction timeout|Connection terminated|terminating connection|Client has encountered a connection error/i);
    // The server ended the session; the pool drops that connection and the next request gets a new one.
    const after = await units();
    expect(after.status).toBe(200);
    expect(after.errors).toBeUndefined();
  }, 20_000);
});
