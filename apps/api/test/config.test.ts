import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const base = { DATA_DIR: tmpdir(), TOKEN_SECRET: 'x'.repeat(32) };

describe('configuration', () => {
  it('turns introspection and field suggestions off in production unless enabled', () => {
    expect(loadConfig({ ...base, NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ ...base, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
    expect(loadConfig({ ...base }).introspection).toBe(true);
  });

  it('has abuse and database limits on by default, each adjustable', () => {
    expect(loadConfig(base)).toMatchObject({
      db: { poolMax: 10, acquireTimeoutMs: 5000, statementTimeoutMs: 15000, idleInTransactionTimeoutMs: 30000 },
      limits: { perUserPerMinute: 600, perApiKeyPerMinute: 600, loginPerIpPerMinute: 20, maxQueryCost: 100000 },
    });
    const custom = loadConfig({ ...base, RATE_LIMIT_PER_USER: '0', RATE_LIMIT_LOGIN_PER_IP: '5', DB_STATEMENT_TIMEOUT_MS: '2000', GRAPHQL_MAX_COST: '1000' });
    expect(custom.limits).toMatchObject({ perUserPerMinute: 0, loginPerIpPerMinute: 5, maxQueryCost: 1000 });
    expect(custom.db.statementTimeoutMs).toBe(2000);
    expect(() => loadConfig({ ...base, RATE_LIMIT_PER_USER: '-1' })).toThrow(/RATE_LIMIT_PER_USER/);
  });
});
