import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_QUERY_TOKENS, startServer, type RunningServer } from '../src/server.js';
import { createTestApp, testConfig, type TestApp } from './harness.js';
import { PASSWORD } from './fixture.js';

let app: TestApp;
let server: RunningServer;
let base: string;

beforeAll(async () => {
  app = await createTestApp();
  const consoleDir = mkdtempSync(join(tmpdir(), 'wuye-console-'));
  writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
  mkdirSync(join(consoleDir, 'assets'));
  writeFileSync(join(consoleDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  const config = testConfig(app, { GRAPHQL_INTROSPECTION: 'false', CONSOLE_DIR: consoleDir, BODY_LIMIT: '16kb', DB_POOL_MAX: '5' });
  server = await startServer({ orm: app.orm, config, log: pino({ level: 'silent' }) });
  base = server.url;
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP surface', () => {
  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('logs in and answers `me` over HTTP, with the message language from Accept-Language', async () => {
    const login = await post({ query: `mutation { login(input: { login: "gm@a.test", password: "${PASSWORD}" }) { ... on LoginSuccess { token } } }` });
    const { token } = (await login.json()).data.login;
    const me = await post({ query: '{ me { user { name } } }' }, { authorization: `Bearer ${token}` });
    expect((await me.json()).data.me.user.name).toBe('gm');
    const anon = await post({ query: '{ me { user { name } } }' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect((await anon.json()).errors[0]).toMatchObject({ message: 'Please sign in', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('refuses batched requests, oversized bodies and cross-site simple requests', async () => {
    const batch = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(batch.status).toBe(400);
    const big = await post({ query: `{ __typename } # ${'x'.repeat(20_000)}` });
    expect(big.status).toBe(413);
    expect((await big.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const csrf = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
  });

  it('limits depth and aliases, and keeps introspection off when configured', async () => {
    const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: projects { totalCount }`).join(' ');
    const many = await (await post({ query: `{ ${aliases} }` })).json();
    expect(many.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(many.errors[0].message).toMatch(/aliases/i);
    const nested = 'residents { unit { '.repeat(6) + 'id' + ' } }'.repeat(6);
    const deep = await (await post({ query: `{ units { items { ${nested} } } }` })).json();
    expect(deep.errors[0].message).toMatch(/depth/i);
    const intro = await (await post({ query: '{ __schema { types { name } } }' })).json();
    expect(intro.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation over the token limit with 400, not a server error', async () => {
    const long = await post({ query: `{ ${'x '.repeat(MAX_QUERY_TOKENS)} }` });
    expect(long.status).toBe(400);
    const body = await long.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(body.errors[0].message).toMatch(/more that 3000 tokens/);
    const fine = await post({ query: `{ ${'__typename '.repeat(100)} }` });
    expect(fine.status).toBe(200);
  });

  it('estimates cost per request with the page sizes in variables, so a cached query cannot grow', async () => {
    const token = await app.tokenFor('gm');
    // Depth 7 and no aliases: allowed by every static rule; its cost is in its page sizes.
    const query = `query($take: Int!) { units(take: $take) { items { residents { unit { residents { unit { residents { id name } } } } } } } }`;
    const small = await post({ query, variables: { take: 1 } }, { authorization: `Bearer ${token}` });
    expect(small.status).toBe(200);
    expect((await small.json()).errors).toBeUndefined();
    const big = await post({ query, variables: { take: 100 } }, { authorization: `Bearer ${token}`, 'accept-language': 'en' });
    expect(big.status).toBe(400);
    const error = (await big.json()).errors[0];
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(error.message).toMatch(/^Query too costly \(estimated \d+, limit 100000\)/);
    expect(error.extensions.messages.zh).toContain('查询过于复杂');
  });

  it('hides field suggestions when introspection is off', async () => {
    const typo = await (await post({ query: '{ projectz { totalCount } }' })).json();
    expect(typo.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(typo.errors[0].message).not.toContain('projects');
  });

  it('lets browsers keep the hashed assets and ask again for the page', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await fetch(`${base}/serviceOrders`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the console with security headers, including for its client-side routes', async () => {
    for (const path of ['/', '/projects/123/show']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<title>console</title>');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });
});
