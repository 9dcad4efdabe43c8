import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../src/access/rate-limiter.js';
import { startServer, type RunningServer } from '../src/server.js';
import { PASSWORD } from './fixture.js';
import { createTestApp, testConfig, type TestApp } from './harness.js';

describe('token bucket', () => {
  it('allows a burst of the per-minute limit, then one request per 60/limit seconds', () => {
    const limiter = new RateLimiter(6);
    const t0 = 1_000_000;
    for (let i = 0; i < 6; i++) expect(limiter.take('a', t0)).toEqual({ ok: true });
    expect(limiter.take('a', t0)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take('b', t0)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 9_000)).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', t0 + 10_000)).toEqual({ ok: true });
    expect(limiter.take('a', t0 + 10_000)).toMatchObject({ ok: false });
  });

  it('charges several attempts in one request at once, and is off at 0', () => {
    const limiter = new RateLimiter(3);
    expect(limiter.take('ip', 0, 2)).toEqual({ ok: true });
    expect(limiter.take('ip', 0, 2)).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect(new RateLimiter(0).take('x', 0, 1000)).toEqual({ ok: true });
  });

  it('forgets idle callers, and the least recently seen under a flood, so memory stays bounded', () => {
    const limiter = new RateLimiter(60, 100);
    for (let i = 0; i < 100; i++) limiter.take(`k${i}`, 0);
    expect(limiter.size).toBe(100);
    limiter.take('late', 120_000);
    expect(limiter.size).toBe(1);
    for (let i = 0; i < 1000; i++) limiter.take(`flood${i}`, 130_000);
    expect(limiter.size).toBeLessThanOrEqual(101);
    expect(limiter.take('flood999', 130_000)).toEqual({ ok: true });
  });
});

describe('rate limits over HTTP', () => {
  let app: TestApp;
  let server: RunningServer;
  beforeAll(async () => {
    app = await createTestApp();
    const config = testConfig(app, { RATE_LIMIT_PER_USER: '5', RATE_LIMIT_PER_API_KEY: '3', RATE_LIMIT_LOGIN_PER_IP: '3' });
    server = await startServer({ orm: app.orm, config, log: pino({ level: 'silent' }) });
  });
  afterAll(async () => {
    await server?.stop();
    await app?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const ME = { query: '{ me { permissions } }' };

  async function expectLimited(res: Response) {
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    const body = await res.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', messages: { zh: expect.stringContaining(`${retryAfter} 秒后重试`) } });
    expect(body.data).toBeUndefined();
    return retryAfter;
  }

  it('limits each staff member separately, answering 429 with Retry-After', async () => {
    const gm = { authorization: `Bearer ${await app.tokenFor('gm')}` };
    for (let i = 0; i < 5; i++) expect((await post(ME, gm)).status).toBe(200);
    expect(await expectLimited(await post(ME, gm))).toBe(12);
    // A new token does not reset the count: the limit follows the person.
    expect((await post(ME, { authorization: `Bearer ${await app.tokenFor('gm', new Date(Date.now() - 1000))}` })).status).toBe(429);
    expect((await post(ME, { authorization: `Bearer ${await app.tokenFor('pm')}` })).status).toBe(200);
  });

  it('limits each partner key separately', async () => {
    const key = { authorization: `Bearer ${app.fx.partnerKey.token}` };
    for (let i = 0; i < 3; i++) expect((await post(ME, key)).status).toBe(200);
    await expectLimited(await post(ME, key));
  });

  it('limits login attempts per IP address, counting every login in a request, even with the right password', async () => {
    const login = (password: string) => `login(input: { login: "worker@a.test", password: "${password}" }) { __typename }`;
    const from = (ip: string) => ({ 'x-forwarded-for': ip });
    const two = await post({ query: `mutation { a: ${login('wrong-1')} b: ${login('wrong-2')} }` }, from('10.0.0.1'));
    expect(two.status).toBe(200);
    expect((await post({ query: `mutation { ${login('wrong-3')} }` }, from('10.0.0.1'))).status).toBe(200);
    await expectLimited(await post({ query: `mutation { ${login(PASSWORD)} }` }, from('10.0.0.1')));
    const elsewhere = await post({ query: `mutation { ${login(PASSWORD)} }` }, from('10.0.0.2'));
    expect((await elsewhere.json()).data.login.__typename).toBe('LoginSuccess');
  });
});
