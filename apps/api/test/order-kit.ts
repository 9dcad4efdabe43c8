import { expect } from 'vitest';
import { newId } from '../src/db/ids.js';
import { ServiceOrder } from '../src/modules/orders/service-order.entity.js';
import type { GqlResult, TestApp } from './harness.js';

/** Shared by the order tests: the operations, a published catalog, and an order walked through its steps. */
export const ORDER = `fragment O on ServiceOrder { id number state version quoteVersion quoteTotalFen consentQuoteVersion paidFen prepaidFen workerId supervisorId breached }`;
export const REGISTER = `${ORDER} mutation($i: RegisterServiceOrderInput!) { registerServiceOrder(input: $i) { ...O } }`;
export const step = (name: string, inputType: string) => `${ORDER} mutation($i: ${inputType}!) { ${name}(input: $i) { ...O } }`;
export const QUOTE = step('quoteServiceOrder', 'QuoteServiceOrderInput');
export const CONSENT = step('recordConsent', 'ConsentInput');
export const DISPATCH = step('dispatchServiceOrder', 'DispatchInput');
export const ASSIGN = step('assignServiceOrder', 'AssignInput');
export const START = step('startServiceOrder', 'OrderStepInput');
export const COMPLETE = step('completeServiceOrder', 'CompleteInput');
export const PAY = `${ORDER} mutation($i: PayServiceOrderInput!) { payServiceOrder(input: $i) { order { ...O } payment { id amountFen method receiptNumber } } }`;

export const ok = <T = Record<string, any>>(r: GqlResult<T>): T => {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
};

/** A resident's phoned-in emergency repair at a P1 unit: `registerServiceOrder`'s input. */
export function orderIntake(app: TestApp, over: Record<string, unknown> = {}) {
  return {
    unitId: app.fx.unitsP1[0]!.id,
    residentId: app.fx.residentP1.id,
    contactName: '张三',
    contactPhone: '13912345678',
    description: '厨房下水道堵塞',
    channel: 'PHONE',
    serviceType: 'REPAIR',
    charge: 'PAID',
    urgency: 'EMERGENCY',
    ...over,
  };
}

/** Completed orders of P1 written straight to the table: history for the P&L rollup and its reviews. */
export async function writeCompletedOrders(app: TestApp, rows: Array<{ completedAt: Date; itemId: string; paidFen: number; minutes: number; materialsFen: number }>) {
  const em = app.orm.em.fork();
  for (const [i, r] of rows.entries()) {
    em.create(ServiceOrder, {
      id: newId(),
      companyId: app.fx.companyA.id,
      projectId: app.fx.p1.id,
      number: `HIST-${i}-${newId().slice(-6)}`,
      unitId: app.fx.unitsP1[40]!.id,
      contactName: '历史',
      contactPhone: '13900000000',
      payerKind: 'owner',
      description: '历史订单',
      channel: 'phone',
      serviceType: 'repair',
      charge: 'paid',
      urgency: 'normal',
      state: r.paidFen > 0 ? 'settled' : 'completed',
      catalogItemId: r.itemId,
      paidFen: r.paidFen,
      minutesSpent: r.minutes,
      materialsCostFen: r.materialsFen,
      completedAt: r.completedAt,
      responseDueAt: r.completedAt,
      createdAt: r.completedAt,
    } as never);
  }
  await em.flush();
}

export function orderKit(app: () => TestApp) {
  const item: Record<string, string> = {};
  const intake = (over: Record<string, unknown> = {}) => orderIntake(app(), over);

  /** Company items 疏通下水 (fixed ¥30), 换锁 (¥10–50), 换管 (by workload ¥10–1000), published for P1. */
  async function publishCatalog() {
    const gql = app().gql;
    for (const input of [
      { category: '水电类', name: '疏通下水', unit: '次', kind: 'PAID', pricing: { mode: 'FIXED', priceFen: 3000 } },
      { category: '门窗类', name: '换锁', unit: '把', kind: 'PAID', pricing: { mode: 'RANGE', minFen: 1000, maxFen: 5000 } },
      { category: '水电类', name: '换管', unit: '次', kind: 'PAID', pricing: { mode: 'WORKLOAD', minFen: 1000, maxFen: 100000 } },
    ]) {
      item[input.name] = ok(await gql(`mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { id } }`, { input })).createCatalogItem.id;
    }
    let list = ok(await gql(`mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: TEMPLATE }) { id version } }`, { p: app().fx.p1.id }, { as: 'pm' })).startPriceListDraft;
    list = ok(await gql(`mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { ... on PriceList { id version } } }`, { id: list.id, v: list.version }, { as: 'pm' })).submitPriceList;
    list = ok(await gql(`mutation($id: ID!, $v: Int!) { approvePriceList(input: { id: $id, version: $v }) { id version } }`, { id: list.id, v: list.version })).approvePriceList;
    ok(await gql(`mutation($id: ID!, $v: Int!) { publishPriceList(input: { id: $id, version: $v }) { state } }`, { id: list.id, v: list.version }));
  }

  /** Registered, quoted, consented, dispatched to the fixture's supervisor and assigned to its worker. */
  async function assignedOrder(lines: unknown[], over: Record<string, unknown> = {}) {
    const gql = app().gql;
    let o = ok(await gql(REGISTER, { i: intake(over) }, { as: 'frontDesk' })).registerServiceOrder;
    o = ok(await gql(QUOTE, { i: { id: o.id, version: o.version, lines } }, { as: 'frontDesk' })).quoteServiceOrder;
    o = ok(await gql(CONSENT, { i: { id: o.id, version: o.version, method: 'PAPER_SIGNATURE', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
    o = ok(await gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app().fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    return ok(await gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app().fx.users.worker.id } }, { as: 'supervisor' })).assignServiceOrder;
  }

  /** …then started and signed off by the worker with the given rating. */
  async function completedOrder(lines: unknown[], over: Record<string, unknown> = {}, rating = 5) {
    const gql = app().gql;
    let o = await assignedOrder(lines, over);
    o = ok(await gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' })).startServiceOrder;
    return ok(await gql(COMPLETE, { i: { id: o.id, version: o.version, rating, minutesSpent: 40, comment: rating > 2 ? '满意' : '不满意' } }, { as: 'worker' })).completeServiceOrder;
  }

  const drain = (n = 1) => [{ kind: 'CATALOG', catalogItemId: item['疏通下水'], quantityMilli: n * 1000 }];

  return { item, intake, publishCatalog, assignedOrder, completedOrder, drain };
}
