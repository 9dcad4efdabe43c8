import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './harness.js';
import { PASSWORD } from './fixture.js';
import { StaffUser } from '../src/modules/staff/staff-user.entity.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const LOGIN = `mutation($login: String!, $password: String!) {
  login(input: { login: $login, password: $password }) {
    __typename
    ... on LoginSuccess { token expiresAt viewer { user { id name } roles { role projectId } permissions projects { code } company { code } } }
    ... on LoginFailure { code message lockedUntil }
  }
}`;
const ME = `{ me { user { name } apiKey { name } company { code } permissions projects { code } roles { role department } } }`;

describe('login', () => {
  it('returns a token and the viewer for the right password, by email in any case', async () => {
    const res = await app.gql(LOGIN, { login: ' PM@A.test ', password: PASSWORD }, { as: 'anonymous' });
    expect(res.errors).toBeUndefined();
    const login = res.data!.login;
    expect(login.__typename).toBe('LoginSuccess');
    expect(login.viewer.user.name).toBe('pm');
    expect(login.viewer.projects).toEqual([{ code: 'P1' }]);
    const roles = await app.gql(`mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { ... on LoginSuccess { viewer { roles { role project { code } } } } } }`, { l: 'pm@a.test', p: PASSWORD }, { as: 'anonymous' });
    expect(roles.data!.login.viewer.roles).toEqual([{ role: 'PROJECT_MANAGER', project: { code: 'P1' } }]);
    expect(login.viewer.permissions).toContain('unit.manage');
    expect(login.viewer.permissions).not.toContain('apiKey.manage');
    const me = await app.gql(ME, {}, { as: { token: login.token } });
    expect(me.data!.me.user.name).toBe('pm');
  });

  it('answers a wrong password with a typed failure in the caller’s language', async () => {
    const zh = await app.gql(LOGIN, { login: 'worker@a.test', password: 'nope-nope' }, { as: 'anonymous' });
    expect(zh.data!.login).toMatchObject({ __typename: 'LoginFailure', code: 'INVALID_CREDENTIALS', message: '账号或密码错误' });
    const en = await app.gql(LOGIN, { login: 'nobody@a.test', password: 'nope-nope' }, { as: 'anonymous', locale: 'en' });
    expect(en.data!.login).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Wrong login or password' });
  });

  it('locks the account for 15 minutes after five failures, even for the right password', async () => {
    const t0 = new Date('2026-03-02T01:00:00Z');
    for (let i = 0; i < 4; i++) {
      const r = await app.gql(LOGIN, { login: 'finance@a.test', password: 'wrong-pass' }, { as: 'anonymous', now: t0 });
      expect(r.data!.login.code).toBe('INVALID_CREDENTIALS');
    }
    const fifth = await app.gql(LOGIN, { login: 'finance@a.test', password: 'wrong-pass' }, { as: 'anonymous', now: t0 });
    expect(fifth.data!.login.code).toBe('ACCOUNT_LOCKED');
    expect(new Date(fifth.data!.login.lockedUntil).getTime()).toBe(t0.getTime() + 15 * 60_000);

    const during = new Date(t0.getTime() + 14 * 60_000);
    const right = await app.gql(LOGIN, { login: 'finance@a.test', password: PASSWORD }, { as: 'anonymous', now: during });
    expect(right.data!.login.code).toBe('ACCOUNT_LOCKED');

    const after = new Date(t0.getTime() + 16 * 60_000);
    const ok = await app.gql(LOGIN, { login: 'finance@a.test', password: PASSWORD }, { as: 'anonymous', now: after });
    expect(ok.data!.login.__typename).toBe('LoginSuccess');
  });

  it('refuses a disabled account', async () => {
    await app.orm.em.fork().nativeUpdate(StaffUser, { id: app.fx.users.engineering.id }, { active: false }, { filters: false });
    const r = await app.gql(LOGIN, { login: 'engineering@a.test', password: PASSWORD }, { as: 'anonymous' });
    expect(r.data!.login.code).toBe('ACCOUNT_DISABLED');
    const me = await app.gql(ME, {}, { as: 'engineering' });
    expect(codeOf(me)).toBe('UNAUTHENTICATED');
    await app.orm.em.fork().nativeUpdate(StaffUser, { id: app.fx.users.engineering.id }, { active: true }, { filters: false });
  });
});

describe('tokens', () => {
  it('rejects an expired token with a message that says so', async () => {
    const old = await app.tokenFor('gm', new Date(Date.now() - 2 * 3600_000));
    const r = await app.gql(ME, {}, { as: { token: old }, locale: 'en' });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/expired/);
  });

  it('refuses a token once it expires, even one verified a moment before (verified tokens are remembered)', async () => {
    const issued = new Date();
    const token = await app.tokenFor('gm', issued);
    expect(codeOf(await app.gql(ME, {}, { as: { token }, now: issued }))).toBeNull();
    const later = new Date(issued.getTime() + 3600_000 + 1000);
    const r = await app.gql(ME, {}, { as: { token }, locale: 'en', now: later });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toMatch(/expired/);
  });

  it('rejects a forged token', async () => {
    const good = await app.tokenFor('gm');
    const forged = good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(codeOf(await app.gql(ME, {}, { as: { token: forged } }))).toBe('UNAUTHENTICATED');
  });

  it('asks anonymous callers to sign in', async () => {
    const r = await app.gql(ME, {}, { as: 'anonymous' });
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors![0]!.message).toBe('请先登录');
  });
});

describe('partner API keys', () => {
  it('authenticates a key, shows its scopes’ projects only, and stops working the moment it is revoked', async () => {
    const created = await app.gql(
      `mutation($p: ID) { createApiKey(input: { name: "app", scopes: [CATALOG_READ], projectId: $p }) { secret apiKey { id prefix scopes } } }`,
      { p: app.fx.p2.id },
    );
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(new RegExp(`^wyk_${apiKey.prefix}_`));
    expect(apiKey.scopes).toEqual(['CATALOG_READ']);

    const me = await app.gql(ME, {}, { as: { token: secret } });
    expect(me.data!.me).toMatchObject({ user: null, apiKey: { name: 'app' }, projects: [{ code: 'P2' }], permissions: ['project.read', 'webhook.manage', 'catalog.read'] });

    const list = await app.gql(`{ apiKeys { items { id prefix } } }`);
    expect(JSON.stringify(list.data)).not.toContain(secret.slice(`wyk_${apiKey.prefix}_`.length));

    await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id });
    expect(codeOf(await app.gql(ME, {}, { as: { token: secret } }))).toBe('UNAUTHENTICATED');
  });

  const CREATE = `mutation { createApiKey(input: { name: "rotating", scopes: [ORDERS_READ] }) { secret apiKey { id } } }`;
  const ROTATE = `mutation($id: ID!, $h: Int) { rotateApiKey(input: { id: $id, graceHours: $h }) { secret apiKey { id name scopes prefix } } }`;
  const KEY = `query { apiKeys(take: 100) { items { id expiresAt replacedById revokedAt } } }`;
  const keyRow = async (id: string) => (await app.gql(KEY)).data!.apiKeys.items.find((k: { id: string }) => k.id === id);

  it('rotates a key: the new one works at once, the old one until the grace period ends, then never again', async () => {
    const t0 = new Date();
    const { secret: oldSecret, apiKey: old } = (await app.gql(CREATE)).data!.createApiKey;
    const rotated = await app.gql(ROTATE, { id: old.id, h: 2 }, { now: t0 });
    expect(rotated.errors).toBeUndefined();
    const { secret: newSecret, apiKey: fresh } = rotated.data!.rotateApiKey;
    expect(fresh).toMatchObject({ name: 'rotating', scopes: ['ORDERS_READ'] });
    expect(newSecret).not.toBe(oldSecret);
    expect(await keyRow(old.id)).toMatchObject({ replacedById: fresh.id, expiresAt: new Date(t0.getTime() + 2 * 3_600_000).toISOString(), revokedAt: null });

    const inGrace = new Date(t0.getTime() + 2 * 3_600_000 - 1000);
    expect((await app.gql(ME, {}, { as: { token: oldSecret }, now: inGrace })).data!.me.apiKey.name).toBe('rotating');
    expect((await app.gql(ME, {}, { as: { token: newSecret }, now: inGrace })).data!.me.apiKey.name).toBe('rotating');
    const after = new Date(t0.getTime() + 2 * 3_600_000);
    expect(codeOf(await app.gql(ME, {}, { as: { token: oldSecret }, now: after }))).toBe('UNAUTHENTICATED');
    expect((await app.gql(ME, {}, { as: { token: newSecret }, now: after })).data!.me.apiKey.name).toBe('rotating');

    // A key is rotated once; the next rotation starts from its replacement.
    expect(codeOf(await app.gql(ROTATE, { id: old.id }))).toBe('INVALID_STATE');
  });

  it('revokes at once, and revoking a new key also stops the old one still in its grace period', async () => {
    const { secret: oldSecret, apiKey: old } = (await app.gql(CREATE)).data!.createApiKey;
    const { secret: newSecret, apiKey: fresh } = (await app.gql(ROTATE, { id: old.id, h: 24 })).data!.rotateApiKey;
    expect((await app.gql(ME, {}, { as: { token: oldSecret } })).errors).toBeUndefined();
    expect((await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: fresh.id })).errors).toBeUndefined();
    expect(codeOf(await app.gql(ME, {}, { as: { token: newSecret } }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await app.gql(ME, {}, { as: { token: oldSecret } }))).toBe('UNAUTHENTICATED');
    expect((await keyRow(old.id)).revokedAt).not.toBeNull();
    expect(codeOf(await app.gql(ROTATE, { id: fresh.id }))).toBe('INVALID_STATE');
  });

  it('lets one of two simultaneous rotations of a key win, and only the general manager rotate', async () => {
    const { apiKey: old } = (await app.gql(CREATE)).data!.createApiKey;
    expect(codeOf(await app.gql(ROTATE, { id: old.id }, { as: 'pm' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(ROTATE, { id: old.id, h: 169 }))).toBe('VALIDATION_FAILED');
    const countKeys = async () => (await app.gql(`{ apiKeys(take: 100) { totalCount } }`)).data!.apiKeys.totalCount as number;
    const before = await countKeys();
    const both = await Promise.all([app.gql(ROTATE, { id: old.id }), app.gql(ROTATE, { id: old.id })]);
    // The loser either raced the winner (CONFLICT on the version) or came after it (already rotated).
    const codes = both.map(codeOf);
    expect(codes.filter((c) => c === null)).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_STATE']).toContain(codes.find((c) => c !== null));
    const keys = (await app.gql(KEY)).data!.apiKeys.items as Array<{ id: string; replacedById: string | null }>;
    expect(keys.filter((k) => k.id === old.id)[0]!.replacedById).toBe(both.find((r) => !r.errors)!.data!.rotateApiKey.apiKey.id);
    // Only the winner's new key exists.
    expect(await countKeys()).toBe(before + 1);
  });

  it('rejects a key with a wrong secret', async () => {
    const wrong = app.fx.partnerKey.token.slice(0, -3) + 'xyz';
    expect(codeOf(await app.gql(ME, {}, { as: { token: wrong } }))).toBe('UNAUTHENTICATED');
  });
});
