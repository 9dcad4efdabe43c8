import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { codeOf, createTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const entriesFor = (entityId: string) =>
  app.orm.em.fork().find(AuditEntry, { entityId }, { filters: false, orderBy: { at: 'asc', id: 'asc' } });

describe('audit log', () => {
  it('records who changed what, before and after, for a business mutation', async () => {
    const { p1, users } = app.fx;
    const v = (await app.gql(`query($id: ID!) { project(id: $id) { version } }`, { id: p1.id })).data!.project.version;
    const r = await app.gql(
      `mutation($id: ID!, $v: Int!) { updateProject(input: { id: $id, version: $v, address: "深圳市南山区 1 号", households: 321 }) { version } }`,
      { id: p1.id, v },
    );
    expect(r.errors).toBeUndefined();
    const [entry] = (await entriesFor(p1.id)).filter((e) => e.action === 'updateProject');
    expect(entry).toMatchObject({
      companyId: p1.companyId,
      projectId: p1.id,
      actorKind: 'user',
      actorId: users.gm.id,
      actorName: 'gm',
      change: 'update',
      entityType: 'Project',
      before: { address: null, households: 100 },
      after: { address: '深圳市南山区 1 号', households: 321 },
    });
  });

  it('records creations with the new values and never copies secrets', async () => {
    const r = await app.gql(
      `mutation($p: ID!) { createStaffUser(input: { name: "审计员", email: "audit@a.test", password: "Sup3rSecret!", roles: [{ role: FRONT_DESK, projectId: $p }] }) { id } }`,
      { p: app.fx.p1.id },
    );
    const [entry] = await entriesFor(r.data!.createStaffUser.id);
    expect(entry).toMatchObject({ change: 'create', action: 'createStaffUser', entityType: 'StaffUser', before: null });
    expect(entry!.after).toMatchObject({ name: '审计员', email: 'audit@a.test', passwordHash: '[redacted]' });
    expect(JSON.stringify(entry)).not.toContain('Sup3rSecret!');
    expect(JSON.stringify(entry)).not.toContain('$argon2');
  });

  it('writes nothing when the mutation is rejected', async () => {
    const before = await app.orm.em.fork().count(AuditEntry, {}, { filters: false });
    const stale = await app.gql(`mutation($id: ID!) { updateUnit(input: { id: $id, version: 999, floor: 3 }) { id } }`, { id: app.fx.unitsP1[5]!.id });
    expect(codeOf(stale)).toBe('CONFLICT');
    const denied = await app.gql(`mutation($id: ID!) { updateUnit(input: { id: $id, version: 1, floor: 3 }) { id } }`, { id: app.fx.unitsP1[5]!.id }, { as: 'worker' });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(await app.orm.em.fork().count(AuditEntry, {}, { filters: false })).toBe(before);
  });

  it('is readable, newest first, and filtered to the reader’s projects', async () => {
    const gm = await app.gql(`{ auditEntries(take: 5) { totalCount items { at action entityType actorName before after } } }`);
    const items = gm.data!.auditEntries.items;
    expect(items.length).toBeGreaterThan(0);
    const times = items.map((i: { at: string }) => new Date(i.at).getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const pm2 = await app.gql(`{ auditEntries(take: 100) { items { projectId } } }`, {}, { as: 'pm2' });
    expect(pm2.data!.auditEntries.items.every((i: { projectId: string }) => i.projectId === app.fx.p2.id)).toBe(true);
  });

  it('has no mutation that writes to it', async () => {
    const r = await app.gql(`mutation { createAuditEntry { id } }`);
    expect(codeOf(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
