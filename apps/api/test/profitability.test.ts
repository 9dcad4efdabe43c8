import { addMonths, shanghaiMonthKey } from '@wuye/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceOrder } from '../src/modules/orders/service-order.entity.js';
import { escalateLossStreaks } from '../src/modules/profitability/loss-decisions.service.js';
import { aggregateMonths, refreshPnlMonth, storedMonths } from '../src/modules/profitability/pnl-rollup.js';
import { rng } from '../src/db/seed/random.js';
import { codeOf, createTestApp, type TestApp } from './harness.js';
import { COMPLETE, ok, orderKit, PAY, START, writeCompletedOrders } from './order-kit.js';

/** README §6: the P&L from SQL aggregation and the monthly rollup, the review list, decisions, escalation. */
let app: TestApp;
const { publishCatalog, assignedOrder, completedOrder, drain, item } = orderKit(() => app);
const month = shanghaiMonthKey(new Date());
const ITEM_PNL = `query($f: PnlFilter!) { itemPnl(filter: $f) { itemName month orders revenueFen labourFen materialsFen overheadFen riskFen costFen marginFen marginBasisPoints costPerOrderFen status } }`;

beforeAll(async () => {
  app = await createTestApp();
  await publishCatalog();
});
afterAll(() => app?.close());

describe('item P&L', () => {
  it('checks every figure to the fen for a known month (labour at the project rate, overhead 10 %, risk 3 % of labour + materials)', async () => {
    // 疏通下水 ¥30, 40 minutes at ¥30/h = ¥20 labour; one order with ¥17 of issued materials.
    const first = await completedOrder(drain());
    ok(await app.gql(PAY, { i: { id: first.id, method: 'CASH', idempotencyKey: `pnl-${first.id}`, collectedById: app.fx.users.worker.id } }, { as: 'frontDesk' }));
    const one = ok(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month, itemId: item['疏通下水'] } }, { as: 'pm' })).itemPnl;
    expect(one).toEqual([
      { itemName: '疏通下水', month, orders: 1, revenueFen: 3000, labourFen: 2000, materialsFen: 0, overheadFen: 200, riskFen: 60, costFen: 2260, marginFen: 740, marginBasisPoints: 2467, costPerOrderFen: 2260, status: 'OVER_MARGIN' },
    ]);

    // The second one needs ¥17.00 of materials, requisitioned, signed and issued while the work is on.
    let second = await assignedOrder(drain());
    const req = ok(await app.gql(`mutation($i: RequestMaterialsInput!) { requestMaterials(input: $i) { id version } }`, { i: { orderId: second.id, citedOrderNumber: second.number, lines: [{ name: '疏通剂', quantityMilli: 2000, unit: '瓶', unitCostFen: 850 }] } }, { as: 'worker' })).requestMaterials;
    const signed = ok(await app.gql(`mutation($id: ID!, $v: Int!) { signRequisition(input: { id: $id, version: $v }) { version } }`, { id: req.id, v: req.version }, { as: 'supervisor' })).signRequisition;
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { issueRequisition(input: { id: $id, version: $v }) { id } }`, { id: req.id, v: signed.version }, { as: 'supervisor' }));
    second = ok(await app.gql(`query($id: ID!) { serviceOrder(id: $id) { id version } }`, { id: second.id })).serviceOrder;
    second = ok(await app.gql(START, { i: { id: second.id, version: second.version } }, { as: 'worker' })).startServiceOrder;
    second = ok(await app.gql(COMPLETE, { i: { id: second.id, version: second.version, rating: 4, minutesSpent: 40 } }, { as: 'worker' })).completeServiceOrder;
    ok(await app.gql(PAY, { i: { id: second.id, method: 'QR', idempotencyKey: `pnl-${second.id}`, collectedById: app.fx.users.worker.id } }, { as: 'frontDesk' }));
    // Labour 2 × ¥20, materials ¥17, overhead 10 % and risk 3 % of ¥57.
    const two = ok(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month, itemId: item['疏通下水'] } }, { as: 'pm' })).itemPnl[0];
    expect(two).toEqual({ itemName: '疏通下水', month, orders: 2, revenueFen: 6000, labourFen: 4000, materialsFen: 1700, overheadFen: 570, riskFen: 171, costFen: 6441, marginFen: -441, marginBasisPoints: -735, costPerOrderFen: 3221, status: 'LOSS' });
  });

  it('lists months oldest first, then project, then category and item name in collation order', async () => {
    const names = ['疏通下水', '换锁', '换管']; // 水电类 twice, 门窗类 once
    const at = (m: string) => new Date(`${m}-15T02:00:00Z`);
    await writeCompletedOrders(app, names.flatMap((name) => ['2024-03', '2024-02'].map((m) => ({ completedAt: at(m), itemId: item[name]!, paidFen: 5000, minutes: 30, materialsFen: 0 }))));
    for (const m of ['2024-02', '2024-03']) await refreshPnlMonth(app.orm.em.fork(), app.fx.companyA.id, app.fx.p1.id, m);
    const rows = ok(await app.gql(`query($f: PnlFilter!) { itemPnl(filter: $f) { month category itemName } }`, { f: { fromMonth: '2024-02', toMonth: '2024-03' } }, { as: 'gm' })).itemPnl as Array<{ month: string; category: string; itemName: string }>;
    expect(rows).toHaveLength(6);
    const expected = [...rows].sort((a, b) => a.month.localeCompare(b.month) || a.category.localeCompare(b.category) || a.itemName.localeCompare(b.itemName));
    expect(rows).toEqual(expected);
    expect(rows[0]!.month).toBe('2024-02');
    expect(new Set(rows.slice(0, 3).map((r) => r.category)).size).toBe(2);
  });

  it('is readable by finance and the GM, by a partner with reports:read, and not by another company', async () => {
    expect(ok(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month } }, { as: 'finance' })).itemPnl.length).toBeGreaterThan(0);
    expect(ok(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month } }, { as: 'gmB' })).itemPnl).toEqual([]);
    expect(codeOf(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month } }, { as: 'worker' }))).toBe('FORBIDDEN');
    const key = ok(await app.gql(`mutation { createApiKey(input: { name: "报表", scopes: [REPORTS_READ] }) { secret } }`)).createApiKey.secret;
    expect(ok(await app.gql(ITEM_PNL, { f: { fromMonth: month, toMonth: month } }, { as: { token: key } })).itemPnl.length).toBeGreaterThan(0);
    const tooLong = await app.gql(ITEM_PNL, { f: { fromMonth: '2024-01', toMonth: '2026-12' } }, { as: 'pm' });
    expect(tooLong.errors![0]!.extensions!.field).toBe('toMonth');
  });
});

describe('the monthly rollup', () => {
  it('equals a from-scratch computation over random histories, also after late settlements', async () => {
    const r = rng(42);
    const items = [item['疏通下水']!, item['换锁']!];
    const months = [1, 2, 3, 4].map((i) => addMonths(month, -i));
    const rows = Array.from({ length: 60 }, () => {
      const m = r.pick(months);
      const [y, mm] = m.split('-').map(Number) as [number, number];
      return { completedAt: new Date(Date.UTC(y, mm - 1, r.int(1, 28), r.int(0, 23), r.int(0, 59))), itemId: r.pick(items), paidFen: r.chance(0.8) ? r.int(1000, 20000) : 0, minutes: r.int(10, 180), materialsFen: r.chance(0.3) ? r.int(100, 5000) : 0 };
    });
    await writeCompletedOrders(app, rows);
    const em = app.orm.em.fork();
    const company = app.fx.companyA.id;
    for (const m of months) await refreshPnlMonth(em, company, app.fx.p1.id, m);
    const sort = (xs: Awaited<ReturnType<typeof storedMonths>>) => [...xs].sort((a, b) => `${a.month}${a.catalogItemId}`.localeCompare(`${b.month}${b.catalogItemId}`));
    const stored = sort(await storedMonths(em, company, [app.fx.p1.id], months.at(-1)!, months[0]!));
    expect(stored).toEqual(sort(await aggregateMonths(em, company, [app.fx.p1.id], months.at(-1)!, months[0]!)));
    expect(stored.reduce((n, s) => n + s.orders, 0)).toBe(rows.length);

    // A late payment on an old order refreshes its month through the job queue.
    const unpaid = await em.findOneOrFail(ServiceOrder, { projectId: app.fx.p1.id, paidFen: 0, state: 'completed', number: { $like: 'HIST-%' } }, { filters: false });
    unpaid.paidFen = 12345;
    await em.flush();
    await em.execute(`select graphile_worker.add_job('pnl_refresh', json_build_object('companyId', ?::text, 'projectId', ?::text, 'month', ?::text))`, [company, app.fx.p1.id, shanghaiMonthKey(unpaid.completedAt!)]);
    await app.runJobs();
    expect(sort(await storedMonths(em, company, [app.fx.p1.id], months.at(-1)!, months[0]!))).toEqual(sort(await aggregateMonths(em, company, [app.fx.p1.id], months.at(-1)!, months[0]!)));
  });
});

describe('review list, decisions and escalation', () => {
  const REVIEW = `query($p: ID!, $m: String!) { pnlReview(projectId: $p, month: $m) { pnl { itemId itemName status marginFen } latestDecision { kind state } lossStreak } }`;
  const RECORD = `mutation($i: RecordLossDecisionInput!) { recordLossDecision(input: $i) { id version kind state priceListId } }`;
  const lossMonths = [3, 2, 1].map((i) => addMonths(month, -i));

  beforeAll(async () => {
    // 换管 loses money three closed months running: ¥10 charged for three hours of work.
    const rows = lossMonths.map((m) => {
      const [y, mm] = m.split('-').map(Number) as [number, number];
      return { completedAt: new Date(Date.UTC(y, mm - 1, 15, 4)), itemId: item['换管']!, paidFen: 1000, minutes: 180, materialsFen: 0 };
    });
    await writeCompletedOrders(app, rows);
    for (const m of lossMonths) await refreshPnlMonth(app.orm.em.fork(), app.fx.companyA.id, app.fx.p1.id, m);
  });

  it('lists loss and thin items worst first with their loss streak', async () => {
    const review = ok(await app.gql(REVIEW, { p: app.fx.p1.id, m: lossMonths[2] }, { as: 'pm' })).pnlReview;
    const pipe = review.find((x: { pnl: { itemId: string } }) => x.pnl.itemId === item['换管']);
    expect(pipe).toMatchObject({ pnl: { status: 'LOSS' }, latestDecision: null });
    expect(pipe.lossStreak).toBeGreaterThanOrEqual(3);
    const margins = review.filter((x: { pnl: { status: string } }) => x.pnl.status === 'LOSS').map((x: { pnl: { marginFen: number } }) => x.pnl.marginFen);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
  });

  it('escalates an item three months at a loss without a decision to the GM, once', async () => {
    const em = app.orm.em.fork();
    const first = await escalateLossStreaks(em, new Date());
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await escalateLossStreaks(app.orm.em.fork(), new Date())).toBe(0);
    const inbox = ok(await app.gql(`{ myNotifications { items { kind subjectId title } } }`)).myNotifications.items;
    expect(inbox.filter((n: { kind: string; subjectId: string }) => n.kind === 'PNL_LOSS_STREAK' && n.subjectId === item['换管'])).toHaveLength(1);
  });

  it('a price rise lands in the project’s draft price list and is decided by the GM’s approval of it', async () => {
    const m = lossMonths[2]!;
    expect(codeOf(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换管'], month: m, kind: 'RAISE_PRICE', reason: '成本上涨', proposedPricing: { mode: 'WORKLOAD', minFen: 5000, maxFen: 150000 } } }, { as: 'pm2' }))).toBe('NOT_FOUND');
    const rise = ok(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换管'], month: m, kind: 'RAISE_PRICE', reason: '人工成本上涨，按工作量定价下限调至 ¥50', proposedPricing: { mode: 'WORKLOAD', minFen: 5000, maxFen: 150000 } } }, { as: 'pm' })).recordLossDecision;
    expect(rise).toMatchObject({ kind: 'RAISE_PRICE', state: 'PROPOSED' });
    const draft = ok(await app.gql(`query($id: ID!) { priceList(id: $id) { id version state entries { catalogItemId minFen maxFen } } }`, { id: rise.priceListId }, { as: 'pm' })).priceList;
    expect(draft.state).toBe('DRAFT');
    expect(draft.entries.find((e: { catalogItemId: string }) => e.catalogItemId === item['换管'])).toMatchObject({ minFen: 5000, maxFen: 150000 });
    expect(codeOf(await app.gql(`mutation($id: ID!, $v: Int!) { decideLossDecision(input: { id: $id, version: $v, action: APPROVE }) { state } }`, { id: rise.id, v: rise.version }))).toBe('INVALID_STATE');
    const submitted = ok(await app.gql(`mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { ... on PriceList { id version state } } }`, { id: draft.id, v: draft.version }, { as: 'pm' })).submitPriceList;
    const inbox = ok(await app.gql(`{ priceLists(filter: { states: [SUBMITTED] }) { items { id } } }`)).priceLists.items.map((l: { id: string }) => l.id);
    expect(inbox).toContain(draft.id);
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { approvePriceList(input: { id: $id, version: $v }) { state } }`, { id: draft.id, v: submitted.version }));
    const decided = ok(await app.gql(`{ lossDecisions(kind: RAISE_PRICE) { items { id state } } }`, {}, { as: 'pm' })).lossDecisions.items;
    expect(decided.find((d: { id: string }) => d.id === rise.id).state).toBe('APPROVED');
    // A decision stops the escalation clock.
    expect(await escalateLossStreaks(app.orm.em.fork(), new Date())).toBe(0);

    // Published, then another rise the GM sends back: the next rise reworks the rejected version.
    const approved = ok(await app.gql(`query($id: ID!) { priceList(id: $id) { version } }`, { id: draft.id })).priceList;
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { publishPriceList(input: { id: $id, version: $v }) { state } }`, { id: draft.id, v: approved.version }));
    const again = ok(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换管'], month: m, kind: 'RAISE_PRICE', reason: '再次调价', proposedPricing: { mode: 'WORKLOAD', minFen: 6000, maxFen: 150000 } } }, { as: 'pm' })).recordLossDecision;
    expect(again.priceListId).not.toBe(draft.id);
    const next = ok(await app.gql(`query($id: ID!) { priceList(id: $id) { id version } }`, { id: again.priceListId }, { as: 'pm' })).priceList;
    const sent = ok(await app.gql(`mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { ... on PriceList { version } } }`, { id: next.id, v: next.version }, { as: 'pm' })).submitPriceList;
    ok(await app.gql(`mutation($id: ID!, $v: Int!) { rejectPriceList(input: { id: $id, version: $v, reason: "涨幅过大" }) { state } }`, { id: next.id, v: sent.version }));
    const third = ok(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换管'], month: m, kind: 'RAISE_PRICE', reason: '按总经理意见调小涨幅', proposedPricing: { mode: 'WORKLOAD', minFen: 5500, maxFen: 150000 } } }, { as: 'pm' })).recordLossDecision;
    expect(third.priceListId).toBe(next.id);
    const decisions = ok(await app.gql(`{ lossDecisions(kind: RAISE_PRICE) { items { id state proposedPricing { mode minFen } catalogItem { name } proposedBy { name } } } }`, {}, { as: 'pm' })).lossDecisions.items;
    expect(decisions.find((d: { id: string }) => d.id === again.id)).toMatchObject({ state: 'REJECTED', proposedPricing: { mode: 'workload', minFen: 6000 }, catalogItem: { name: '换管' } });
    expect(decisions.find((d: { id: string }) => d.id === third.id)).toMatchObject({ state: 'PROPOSED', proposedBy: { name: expect.any(String) } });
  });

  it('a discontinuation needs the GM; once approved the item can no longer be quoted', async () => {
    const m = lossMonths[2]!;
    const stop = ok(await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换管'], month: m, kind: 'DISCONTINUE', reason: '业主需求少且长期亏损' } }, { as: 'pm' })).recordLossDecision;
    expect(stop.state).toBe('PROPOSED');
    const DECIDE = `mutation($id: ID!, $v: Int!) { decideLossDecision(input: { id: $id, version: $v, action: APPROVE }) { state } }`;
    expect(codeOf(await app.gql(DECIDE, { id: stop.id, v: stop.version }, { as: 'pm' }))).toBe('FORBIDDEN');
    const inbox = ok(await app.gql(`{ lossDecisions(states: [PROPOSED]) { items { id kind } } }`)).lossDecisions.items;
    expect(inbox.map((d: { id: string }) => d.id)).toContain(stop.id);
    expect(ok(await app.gql(DECIDE, { id: stop.id, v: stop.version })).decideLossDecision.state).toBe('APPROVED');
    const order = ok(await app.gql(`mutation($i: RegisterServiceOrderInput!) { registerServiceOrder(input: $i) { id version } }`, { i: { unitId: app.fx.unitsP1[41]!.id, contactName: '王五', contactPhone: '13912349999', description: '换水管', channel: 'PHONE', serviceType: 'REPAIR', charge: 'PAID', urgency: 'EMERGENCY' } }, { as: 'frontDesk' })).registerServiceOrder;
    const quote = await app.gql(`mutation($i: QuoteServiceOrderInput!) { quoteServiceOrder(input: $i) { id } }`, { i: { id: order.id, version: order.version, lines: [{ kind: 'CATALOG', catalogItemId: item['换管'], quantityMilli: 1000, unitPriceFen: 20000 }] } }, { as: 'frontDesk' });
    expect(codeOf(quote)).toBe('VALIDATION_FAILED');
    expect(quote.errors![0]!.extensions!.field).toBe('lines.0.catalogItemId');
    // Left out of the draft it was approved against, and of any version started later from the published one.
    const lists = ok(await app.gql(`query($p: ID!) { priceLists(filter: { projectId: $p }) { items { id state entries { catalogItemId } } } }`, { p: app.fx.p1.id }, { as: 'pm' })).priceLists.items;
    for (const l of lists.filter((x: { state: string }) => x.state === 'DRAFT')) expect(l.entries.map((e: { catalogItemId: string }) => e.catalogItemId)).not.toContain(item['换管']);
  });

  it('refuses a decision on an item that is not losing money (换锁 has no orders this month)', async () => {
    const r = await app.gql(RECORD, { i: { projectId: app.fx.p1.id, itemId: item['换锁'], month, kind: 'OTHER', reason: '无' } }, { as: 'pm' });
    expect(codeOf(r)).toBe('INVALID_STATE');
  });
});
