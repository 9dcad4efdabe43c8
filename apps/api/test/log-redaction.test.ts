import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFormatError } from '../src/graphql/errors.js';
import { createLogger, scrub } from '../src/logger.js';
import { requestScope } from '../src/request-scope.js';
import { startServer, type RunningServer } from '../src/server.js';
import { PASSWORD } from './fixture.js';
import { createTestApp, testConfig, type TestApp } from './harness.js';

/** Everything the API logs, at its most talkative level (every SQL statement with its values). */
const lines: string[] = [];
const log = createLogger('debug', { write: (line: string) => void lines.push(line) });
let app: TestApp;
let server: RunningServer;

beforeAll(async () => {
  app = await createTestApp({ log });
  server = await startServer({ orm: app.orm, config: testConfig(app, { LOG_LEVEL: 'debug' }), log });
});
afterAll(async () => {
  await server?.stop();
  await app?.close();
});

const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
};

describe('logs', () => {
  it('never hold passwords, password hashes, tokens, key secrets or full phone numbers', async () => {
    const LOGIN = `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { __typename ... on LoginSuccess { token } } }`;
    await post(LOGIN, { l: 'gm@a.test', p: 'Wrong-Password-1' });
    const token = (await post(LOGIN, { l: 'gm@a.test', p: PASSWORD })).data.login.token as string;
    // A login by mobile number puts the number into the lookup's SQL.
    await post(LOGIN, { l: '13612340000', p: PASSWORD });

    const phone = '13612345678';
    const created = await post(
      `mutation($u: ID!, $p: String!) { createResident(input: { unitId: $u, name: "赵六", phone: $p, kind: OWNER }) { id version } }`,
      { u: app.fx.unitsP1[7]!.id, p: phone },
      token,
    );
    expect(created.errors).toBeUndefined();
    await post(
      `mutation($id: ID!, $v: Int!) { updateResident(input: { id: $id, version: $v, phone: "13712345678" }) { id } }`,
      { id: created.data.createResident.id, v: created.data.createResident.version },
      token,
    );
    await post(`{ residents(filter: { search: "${phone}" }) { totalCount } }`, {}, token);
    await post('{ me { permissions } }', {}, app.fx.partnerKey.token);

    // Driver errors quote the failed statement with its values; they are logged as internal errors.
    const driverError = await app.orm.em
      .fork()
      .getConnection()
      .execute('insert into resident (id, phone, name) values (?, ?, ?)', ['0196a3b2-0123-7abc-8def-000000000001', '13712345678', token])
      .catch((e: unknown) => e);
    expect(String((driverError as Error).message)).toContain('13712345678');
    const format = createFormatError(log);
    requestScope.run({ requestId: 'r1', locale: 'zh', actor: null, operation: null }, () => {
      format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, driverError);
      format({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new Error(`failed for ${phone} with Bearer ${token}`));
    });

    const output = lines.join('');
    expect(output.length).toBeGreaterThan(10_000);
    // The values did pass through the logs, only masked.
    expect(output).toContain('136****5678');
    expect(output).toContain('137****5678');
    for (const secret of [PASSWORD, 'Wrong-Password-1', token, token.split('.')[2]!, app.fx.partnerKey.token.slice(-30), phone, '13712345678', '13612340000', '$argon2']) {
      expect(output, secret).not.toContain(secret);
    }
  });
});

describe('scrub', () => {
  it.each([
    ['insert into resident (phone) values (\'13912345678\')', "insert into resident (phone) values ('139****5678')"],
    ['电话13912345678，备用0755-12345678', '电话139****5678，备用0755-****5678'],
    ['authorization: Bearer abc.def.ghi', 'authorization: Bearer [redacted]'],
    ['wyk_0123456789ab_' + 'A'.repeat(43), 'wyk_0123456789ab_[redacted]'],
  ])('%s', (input, expected) => {
    expect(scrub(input)).toBe(expected);
  });

  it('leaves ids, amounts and times alone', () => {
    for (const text of ['0196a3b2-0123-7abc-8def-012345678901', 'P1-2026-000123', '"ms":139123456789', '2026-03-05T01:02:03.000Z', 'amountFen 13800']) {
      expect(scrub(text)).toBe(text);
    }
  });
});
