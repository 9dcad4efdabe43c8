import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApp, type TestApp } from './harness.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);

describe('company isolation', () => {
  it('shows a GM of company B nothing of company A', async () => {
    const r = await app.gql(
      `query($p: ID!, $u: ID!, $r: ID!, $s: ID!) {
        projects(take: 100) { items { id } }
        buildings(take: 100) { items { id } }
        units(take: 100) { totalCount items { id } }
        residents(take: 100) { items { id } }
        staffUsers(take: 100) { items { id } }
        apiKeys(take: 100) { items { id } }
        auditEntries(take: 100) { items { id projectId } }
        project(id: $p) { id } unit(id: $u) { id } resident(id: $r) { id } staffUser(id: $s) { id }
        me { projects { id } }
      }`,
      { p: app.fx.p1.id, u: app.fx.unitsP1[0]!.id, r: app.fx.residentP1.id, s: app.fx.users.gm.id },
      { as: 'gmB' },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(ids(d.projects)).toEqual([app.fx.pB.id]);
    expect(d.units.totalCount).toBe(1);
    expect(ids(d.units)).toEqual([app.fx.unitB.id]);
    expect(ids(d.residents)).toEqual([app.fx.residentB.id]);
    expect(ids(d.staffUsers)).toEqual([app.fx.users.gmB.id]);
    expect(d.apiKeys.items).toEqual([]);
    expect(d.auditEntries.items.every((e: { projectId: string | null }) => e.projectId === null || e.projectId === app.fx.pB.id)).toBe(true);
    expect([d.project, d.unit, d.resident, d.staffUser]).toEqual([null, null, null, null]);
    expect(d.me.projects).toEqual([{ id: app.fx.pB.id }]);
  });

  it('lets a GM of company B change nothing of company A', async () => {
    const attempts = [
      [`mutation($id: ID!) { updateProject(input: { id: $id, version: 1, name: "x" }) { id } }`, { id: app.fx.p1.id }],
      [`mutation($id: ID!) { createBuilding(input: { projectId: $id, code: "X", name: "x" }) { id } }`, { id: app.fx.p1.id }],
      [`mutation($id: ID!) { createUnit(input: { buildingId: $id, number: "X" }) { id } }`, { id: app.fx.buildingP1.id }],
      [`mutation($id: ID!) { updateUnit(input: { id: $id, version: 1, floor: 9 }) { id } }`, { id: app.fx.unitsP1[0]!.id }],
      [`mutation($id: ID!) { createResident(input: { unitId: $id, name: "x", phone: "13800000000", kind: OWNER }) { id } }`, { id: app.fx.unitsP1[0]!.id }],
      [`mutation($id: ID!) { updateResident(input: { id: $id, version: 1, name: "x" }) { id } }`, { id: app.fx.residentP1.id }],
      [`mutation($id: ID!) { updateStaffUser(input: { id: $id, version: 1, name: "x" }) { id } }`, { id: app.fx.users.pm.id }],
      [`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: app.fx.partnerKey.entity.id }],
      [`mutation($id: ID!) { createStaffUser(input: { name: "x", email: "x@b.test", password: "Passw0rd!", roles: [{ role: WORKER, projectId: $id }] }) { id } }`, { id: app.fx.p1.id }],
      [`mutation($id: ID!) { createApiKey(input: { name: "x", scopes: [ORDERS_READ], projectId: $id }) { secret } }`, { id: app.fx.p1.id }],
    ] as const;
    const before = await snapshot();
    for (const [query, vars] of attempts) {
      const r = await app.gql(query, vars, { as: 'gmB' });
      expect(codeOf(r), query).toBe('NOT_FOUND');
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('project isolation', () => {
  it('shows a project manager of P1 only P1', async () => {
    const r = await app.gql(
      `query($p2: ID!, $u2: ID!, $r2: ID!) {
        projects { items { id } }
        units(take: 100, filter: { projectId: $p2 }) { totalCount }
        residents(take: 100, filter: { projectId: $p2 }) { totalCount }
        project(id: $p2) { id } unit(id: $u2) { id } resident(id: $r2) { id }
      }`,
      { p2: app.fx.p2.id, u2: app.fx.unitP2.id, r2: app.fx.residentP2.id },
      { as: 'pm' },
    );
    expect(r.errors).toBeUndefined();
    expect(ids(r.data!.projects)).toEqual([app.fx.p1.id]);
    expect(r.data!.units.totalCount).toBe(0);
    expect(r.data!.residents.totalCount).toBe(0);
    expect([r.data!.project, r.data!.unit, r.data!.resident]).toEqual([null, null, null]);
  });

  it('lets a project manager of P1 change nothing in P2', async () => {
    const before = await snapshot();
    const attempts = [
      [`mutation($id: ID!) { createBuilding(input: { projectId: $id, code: "X", name: "x" }) { id } }`, { id: app.fx.p2.id }],
      [`mutation($id: ID!) { createUnit(input: { buildingId: $id, number: "X" }) { id } }`, { id: app.fx.buildingP2.id }],
      [`mutation($id: ID!) { updateUnit(input: { id: $id, version: 1, floor: 9 }) { id } }`, { id: app.fx.unitP2.id }],
      [`mutation($id: ID!) { updateResident(input: { id: $id, version: 1, name: "x" }) { id } }`, { id: app.fx.residentP2.id }],
    ] as const;
    for (const [query, vars] of attempts) expect(codeOf(await app.gql(query, vars, { as: 'pm' })), query).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });

  it('limits a partner key to its project', async () => {
    const r = await app.gql(`query($u: ID!) { projects { items { id } } unit(id: $u) { id } }`, { u: app.fx.unitP2.id }, { as: 'partner' });
    expect(ids(r.data!.projects)).toEqual([app.fx.p1.id]);
    expect(r.data!.unit).toBeNull();
  });

  it('does not let a project-scoped reader see residents through a unit of another project', async () => {
    const r = await app.gql(`query($u: ID!) { unit(id: $u) { id residents { id } } }`, { u: app.fx.unitsP1[0]!.id }, { as: 'pm2' });
    expect(r.data?.unit ?? null).toBeNull();
  });
});

/** Row counts and versions of everything tenant-owned, to prove a rejected call wrote nothing. */
async function snapshot() {
  const rows = await app.orm.em.getConnection().execute(`
    select 'project' t, count(*)::int n, coalesce(sum(version), 0)::int v from project
    union all select 'building', count(*), coalesce(sum(version), 0) from building
    union all select 'unit', count(*), coalesce(sum(version), 0) from unit
    union all select 'resident', count(*), coalesce(sum(version), 0) from resident
    union all select 'staff_user', count(*), coalesce(sum(version), 0) from staff_user
    union all select 'api_key', count(*), coalesce(sum(version), 0) from api_key
    union all select 'audit_entry', count(*), 0 from audit_entry`);
  return rows;
}
