import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './harness.js';
import { ok, orderKit, PAY } from './order-kit.js';

/** What finance and the stores read: the receipt book, deposit ledgers, the requisition queues. */
let app: TestApp;
const { publishCatalog, assignedOrder, completedOrder, drain } = orderKit(() => app);
const receipts: string[] = [];
let tenantId = '';

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
  for (const method of ['CASH', 'QR', 'CASH']) {
    const done = await completedOrder(drain());
    const paid = ok(await app.gql(PAY, { i: { id: done.id, method, idempotencyKey: `fin-${done.id}`, collectedById: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).payServiceOrder;
    receipts.push(paid.payment.receiptNumber);
  }
  const tenant = ok(
    await app.gql(`mutation($u: ID!) { createResident(input: { unitId: $u, name: "李租户", phone: "13700001111", kind: TENANT }) { id } }`, { u: app.fx.unitsP1[5]!.id }, { as: 'frontDesk' }),
  );
  tenantId = tenant.createResident.id;
});
afterAll(() => app?.close());

const PAYMENTS = `query($f: PaymentFilter) { payments(filter: $f) { totalCount items { receiptNumber amountFen method projectId order { number state } collectedBy { name } } } }`;

describe('payments', () => {
  it('lists every receipt newest first with its order and collector', async () => {
    const { payments } = ok(await app.gql(PAYMENTS, {}, { as: 'finance' }));
    expect(payments.totalCount).toBe(3);
    expect(payments.items.map((p: { receiptNumber: string }) => p.receiptNumber)).toEqual([...receipts].reverse());
    expect(payments.items[0]).toMatchObject({ amountFen: 3000, projectId: app.fx.p1.id, order: { state: 'SETTLED' }, collectedBy: { name: expect.any(String) } });
  });

  it('filters by method, receipt or order number, and date', async () => {
    const byMethod = ok(await app.gql(PAYMENTS, { f: { method: 'QR' } }, { as: 'finance' })).payments;
    expect(byMethod.items.map((p: { receiptNumber: string }) => p.receiptNumber)).toEqual([receipts[1]]);
    const byReceipt = ok(await app.gql(PAYMENTS, { f: { search: receipts[2] } }, { as: 'finance' })).payments;
    expect(byReceipt.items.map((p: { receiptNumber: string }) => p.receiptNumber)).toEqual([receipts[2]]);
    const orderNumber = byReceipt.items[0].order.number;
    const byOrder = ok(await app.gql(PAYMENTS, { f: { search: orderNumber } }, { as: 'finance' })).payments;
    expect(byOrder.items.map((p: { receiptNumber: string }) => p.receiptNumber)).toEqual([receipts[2]]);
    const future = ok(await app.gql(PAYMENTS, { f: { from: new Date(Date.now() + 60_000).toISOString() } }, { as: 'finance' })).payments;
    expect(future.totalCount).toBe(0);
  });

  it('shows another project’s receipts to nobody there', async () => {
    expect(ok(await app.gql(PAYMENTS, { f: { projectId: app.fx.p1.id } }, { as: 'pm2' })).payments.totalCount).toBe(0);
    expect(ok(await app.gql(PAYMENTS, {}, { as: 'gmB' })).payments.totalCount).toBe(0);
  });

  it('reads a page with order and collector in a fixed number of statements', async () => {
    const { result, count } = await app.countQueries(() => app.gql(PAYMENTS, {}, { as: 'finance' }));
    expect(result.errors).toBeUndefined();
    // authenticate, page + count, orders, staff
    expect(count).toBeLessThanOrEqual(5);
  });
});

describe('deposit accounts', () => {
  const ACCOUNT = `query($id: ID!) { depositAccount(id: $id) { balanceFen resident { name } transactions { kind amountFen balanceAfterFen order { number } actor { name } } } }`;

  it('lists accounts by resident name or phone, with a ledger newest first', async () => {
    ok(await app.gql(`mutation($r: ID!) { topUpDeposit(input: { residentId: $r, amountFen: 20000 }) { id } }`, { r: tenantId }, { as: 'finance' }));
    ok(await app.gql(`mutation($r: ID!) { refundDeposit(input: { residentId: $r, amountFen: 5000 }) { id } }`, { r: tenantId }, { as: 'finance' }));
    const list = ok(await app.gql(`query($s: String) { depositAccounts(search: $s) { totalCount items { id balanceFen resident { name } } } }`, { s: '0000111' }, { as: 'finance' })).depositAccounts;
    expect(list.totalCount).toBe(1);
    expect(list.items[0]).toMatchObject({ balanceFen: 15000, resident: { name: '李租户' } });
    const account = ok(await app.gql(ACCOUNT, { id: list.items[0].id }, { as: 'frontDesk' })).depositAccount;
    expect(account.transactions.map((t: { kind: string; amountFen: number; balanceAfterFen: number }) => [t.kind, t.amountFen, t.balanceAfterFen])).toEqual([
      ['REFUND', 5000, 15000],
      ['TOP_UP', 20000, 20000],
    ]);
    expect(account.transactions[0].actor.name).toBeTruthy();
    const none = ok(await app.gql(`{ depositAccounts(search: "没有这个人") { totalCount } }`, {}, { as: 'finance' })).depositAccounts;
    expect(none.totalCount).toBe(0);
  });

  it('is not visible to other projects or companies', async () => {
    const [first] = ok(await app.gql(`{ depositAccounts { items { id } } }`, {}, { as: 'finance' })).depositAccounts.items;
    expect(ok(await app.gql(ACCOUNT, { id: first.id }, { as: 'gmB' })).depositAccount).toBeNull();
    expect(ok(await app.gql(`{ depositAccounts { totalCount } }`, {}, { as: 'gmB' })).depositAccounts.totalCount).toBe(0);
  });
});

describe('requisitions', () => {
  const REQS = `query($f: RequisitionFilter) { materialRequisitions(filter: $f) { totalCount items { id state version citedOrderNumber totalCostFen order { number } requestedBy { name } signedBy { name } } } }`;

  it('queues requested ones for signing and signed ones for issuing', async () => {
    const order = await assignedOrder(drain());
    const req = ok(
      await app.gql(`mutation($i: RequestMaterialsInput!) { requestMaterials(input: $i) { id version } }`, { i: { orderId: order.id, citedOrderNumber: order.number, lines: [{ name: 'PPR 管', quantityMilli: 2000, unit: '米', unitCostFen: 850 }] } }, { as: 'worker' }),
    ).requestMaterials;
    const waiting = ok(await app.gql(REQS, { f: { states: ['requested'] } }, { as: 'supervisor' })).materialRequisitions;
    expect(waiting.items).toEqual([expect.objectContaining({ id: req.id, totalCostFen: 1700, order: { number: order.number }, requestedBy: { name: expect.any(String) }, signedBy: null })]);
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { signRequisition(input: { id: $id, version: $v }) { id } }`, { id: req.id, v: req.version }, { as: 'supervisor' }));
    expect(ok(await app.gql(REQS, { f: { states: ['requested'] } }, { as: 'supervisor' })).materialRequisitions.totalCount).toBe(0);
    const signed = ok(await app.gql(REQS, { f: { states: ['signed'], orderId: order.id } }, { as: 'worker' })).materialRequisitions;
    expect(signed.items.map((r: { id: string }) => r.id)).toEqual([req.id]);
    expect(signed.items[0].signedBy.name).toBeTruthy();
  });
});

describe('order fields for the desk and finance', () => {
  it('gives the project, what is still due, and filters by registration date', async () => {
    const order = await assignedOrder(drain(2));
    const detail = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { amountDueFen project { code name } } }`, { id: order.id })).serviceOrder;
    expect(detail).toEqual({ amountDueFen: 6000, project: { code: 'P1', name: '一号项目' } });
    const settled = ok(await app.gql(`query($f: PaymentFilter) { payments(filter: $f) { items { order { amountDueFen } } } }`, { f: { search: receipts[0] } })).payments;
    expect(settled.items[0].order.amountDueFen).toBe(0);
    const since = new Date(Date.now() - 60_000).toISOString();
    const recent = ok(await app.gql(`query($f: ServiceOrderFilter) { serviceOrders(filter: $f) { totalCount } }`, { f: { createdFrom: since } })).serviceOrders;
    expect(recent.totalCount).toBeGreaterThan(0);
    const none = ok(await app.gql(`query($f: ServiceOrderFilter) { serviceOrders(filter: $f) { totalCount } }`, { f: { createdTo: since } })).serviceOrders;
    expect(none.totalCount).toBe(0);
  });
});
