import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { ok, orderKit, PAY } from './order-kit.js';

/**
 * A request holds at most one database connection. With a pool of one, any code that reads
 * through the request's entity manager inside a transaction (instead of the transaction's)
 * would wait for a second connection that never comes; under load, ten such requests hold all
 * ten connections and each other up until the acquire timeout. So every main flow runs here
 * with a single connection.
 */
let app: TestApp;
const kit = orderKit(() => app);
beforeAll(async () => {
  app = await createTestApp({ db: { poolMax: 1, acquireTimeoutMs: 3_000 } });
  await kit.publishCatalog();
});
afterAll(() => app?.close());

describe('one connection per request', () => {
  it('takes an order from intake to payment', async () => {
    const done = await kit.completedOrder(kit.drain());
    const paid = ok(await app.gql(PAY, { i: { id: done.id, method: 'CASH', idempotencyKey: `one-${done.id}`, collectedById: app.fx.users.worker.id } }, { as: 'frontDesk' }));
    expect(paid.payServiceOrder.payment.receiptNumber).toMatch(/^P1-/);
  });

  it('registers, accepts and resolves a complaint', async () => {
    const STEP = `mutation($i: ComplaintStepInput!) { stepComplaint(input: $i) { id version state } }`;
    let c = ok(
      await app.gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version state } }`, {
        i: { projectId: app.fx.p1.id, unitId: app.fx.unitsP1[4]!.id, contactName: '张三', contactPhone: '13912345678', description: '楼道灯坏了', channel: 'phone', category: 1, valid: true, severity: 'GENERAL', responsibleDepartment: 'ENGINEERING' },
      }, { as: 'frontDesk' }),
    ).registerComplaint;
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'supervisor' })).stepComplaint;
    c = ok(await app.gql(STEP, { i: { id: c.id, version: c.version, action: 'RECORD_RESOLUTION', cause: '灯管老化', handling: '更换灯管', completedAt: new Date().toISOString() } }, { as: 'supervisor' })).stepComplaint;
    expect(c.state).toBeTruthy();
  });
});
