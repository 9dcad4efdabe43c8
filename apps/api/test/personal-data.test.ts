import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { ASSIGN, DISPATCH, ok, REGISTER } from './order-kit.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app?.close());

const FULL = '13912345678';
const MASKED = '139****5678';

const residentPhone = async (as: As) => {
  const r = await app.gql(`query($id: ID!, $u: ID!) { resident(id: $id) { phone } unit(id: $u) { residents { id phone } } }`, { id: app.fx.residentP1.id, u: app.fx.residentP1.unitId }, { as });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  // The same rule through a nested path (unit → residents).
  expect(r.data!.unit.residents.find((x: { id: string }) => x.id === app.fx.residentP1.id).phone).toBe(r.data!.resident.phone);
  return r.data!.resident.phone as string;
};

describe('residents’ phone numbers', () => {
  it.each([
    ['gm', FULL],
    ['pm', FULL],
    ['frontDesk', FULL],
    ['housekeeper', FULL],
    ['supervisor', MASKED],
    ['worker', MASKED],
    ['finance', MASKED],
    ['engineering', MASKED],
  ] as const)('on a resident record: %s sees %s', async (as, expected) => {
    expect(await residentPhone(as)).toBe(expected);
  });

  it('on an order: in full for the worker and supervisor it is assigned to, masked for other workers and partner apps', async () => {
    const intake = { unitId: app.fx.unitsP1[0]!.id, residentId: app.fx.residentP1.id, contactName: '张三', contactPhone: FULL, description: '漏水', channel: 'PHONE', serviceType: 'REPAIR', charge: 'FREE', urgency: 'EMERGENCY' };
    let o = ok(await app.gql(REGISTER, { i: intake }, { as: 'frontDesk' })).registerServiceOrder;
    const phoneOf = async (as: As) => ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { contactPhone } }`, { id: o.id }, { as })).serviceOrder.contactPhone;
    expect(await phoneOf('worker')).toBe(MASKED);
    expect(await phoneOf('supervisor')).toBe(MASKED);
    expect(await phoneOf('partner')).toBe(MASKED);
    // A partner app registering an order gets it back masked too.
    const filed = ok(await app.gql(`mutation($i: RegisterServiceOrderInput!) { registerServiceOrder(input: $i) { contactPhone } }`, { i: { ...intake, residentId: null, channel: 'APP' } }, { as: 'partner' }));
    expect(filed.registerServiceOrder.contactPhone).toBe(MASKED);

    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    expect(await phoneOf('supervisor')).toBe(FULL);
    expect(await phoneOf('worker')).toBe(MASKED);
    ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'supervisor' }));
    expect(await phoneOf('worker')).toBe(FULL);
    expect(await phoneOf('finance')).toBe(MASKED);
    const list = ok(await app.gql(`{ serviceOrders(take: 100) { items { id contactPhone } } }`, {}, { as: 'worker' })).serviceOrders.items;
    expect(list.find((x: { id: string }) => x.id === o.id).contactPhone).toBe(FULL);
  });

  it('on a complaint: in full for the responsible department’s supervisor; on its follow-up, for whoever makes the call', async () => {
    const register = (department: string) =>
      app.gql(
        `mutation($p: ID!, $d: Department!) { registerComplaint(input: { projectId: $p, contactName: "张三", contactPhone: "${FULL}", description: "噪音", channel: "phone", category: 1, valid: true, severity: GENERAL, responsibleDepartment: $d }) { id } }`,
        { p: app.fx.p1.id, d: department },
        { as: 'frontDesk' },
      );
    const engineering = ok(await register('ENGINEERING')).registerComplaint.id;
    const security = ok(await register('SECURITY')).registerComplaint.id;
    const phoneOf = async (id: string, as: As) => ok(await app.gql(`query($id: ID!) { complaint(id: $id) { contactPhone } }`, { id }, { as })).complaint.contactPhone;
    expect(await phoneOf(engineering, 'supervisor')).toBe(FULL); // the fixture's supervisor leads engineering
    expect(await phoneOf(security, 'supervisor')).toBe(MASKED);
    expect(await phoneOf(engineering, 'engineering')).toBe(FULL);
    expect(await phoneOf(security, 'engineering')).toBe(MASKED);
    expect(await phoneOf(security, 'quality')).toBe(MASKED);
    expect(await phoneOf(security, 'worker')).toBe(MASKED);

    const planned = ok(
      await app.gql(
        `mutation($p: ID!) { planFollowUp(input: { projectId: $p, subject: SPECIAL_INCIDENT, label: "停水", contactName: "张三", contactPhone: "${FULL}", completedAt: "2026-11-20T02:00:00Z" }) { id } }`,
        { p: app.fx.p1.id },
        { as: 'pm' },
      ),
    );
    expect(planned.planFollowUp.id).toBeTruthy();
    const visits = async (as: As) => ok(await app.gql(`{ followUps(take: 100, state: PLANNED) { items { contactPhone } } }`, {}, { as })).followUps.items.map((f: { contactPhone: string }) => f.contactPhone);
    expect(await visits('supervisor')).toContain(FULL);
    expect(await visits('worker')).not.toContain(FULL);
    expect(await visits('worker')).toContain(MASKED);
  });
});

const REVEAL = `mutation($s: PhoneSubject!, $id: ID!) { revealPhone(input: { subject: $s, id: $id }) { phone subject id } }`;

describe('revealing a number', () => {
  it('shows it in full and records who asked, for which resident, and when — never the number itself', async () => {
    const before = new Date();
    const r = await app.gql(REVEAL, { s: 'RESIDENT', id: app.fx.residentP1.id }, { as: 'finance' });
    expect(r.data!.revealPhone).toEqual({ phone: FULL, subject: 'RESIDENT', id: app.fx.residentP1.id });
    const entries = await app.orm.em.fork().find(AuditEntry, { action: 'revealPhone', entityId: app.fx.residentP1.id }, { filters: false });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actorKind: 'user',
      actorId: app.fx.users.finance.id,
      actorName: 'finance',
      change: 'view',
      entityType: 'Resident',
      projectId: app.fx.p1.id,
      after: { field: 'phone', residentId: app.fx.residentP1.id },
    });
    expect(entries[0]!.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(JSON.stringify(entries[0])).not.toContain(FULL);

    // The project manager finds it in the audit log.
    const log = ok(await app.gql(`query($id: String) { auditEntries(filter: { entityId: $id }) { items { actorName action change entityType after } } }`, { id: app.fx.residentP1.id }, { as: 'pm' }));
    expect(log.auditEntries.items).toContainEqual({ actorName: 'finance', action: 'revealPhone', change: 'view', entityType: 'Resident', after: { field: 'phone', residentId: app.fx.residentP1.id } });
  });

  it('reveals an order’s contact too', async () => {
    const o = ok(await app.gql(`{ serviceOrders(take: 1) { items { id } } }`)).serviceOrders.items[0];
    const r = ok(await app.gql(REVEAL, { s: 'SERVICE_ORDER', id: o.id }, { as: 'worker' }));
    expect(r.revealPhone.phone).toBe(FULL);
    expect(await app.orm.em.fork().count(AuditEntry, { action: 'revealPhone', entityType: 'ServiceOrder', entityId: o.id, actorId: app.fx.users.worker.id }, { filters: false })).toBe(1);
  });

  it('is refused to quality and partner apps, and cannot reach another project or company', async () => {
    expect(codeOf(await app.gql(REVEAL, { s: 'RESIDENT', id: app.fx.residentP1.id }, { as: 'quality' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(REVEAL, { s: 'RESIDENT', id: app.fx.residentP1.id }, { as: 'partner' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(REVEAL, { s: 'RESIDENT', id: app.fx.residentP2.id }, { as: 'finance' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(REVEAL, { s: 'RESIDENT', id: app.fx.residentB.id }, { as: 'gm' }))).toBe('NOT_FOUND');
    expect(await app.orm.em.fork().count(AuditEntry, { action: 'revealPhone', entityId: { $in: [app.fx.residentP2.id, app.fx.residentB.id] } }, { filters: false })).toBe(0);
  });
});

describe('the audit log', () => {
  it('masks residents’ numbers in changes for readers who see them masked elsewhere', async () => {
    const created = ok(await app.gql(`mutation($u: ID!) { createResident(input: { unitId: $u, name: "新住户", phone: "13612345678", kind: OWNER }) { id } }`, { u: app.fx.unitsP1[9]!.id }, { as: 'frontDesk' }));
    const q = `query($id: String) { auditEntries(filter: { entityId: $id }) { items { change after } } }`;
    const asGm = ok(await app.gql(q, { id: created.createResident.id })).auditEntries.items[0];
    expect(asGm.after.phone).toBe('13612345678');
    const asQuality = ok(await app.gql(q, { id: created.createResident.id }, { as: 'quality' })).auditEntries.items[0];
    expect(asQuality.after.phone).toBe('136****5678');
    expect(asQuality.after.name).toBe('新住户');
  });
});
