import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Payment } from '../src/modules/orders/payment.entity.js';
import { ServiceOrder } from '../src/modules/orders/service-order.entity.js';
import { DepositAccount } from '../src/modules/orders/deposit-account.entity.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { ASSIGN, COMPLETE, CONSENT, DISPATCH, ok, orderKit, ORDER, PAY, QUOTE, REGISTER, START, step } from './order-kit.js';

let app: TestApp;
const { item, intake, publishCatalog, assignedOrder, completedOrder, drain } = orderKit(() => app);

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('order journey', () => {
  it('runs intake → quote → consent → dispatch → assign → start → complete → pay with a receipt → close', async () => {
    const done = await completedOrder(drain());
    expect(done).toMatchObject({ state: 'COMPLETED', quoteTotalFen: 3000, workerId: app.fx.users.worker.id, supervisorId: app.fx.users.supervisor.id });
    const paid = ok(await app.gql(PAY, { i: { id: done.id, method: 'CASH', idempotencyKey: `pay-${done.id}`, collectedById: app.fx.users.worker.id } }, { as: 'frontDesk' })).payServiceOrder;
    expect(paid.order.state).toBe('SETTLED');
    expect(paid.payment).toMatchObject({ amountFen: 3000, method: 'CASH', receiptNumber: expect.stringMatching(/^P1-\d{4}-\d{6}$/) });
    const closed = ok(await app.gql(step('closeServiceOrder', 'OrderStepInput'), { i: { id: done.id, version: paid.order.version } }, { as: 'frontDesk' })).closeServiceOrder;
    expect(closed.state).toBe('CLOSED');
    const detail = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { timeline { action fromState toState actorName } quoteLines { name unitPriceFen amountFen priceListId } payments { receiptNumber } unit { number } resident { name } catalogItem { name } worker { name } supervisor { name } } }`, { id: done.id })).serviceOrder;
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(['register', 'quote', 'consent', 'dispatch', 'assign', 'start', 'complete', 'settle', 'close']);
    expect(detail.quoteLines).toEqual([{ name: '疏通下水', unitPriceFen: 3000, amountFen: 3000, priceListId: expect.any(String) }]);
    expect(detail).toMatchObject({ unit: { number: app.fx.unitsP1[0]!.number }, resident: { name: '张三' }, catalogItem: { name: '疏通下水' }, worker: { name: 'worker' }, supervisor: { name: 'supervisor' } });
  });

  it('needs a price inside the published range for a range item, naming the line', async () => {
    const o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    const bad = await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: [...drain(), { kind: 'CATALOG', catalogItemId: item['换锁'], quantityMilli: 1000, unitPriceFen: 9000 }] } }, { as: 'frontDesk' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'lines.1.unitPrice' });
    const good = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: [{ kind: 'CATALOG', catalogItemId: item['换锁'], quantityMilli: 2000, unitPriceFen: 4500 }, { kind: 'MATERIAL', name: '锁芯', quantityMilli: 2000, unitPriceFen: 2500 }] } }, { as: 'frontDesk' }));
    expect(good.quoteServiceOrder).toMatchObject({ quoteTotalFen: 14000, quoteVersion: 1 });
  });

  it('refuses to start without the resident’s consent to the current quote, and a re-quote needs fresh consent', async () => {
    let o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain() } }, { as: 'frontDesk' })).quoteServiceOrder;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'supervisor' })).assignServiceOrder;
    expect(codeOf(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' }))).toBe('INVALID_STATE');
    o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'IN_PERSON', consentBy: '张三' } }, { as: 'worker' })).recordConsent;
    o = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain(2) } }, { as: 'worker' })).quoteServiceOrder;
    expect(o).toMatchObject({ quoteVersion: 2, consentQuoteVersion: 1 });
    expect(codeOf(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' }))).toBe('INVALID_STATE');
    expect(await app.orm.em.fork().findOneOrFail(ServiceOrder, { id: o.id }, { filters: false })).toMatchObject({ state: 'assigned' });
  });

  it('keeps the supervisor and the worker apart and checks their roles', async () => {
    const o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    const toWorker = await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.worker.id } }, { as: 'frontDesk' });
    expect(toWorker.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supervisorId' });
    expect(codeOf(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'worker' }))).toBe('FORBIDDEN');
  });
});

describe('payment rules', () => {
  it('a worker collects cash only under ¥100; a supervisor collects more; the front desk issues the receipt', async () => {
    const big = await completedOrder(drain(4));
    expect(big.quoteTotalFen).toBe(12000);
    const byWorker = await app.gql(PAY, { i: { id: big.id, method: 'CASH', idempotencyKey: `w-${big.id}`, collectedById: app.fx.users.worker.id } }, { as: 'frontDesk' });
    expect(['FORBIDDEN', 'VALIDATION_FAILED']).toContain(codeOf(byWorker));
    expect(await app.orm.em.fork().count(Payment, { orderId: big.id }, { filters: false })).toBe(0);
    const bySupervisor = ok(await app.gql(PAY, { i: { id: big.id, method: 'QR', idempotencyKey: `s-${big.id}`, collectedById: app.fx.users.supervisor.id } }, { as: 'frontDesk' }));
    expect(bySupervisor.payServiceOrder.payment.amountFen).toBe(12000);
  });

  it('the same payment sent ten times at once charges once', async () => {
    const o = await completedOrder(drain());
    const key = `idem-${o.id}`;
    const results = await Promise.all(Array.from({ length: 10 }, () => app.gql(PAY, { i: { id: o.id, method: 'CASH', idempotencyKey: key } }, { as: 'finance' })));
    results.forEach(ok);
    const ids = new Set(results.map((r) => r.data!.payServiceOrder.payment.id));
    expect(ids.size).toBe(1);
    expect(await app.orm.em.fork().count(Payment, { orderId: o.id }, { filters: false })).toBe(1);
    expect((await app.orm.em.fork().findOneOrFail(ServiceOrder, { id: o.id }, { filters: false })).paidFen).toBe(3000);
  });

  it('receipt numbers stay unique and gap-free under 20 concurrent payments in one project', async () => {
    const orders = [];
    for (let i = 0; i < 20; i++) orders.push(await completedOrder(drain()));
    await Promise.all(orders.map((o) => app.gql(PAY, { i: { id: o.id, method: 'CASH', idempotencyKey: `c-${o.id}` } }, { as: 'finance' }).then(ok)));
    const receipts = (await app.orm.em.fork().find(Payment, { projectId: app.fx.p1.id }, { filters: false })).map((p) => Number(p.receiptNumber.split('-').pop()));
    const sorted = [...receipts].sort((a, b) => a - b);
    expect(new Set(sorted).size).toBe(sorted.length);
    expect(sorted).toEqual(Array.from({ length: sorted.length }, (_, i) => i + 1));
  });

  it('a tenant’s deposit never goes negative: insufficient funds is a typed error and nothing changes', async () => {
    const tenant = ok(await app.gql(`mutation($u: ID!) { createResident(input: { unitId: $u, name: "租户甲", phone: "13700000001", kind: TENANT }) { id } }`, { u: app.fx.unitsP1[3]!.id })).createResident;
    const acct = ok(await app.gql(`mutation($r: ID!) { topUpDeposit(input: { residentId: $r, amountFen: 5000 }) { balanceFen } }`, { r: tenant.id }, { as: 'finance' })).topUpDeposit;
    expect(acct.balanceFen).toBe(5000);
    const o = await completedOrder(drain(2), { unitId: app.fx.unitsP1[3]!.id, residentId: tenant.id, contactName: '租户甲' });
    const short = await app.gql(PAY, { i: { id: o.id, method: 'DEPOSIT', idempotencyKey: `d-${o.id}` } }, { as: 'finance' });
    expect(short.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
    const account = await app.orm.em.fork().findOneOrFail(DepositAccount, { residentId: tenant.id }, { filters: false });
    expect(account.balanceFen).toBe(5000);
    expect((await app.orm.em.fork().findOneOrFail(ServiceOrder, { id: o.id }, { filters: false })).state).toBe('completed');
    const refund = await app.gql(`mutation($r: ID!) { refundDeposit(input: { residentId: $r, amountFen: 6000 }) { balanceFen } }`, { r: tenant.id }, { as: 'finance' });
    expect(codeOf(refund)).toBe('VALIDATION_FAILED');
  });
});

describe('partner apps and lists', () => {
  it('a partner key files an order for a unit of its project and reads its status; 10 a day per phone', async () => {
    const filed = ok(await app.gql(REGISTER, { i: intake({ channel: 'APP', contactPhone: '13600000000', urgency: 'NORMAL', appointmentStart: new Date(Date.now() + 3600_000).toISOString(), appointmentEnd: new Date(Date.now() + 7200_000).toISOString() }) }, { as: 'partner' })).registerServiceOrder;
    const status = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { state number } }`, { id: filed.id }, { as: 'partner' }));
    expect(status.serviceOrder.state).toBe('REGISTERED');
    for (let i = 0; i < 9; i++) {
      ok(await app.gql(REGISTER, { i: intake({ channel: 'APP', contactPhone: '13600000000', urgency: 'EMERGENCY' }) }, { as: 'partner' }));
    }
    const eleventh = await app.gql(REGISTER, { i: intake({ channel: 'APP', contactPhone: '13600000000', urgency: 'EMERGENCY' }) }, { as: 'partner' });
    expect(eleventh.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'contactPhone' });
    const otherProject = await app.gql(REGISTER, { i: intake({ unitId: app.fx.unitP2.id, residentId: null, channel: 'APP' }) }, { as: 'partner' });
    expect(codeOf(otherProject)).toBe('NOT_FOUND');
  });

  it('a page of 50 orders with unit, resident, catalog item and assignee costs at most 5 statements after authentication', async () => {
    const q = `{ serviceOrders(take: 50) { totalCount items { number unit { number } resident { name } catalogItem { name } supervisor { name } worker { name } } } }`;
    const { result, count } = await app.countQueries(() => app.gql(q));
    expect(result.errors).toBeUndefined();
    expect(result.data!.serviceOrders.items.length).toBeGreaterThanOrEqual(30);
    // 1 to authenticate + page with total + units + residents + catalog items + staff
    expect(count - 1).toBeLessThanOrEqual(5);
  });
});

describe('what a step costs', () => {
  // Under sustained load each statement waits its turn on a busy event loop: these budgets keep
  // a step from quietly reading its order again (to authorise, to check a role, to price a line).
  const reads = (sql: string[]) => sql.filter((q) => /from "service_order"/.test(q));

  it('a step reads its order once, locked and without joins, and authorises on that row', async () => {
    const o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    const quoted = await app.countQueries(() => app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain() } }, { as: 'frontDesk' }));
    const q = ok(quoted.result).quoteServiceOrder;
    expect(reads(quoted.sql)).toHaveLength(1);
    expect(reads(quoted.sql)[0]).toMatch(/for update/);
    expect(reads(quoted.sql)[0]).not.toMatch(/ join /);
    const consented = ok(await app.gql(CONSENT, { i: { id: o.id, version: q.version, method: 'PAPER_SIGNATURE', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
    const dispatched = await app.countQueries(() => app.gql(DISPATCH, { i: { id: o.id, version: consented.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' }));
    expect(ok(dispatched.result).dispatchServiceOrder.state).toBe('DISPATCHED');
    expect(reads(dispatched.sql)).toHaveLength(1);
    // authenticate, begin, order, supervisor, audit, event, webhook event, order update, notification, commit
    expect(dispatched.count).toBeLessThanOrEqual(10);
  });

  it('a sign-off reads the company settings once and the supervisor only when it proposes a penalty, which takes the supervisor’s department', async () => {
    const signOff = async (rating: number) => {
      let o = await assignedOrder(drain());
      o = ok(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' })).startServiceOrder;
      return { id: o.id as string, ...(await app.countQueries(() => app.gql(COMPLETE, { i: { id: o.id, version: o.version, rating, minutesSpent: 30 } }, { as: 'worker' }))) };
    };
    const happy = await signOff(5);
    expect(ok(happy.result).completeServiceOrder.state).toBe('COMPLETED');
    expect(happy.sql.filter((q) => /from "company_settings"/.test(q))).toHaveLength(1);
    expect(happy.sql.filter((q) => /from "staff_user"/.test(q))).toHaveLength(1); // authentication
    const unhappy = await signOff(1);
    expect(ok(unhappy.result).completeServiceOrder.state).toBe('COMPLETED');
    expect(unhappy.sql.filter((q) => /from "company_settings"/.test(q))).toHaveLength(1);
    const [entry] = await app.orm.em.fork().getConnection().execute(`select rule, department, points from penalty_entry where evidence_id = ?`, [unhappy.id]);
    expect(entry).toMatchObject({ department: 'engineering', points: 5 });
  });

  it('a caller who sees the order but may act only in another project is refused, and nothing is written', async () => {
    const created = ok(await app.gql(`mutation($p1: ID!, $p2: ID!) { createStaffUser(input: { name: "管家兼前台", email: "hk-desk@a.test", password: "Passw0rd!1", roles: [{ role: HOUSEKEEPER, projectId: $p1 }, { role: FRONT_DESK, projectId: $p2 }] }) { id } }`, { p1: app.fx.p1.id, p2: app.fx.p2.id })).createStaffUser;
    const token = (await app.tokens.sign({ userId: created.id, companyId: app.fx.companyA.id }, new Date())).token;
    const o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    expect(ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { id } }`, { id: o.id }, { as: { token } })).serviceOrder).toEqual({ id: o.id });
    const refused = await app.countQueries(() => app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain() } }, { as: { token } }));
    expect(codeOf(refused.result)).toBe('FORBIDDEN');
    expect(refused.sql.some((q) => /^(insert|update)/i.test(q.replace(/^\S*\[query\]\S*\s*/, '')))).toBe(false);
    const after = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { version state } }`, { id: o.id }, { as: 'frontDesk' })).serviceOrder;
    expect(after).toEqual({ version: o.version, state: 'REGISTERED' });
  });
});

describe('materials, end of day and dissatisfaction', () => {
  const REQ = `mutation($i: RequestMaterialsInput!) { requestMaterials(input: $i) { id version state totalCostFen } }`;
  const SIGN = `mutation($i: VersionedIdInput!) { signRequisition(input: $i) { id version state } }`;
  const ISSUE = `mutation($i: VersionedIdInput!) { issueRequisition(input: $i) { id version state } }`;

  it('a requisition must cite the order number and be signed by the order’s supervisor before it is issued; issued materials go on the order’s cost', async () => {
    let o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'supervisor' })).assignServiceOrder;
    const lines = [{ name: 'PVC 管', quantityMilli: 2500, unit: '米', unitCostFen: 800 }];
    const wrong = ok(await app.gql(REQ, { i: { orderId: o.id, citedOrderNumber: 'P1-19990101-001', lines } }, { as: 'worker' })).requestMaterials;
    const wrongSign = await app.gql(SIGN, { i: { id: wrong.id, version: wrong.version } }, { as: 'supervisor' });
    expect(wrongSign.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'orderNumber' });

    const req = ok(await app.gql(REQ, { i: { orderId: o.id, citedOrderNumber: o.number, lines } }, { as: 'worker' })).requestMaterials;
    expect(req.totalCostFen).toBe(2000);
    expect(codeOf(await app.gql(ISSUE, { i: { id: req.id, version: req.version } }, { as: 'supervisor' }))).toBe('INVALID_STATE');
    expect(codeOf(await app.gql(SIGN, { i: { id: req.id, version: req.version } }, { as: 'worker' }))).toBe('FORBIDDEN');
    const signed = ok(await app.gql(SIGN, { i: { id: req.id, version: req.version } }, { as: 'supervisor' })).signRequisition;
    ok(await app.gql(ISSUE, { i: { id: signed.id, version: signed.version } }, { as: 'supervisor' }));
    const cost = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { materialsCostFen requisitions { state } } }`, { id: o.id })).serviceOrder;
    expect(cost).toEqual({ materialsCostFen: 2000, requisitions: [{ state: 'requested' }, { state: 'issued' }] });
  });

  it('the end-of-day review lists open orders and takes a reason and an expected finish', async () => {
    const review = ok(await app.gql(`query($p: ID!) { endOfDayReview(projectId: $p) { id state } }`, { p: app.fx.p1.id }, { as: 'frontDesk' })).endOfDayReview;
    expect(review.length).toBeGreaterThan(0);
    expect(review.every((o: { state: string }) => !['COMPLETED', 'SETTLED', 'CLOSED', 'CANCELLED'].includes(o.state))).toBe(true);
    const id = review[0].id;
    const noReason = await app.gql(`mutation($id: ID!) { recordEndOfDayNote(input: { id: $id, expectedFinishAt: "2099-01-01T00:00:00Z" }) { id } }`, { id }, { as: 'frontDesk' });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    const noted = ok(await app.gql(`mutation($id: ID!) { recordEndOfDayNote(input: { id: $id, reason: "等待配件", expectedFinishAt: "2099-01-01T00:00:00Z" }) { eodReason eodExpectedFinishAt } }`, { id }, { as: 'frontDesk' }));
    expect(noted.recordEndOfDayNote).toEqual({ eodReason: '等待配件', eodExpectedFinishAt: '2099-01-01T00:00:00.000Z' });
  });

  it('a dissatisfied sign-off is on the supervisor’s list at once', async () => {
    let o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: drain() } }, { as: 'frontDesk' })).quoteServiceOrder;
    o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'PHONE', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'supervisor' })).assignServiceOrder;
    o = ok(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' })).startServiceOrder;
    ok(await app.gql(COMPLETE, { i: { id: o.id, version: o.version, rating: 1, minutesSpent: 30, comment: '没修好' } }, { as: 'worker' }));
    const list = ok(await app.gql(`query($s: ID!) { serviceOrders(filter: { dissatisfied: true, supervisorId: $s }) { items { id rating signOffComment } } }`, { s: app.fx.users.supervisor.id }, { as: 'supervisor' }));
    expect(list.serviceOrders.items).toContainEqual({ id: o.id, rating: 1, signOffComment: '没修好' });
  });
});

describe('monthly statements', () => {
  const S = `fragment S on MonthlyStatement { id version state year month totalFen chargesTotalFen adjustmentsTotalFen lines { orderNumber amountFen } adjustments { amountFen description correctsMonth } }`;
  const PREPARE = `${S} mutation($p: ID!, $y: Int!, $m: Int!) { prepareStatements(input: { projectId: $p, year: $y, month: $m }) { ...S residentId } }`;
  const stepM = (name: string) => `${S} mutation($id: ID!, $v: Int!) { ${name}(input: { id: $id, version: $v }) { ...S } }`;

  it('an owner’s orders settled to the statement make the month’s statement: issued, confirmed, paid; corrections go on the next one', async () => {
    const o = await completedOrder(drain(2));
    const paid = ok(await app.gql(PAY, { i: { id: o.id, method: 'STATEMENT', idempotencyKey: `st-${o.id}` } }, { as: 'finance', now: new Date('2026-09-15T04:00:00Z') }));
    expect(paid.payServiceOrder.payment).toMatchObject({ method: 'STATEMENT', amountFen: 6000 });

    const sept = ok(await app.gql(PREPARE, { p: app.fx.p1.id, y: 2026, m: 9 }, { as: 'finance' })).prepareStatements;
    const mine = sept.find((s: { residentId: string }) => s.residentId === app.fx.residentP1.id);
    expect(mine).toMatchObject({ state: 'DRAFT'.toLowerCase(), totalFen: 6000, lines: [{ orderNumber: o.number, amountFen: 6000 }] });

    const early = await app.gql(stepM('issueStatement'), { id: mine.id, v: mine.version }, { as: 'finance', now: new Date('2026-09-20T00:00:00Z') });
    expect(codeOf(early)).not.toBeNull();
    const issued = ok(await app.gql(stepM('issueStatement'), { id: mine.id, v: mine.version }, { as: 'finance', now: new Date('2026-10-02T02:00:00Z') })).issueStatement;
    expect(issued.state).toBe('issued');
    expect(codeOf(await app.gql(stepM('markStatementPaid'), { id: issued.id, v: issued.version }, { as: 'finance' }))).toBe('INVALID_STATE');
    const confirmed = ok(await app.gql(stepM('confirmStatement'), { id: issued.id, v: issued.version }, { as: 'frontDesk' })).confirmStatement;
    const settled = ok(await app.gql(stepM('markStatementPaid'), { id: confirmed.id, v: confirmed.version }, { as: 'finance' })).markStatementPaid;
    expect(settled.state).toBe('paid');

    // Issued statements never change: re-preparing September leaves it as it was.
    const again = ok(await app.gql(PREPARE, { p: app.fx.p1.id, y: 2026, m: 9 }, { as: 'finance' })).prepareStatements;
    expect(again.find((s: { id: string }) => s.id === mine.id)).toBeUndefined();

    ok(await app.gql(`mutation($id: ID!) { correctStatement(input: { statementId: $id, amountFen: -1000, description: "多收疏通费退回" }) { id } }`, { id: mine.id }, { as: 'finance' }));
    const oct = ok(await app.gql(PREPARE, { p: app.fx.p1.id, y: 2026, m: 10 }, { as: 'finance' })).prepareStatements;
    const next = oct.find((s: { residentId: string }) => s.residentId === app.fx.residentP1.id);
    expect(next).toMatchObject({ totalFen: -1000, adjustments: [{ amountFen: -1000, description: '多收疏通费退回', correctsMonth: 9 }] });
    expect(codeOf(await app.gql(`mutation($id: ID!) { correctStatement(input: { statementId: $id, amountFen: 100, description: "x" }) { id } }`, { id: next.id }, { as: 'finance' }))).toBe('INVALID_STATE');
    expect(codeOf(await app.gql(PREPARE, { p: app.fx.p1.id, y: 2026, m: 9 }, { as: 'worker' }))).toBe('FORBIDDEN');
  });
});

describe('long-term agreements', () => {
  it('an approved weekly cleaning agreement gets its orders from the job runner, once per occurrence', async () => {
    const input = {
      unitId: app.fx.unitsP1[0]!.id,
      residentId: app.fx.residentP1.id,
      catalogItemId: item['疏通下水'],
      description: '每周二上午疏通检查',
      frequency: 'WEEKLY',
      weekday: 'tue',
      time: '09:00',
      priceFen: 3000,
      startsAt: new Date().toISOString(),
    };
    const bad = await app.gql(`mutation($i: CreateAgreementInput!) { createServiceAgreement(input: $i) { id } }`, { i: { ...input, priceFen: 2500 } }, { as: 'frontDesk' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'priceFen' });
    const created = ok(await app.gql(`mutation($i: CreateAgreementInput!) { createServiceAgreement(input: $i) { id version state } }`, { i: input }, { as: 'frontDesk' })).createServiceAgreement;
    expect(codeOf(await app.gql(`mutation($id: ID!, $v: Int!) { approveServiceAgreement(input: { id: $id, version: $v }) { id } }`, { id: created.id, v: created.version }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { approveServiceAgreement(input: { id: $id, version: $v }) { state } }`, { id: created.id, v: created.version }, { as: 'pm' }));
    await app.runJobs();
    await app.runJobs();
    const generated = await app.orm.em.fork().find(ServiceOrder, { agreementId: created.id }, { filters: false });
    expect(generated).toHaveLength(1);
    expect(generated[0]).toMatchObject({ state: 'accepted', quoteTotalFen: 3000, consentMethod: 'agreement' });
    expect(new Date(generated[0]!.occurrenceAt!).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false })).toMatch(/周二.*09:00/);
  });
});

describe('errands', () => {
  it('are prepaid (service fee plus goods) before the purchase starts', async () => {
    const cs = ok(await app.gql(`mutation($p: ID!) { createStaffUser(input: { name: "客服主管", email: "cssup@a.test", password: "Passw0rd!", roles: [{ role: SUPERVISOR, projectId: $p, department: CUSTOMER_SERVICE }] }) { id } }`, { p: app.fx.p1.id })).createStaffUser;
    let o = ok(await app.gql(REGISTER, { i: intake({ serviceType: 'ERRAND' }) }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await app.gql(QUOTE, { i: { id: o.id, version: o.version, lines: [...drain(), { kind: 'GOODS', name: '煤气一罐', amountFen: 12000 }] } }, { as: 'frontDesk' })).quoteServiceOrder;
    expect(o.quoteTotalFen).toBe(15000);
    o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'PHONE', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: cs.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'gm' })).assignServiceOrder;
    expect(codeOf(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' }))).toBe('INVALID_STATE');
    const prepaid = ok(await app.gql(PAY, { i: { id: o.id, method: 'QR', idempotencyKey: `pre-${o.id}`, collectedById: cs.id } }, { as: 'frontDesk' })).payServiceOrder;
    expect(prepaid.order).toMatchObject({ prepaidFen: 15000, state: 'ASSIGNED' });
    expect(prepaid.payment).toMatchObject({ amountFen: 15000, receiptNumber: expect.stringMatching(/^P1-/) });
    const started = ok(await app.gql(START, { i: { id: o.id, version: prepaid.order.version } }, { as: 'worker' })).startServiceOrder;
    expect(started.state).toBe('IN_PROGRESS');
  });
});

describe('choosing staff for an order', () => {
  it('the front desk may list the project’s supervisors to dispatch to, but not the staff list at large', async () => {
    const sup = await app.gql(`query($p: ID!) { staffUsers(filter: { projectId: $p, role: SUPERVISOR }) { items { name roles { role projectId } } } }`, { p: app.fx.p1.id }, { as: 'frontDesk' });
    const items = sup.data!.staffUsers.items as Array<{ name: string; roles: Array<{ role: string; projectId: string }> }>;
    expect(items.map((u) => u.name)).toContain('supervisor');
    expect(items.every((u) => u.roles.some((r) => r.role === 'SUPERVISOR' && r.projectId === app.fx.p1.id))).toBe(true);
    expect(codeOf(await app.gql(`{ staffUsers { items { name } } }`, {}, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(`query($p: ID!) { staffUsers(filter: { projectId: $p, role: SUPERVISOR }) { items { name } } }`, { p: app.fx.p2.id }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
  });
});

describe('dispatch', () => {
  it('goes to a supervisor of the department that handles the service type', async () => {
    const cleaner = ok(await app.gql(`mutation($p: ID!) { createStaffUser(input: { name: "保洁主管", email: "cleansup@a.test", password: "Passw0rd!", roles: [{ role: SUPERVISOR, projectId: $p, department: CLEANING }] }) { id } }`, { p: app.fx.p1.id })).createStaffUser;
    const o = ok(await app.gql(REGISTER, { i: intake() }, { as: 'frontDesk' })).registerServiceOrder;
    const wrong = await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: cleaner.id } }, { as: 'frontDesk' });
    expect(wrong.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supervisorId' });
    const cleaning = ok(await app.gql(REGISTER, { i: intake({ serviceType: 'CLEANING' }) }, { as: 'frontDesk' })).registerServiceOrder;
    expect(ok(await app.gql(DISPATCH, { i: { id: cleaning.id, version: cleaning.version, supervisorId: cleaner.id } }, { as: 'frontDesk' })).dispatchServiceOrder.supervisorId).toBe(cleaner.id);
  });
});
