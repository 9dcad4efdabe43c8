import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { CatalogItem } from '../src/modules/catalog/catalog-item.entity.js';
import { PriceList } from '../src/modules/catalog/price-list.entity.js';
import { PASSWORD } from './fixture.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';

let app: TestApp;
const item: Record<string, string> = {};
let gm2: As;
let gmPm: As;

const CREATE_ITEM = `mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { id name priceText } }`;
const LIST = `fragment L on PriceList { id number state version approvalRef effectiveFrom effectiveTo scheduledAt decisionReason }`;
const START = `${LIST} mutation($p: ID!, $from: DraftSource!) { startPriceListDraft(input: { projectId: $p, from: $from }) { ...L entries { id catalogItemId name mode version } } }`;
const SUBMIT = `${LIST} mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { __typename ... on PriceList { ...L } ... on PriceListNotReady { code message issues { catalogItemId itemName field message } } } }`;
const APPROVE = `${LIST} mutation($id: ID!, $v: Int!, $r: String) { approvePriceList(input: { id: $id, version: $v, reason: $r }) { ...L } }`;
const REJECT = `${LIST} mutation($id: ID!, $v: Int!, $r: String) { rejectPriceList(input: { id: $id, version: $v, reason: $r }) { ...L } }`;
const PUBLISH = `${LIST} mutation($id: ID!, $v: Int!, $at: DateTime) { publishPriceList(input: { id: $id, version: $v, effectiveAt: $at }) { ...L } }`;
const UPDATE_ENTRY = `mutation($id: ID!, $v: Int!, $pricing: PricingInput) { updatePriceListEntry(input: { id: $id, version: $v, pricing: $pricing }) { id version priceText } }`;
const GET = `${LIST} query($id: ID!) { priceList(id: $id) { ...L entries { id catalogItemId name mode priceFen minFen maxFen version } } }`;
const PRICE_AT = `query($p: ID!, $i: ID!, $at: DateTime) { priceAt(projectId: $p, catalogItemId: $i, at: $at) { priceList { number } entry { priceText priceFen } } }`;

async function staff(email: string, roles: unknown[]): Promise<As> {
  const created = await app.gql(`mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }`, {
    i: { name: email, email, password: PASSWORD, roles },
  });
  expect(created.errors).toBeUndefined();
  const login = await app.gql(`mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { ... on LoginSuccess { token } } }`, { l: email, p: PASSWORD }, { as: 'anonymous' });
  return { token: login.data!.login.token };
}

const get = async (id: string, as: As = 'gm') => (await app.gql(GET, { id }, { as })).data!.priceList;

/** Draft from the template, price every unpriced entry, submit as the PM. */
async function submittedDraft(projectId: string, as: As = 'pm', from = 'TEMPLATE') {
  const started = await app.gql(START, { p: projectId, from }, { as });
  expect(started.errors).toBeUndefined();
  const list = started.data!.startPriceListDraft;
  for (const e of list.entries.filter((e: { mode: string }) => e.mode === 'UNSET')) {
    await app.gql(UPDATE_ENTRY, { id: e.id, v: e.version, pricing: { mode: 'FIXED', priceFen: 2000 } }, { as });
  }
  const submitted = await app.gql(SUBMIT, { id: list.id, v: list.version }, { as });
  expect(submitted.data!.submitPriceList.state).toBe('SUBMITTED');
  return submitted.data!.submitPriceList;
}

beforeAll(async () => {
  app = await createTestApp();
  const items = [
    { category: '水电类', name: '疏通下水', unit: '次', kind: 'PAID', pricing: { mode: 'FIXED', priceFen: 3000 } },
    { category: '门窗类', name: '换锁', unit: '把', kind: 'PAID', pricing: { mode: 'RANGE', minFen: 1000, maxFen: 5000 } },
    { category: '水电类', name: '换管', unit: '次', kind: 'PAID', pricing: { mode: 'WORKLOAD', minFen: 1000, maxFen: 100000 } },
    { category: '便民服务', name: '家电维修', unit: '次', kind: 'PAID', pricing: { mode: 'UNSET' } },
    { category: '免费服务', name: '代订牛奶', unit: '次', kind: 'FREE', pricing: { mode: 'FREE' } },
  ];
  for (const input of items) {
    const r = await app.gql(CREATE_ITEM, { input });
    expect(r.errors).toBeUndefined();
    item[input.name] = r.data!.createCatalogItem.id;
  }
  gm2 = await staff('gm2@a.test', [{ role: 'GENERAL_MANAGER' }]);
  gmPm = await staff('gmpm@a.test', [{ role: 'GENERAL_MANAGER' }, { role: 'PROJECT_MANAGER', projectId: app.fx.p2.id }]);
});
afterAll(() => app?.close());

describe('company template', () => {
  it('prints prices in yuan', async () => {
    const r = await app.gql(`{ catalogItems(take: 100) { totalCount items { name priceText kind } } }`, {}, { as: 'frontDesk' });
    const byName = Object.fromEntries(r.data!.catalogItems.items.map((i: { name: string; priceText: string }) => [i.name, i.priceText]));
    expect(byName).toMatchObject({ 疏通下水: '¥30.00', 换锁: '¥10.00–¥50.00', 换管: '¥10.00–¥1,000.00', 家电维修: null, 代订牛奶: '¥0.00' });
  });

  it.each([
    ['min above max', { mode: 'RANGE', minFen: 5000, maxFen: 1000 }, '次', 'pricing.min'],
    ['negative price', { mode: 'FIXED', priceFen: -100 }, '次', 'pricing.price'],
    ['fixed price with a range', { mode: 'FIXED', priceFen: 100, minFen: 1, maxFen: 2 }, '次', 'pricing.min'],
    ['unknown unit', { mode: 'FIXED', priceFen: 100 }, '公斤', 'unit'],
  ])('rejects %s with a typed error naming the field, writing nothing', async (_name, pricing, unit, field) => {
    const before = await app.orm.em.fork().count(CatalogItem, {}, { filters: false });
    const r = await app.gql(CREATE_ITEM, { input: { category: '水电类', name: `坏数据${field}`, unit, kind: 'PAID', pricing } });
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field });
    expect(await app.orm.em.fork().count(CatalogItem, {}, { filters: false })).toBe(before);
  });

  it('is edited only by the general manager', async () => {
    const r = await app.gql(CREATE_ITEM, { input: { category: '水电类', name: 'x', unit: '次', kind: 'PAID', pricing: { mode: 'FIXED', priceFen: 1 } } }, { as: 'pm' });
    expect(codeOf(r)).toBe('FORBIDDEN');
  });
});

describe('price list lifecycle', () => {
  let v1: { id: string; version: number };

  it('a draft with unpriced items cannot be submitted; the answer names each item', async () => {
    const started = await app.gql(START, { p: app.fx.p1.id, from: 'TEMPLATE' }, { as: 'pm' });
    const list = started.data!.startPriceListDraft;
    v1 = list;
    expect(list).toMatchObject({ number: 1, state: 'DRAFT' });
    expect(list.entries).toHaveLength(5);
    const r = await app.gql(SUBMIT, { id: list.id, v: list.version }, { as: 'pm' });
    expect(r.data!.submitPriceList).toMatchObject({ __typename: 'PriceListNotReady', code: 'VALIDATION_FAILED' });
    expect(r.data!.submitPriceList.issues).toEqual([expect.objectContaining({ catalogItemId: item['家电维修'], itemName: '家电维修', field: 'mode' })]);
    expect((await get(list.id)).state).toBe('DRAFT');
  });

  it('a second draft cannot be started while one is open', async () => {
    expect(codeOf(await app.gql(START, { p: app.fx.p1.id, from: 'TEMPLATE' }, { as: 'pm' }))).toBe('INVALID_STATE');
  });

  it('validates entry prices against the mode and names the field', async () => {
    const list = await get(v1.id);
    const lock = list.entries.find((e: { name: string }) => e.name === '换锁');
    const bad = await app.gql(UPDATE_ENTRY, { id: lock.id, v: lock.version, pricing: { mode: 'RANGE', minFen: 9000, maxFen: 100 } }, { as: 'pm' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'pricing.min' });
    expect(bad.errors![0]!.message).toBe('最低价 ¥90.00 高于最高价 ¥1.00');
  });

  it('only the project’s manager drafts: not the front desk, not another project’s manager', async () => {
    const list = await get(v1.id);
    const e = list.entries[0];
    expect(codeOf(await app.gql(UPDATE_ENTRY, { id: e.id, v: e.version, pricing: { mode: 'FIXED', priceFen: 1 } }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(UPDATE_ENTRY, { id: e.id, v: e.version, pricing: { mode: 'FIXED', priceFen: 1 } }, { as: 'pm2' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(START, { p: app.fx.p2.id, from: 'TEMPLATE' }, { as: 'pm' }))).toBe('NOT_FOUND');
  });

  it('goes draft → submitted → rejected (reason required) → draft → submitted → approved → published', async () => {
    const list = await get(v1.id);
    const repair = list.entries.find((e: { name: string }) => e.name === '家电维修');
    await app.gql(UPDATE_ENTRY, { id: repair.id, v: repair.version, pricing: { mode: 'WORKLOAD', minFen: 3000, maxFen: 50000 } }, { as: 'pm' });
    let cur = (await app.gql(SUBMIT, { id: v1.id, v: (await get(v1.id)).version }, { as: 'pm' })).data!.submitPriceList;
    expect(cur.state).toBe('SUBMITTED');

    expect(codeOf(await app.gql(UPDATE_ENTRY, { id: repair.id, v: repair.version + 1, pricing: { mode: 'FIXED', priceFen: 1 } }, { as: 'pm' }))).toBe('INVALID_STATE');
    expect(codeOf(await app.gql(APPROVE, { id: cur.id, v: cur.version }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(APPROVE, { id: cur.id, v: cur.version }, { as: 'pm' }))).toBe('FORBIDDEN');
    expect(codeOf(await app.gql(PUBLISH, { id: cur.id, v: cur.version }))).toBe('INVALID_STATE');

    const noReason = await app.gql(REJECT, { id: cur.id, v: cur.version, r: '  ' });
    expect(noReason.errors![0]!.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    cur = (await app.gql(REJECT, { id: cur.id, v: cur.version, r: '疏通下水价格偏低，请重新核算' })).data!.rejectPriceList;
    expect(cur).toMatchObject({ state: 'REJECTED', decisionReason: '疏通下水价格偏低，请重新核算' });

    cur = (await app.gql(`${LIST} mutation($id: ID!, $v: Int!) { revisePriceList(input: { id: $id, version: $v }) { ...L } }`, { id: cur.id, v: cur.version }, { as: 'pm' })).data!.revisePriceList;
    expect(cur.state).toBe('DRAFT');
    const drain = (await get(cur.id)).entries.find((e: { name: string }) => e.name === '疏通下水');
    await app.gql(UPDATE_ENTRY, { id: drain.id, v: drain.version, pricing: { mode: 'FIXED', priceFen: 3500 } }, { as: 'pm' });
    cur = (await app.gql(SUBMIT, { id: cur.id, v: (await get(cur.id)).version }, { as: 'pm' })).data!.submitPriceList;
    cur = (await app.gql(APPROVE, { id: cur.id, v: cur.version, r: '同意' })).data!.approvePriceList;
    expect(cur).toMatchObject({ state: 'APPROVED', approvalRef: expect.stringMatching(/^P1-\d{4}-001$/) });

    const t1 = new Date('2026-01-01T00:00:00Z');
    cur = (await app.gql(PUBLISH, { id: cur.id, v: cur.version }, { now: t1 })).data!.publishPriceList;
    expect(cur).toMatchObject({ state: 'PUBLISHED', effectiveFrom: t1.toISOString() });
    expect(codeOf(await app.gql(UPDATE_ENTRY, { id: drain.id, v: drain.version + 1, pricing: { mode: 'FIXED', priceFen: 1 } }, { as: 'pm' }))).toBe('INVALID_STATE');

    const audit = await app.orm.em.fork().find(AuditEntry, { entityId: cur.id, action: { $in: ['rejectPriceList', 'approvePriceList'] } }, { filters: false, orderBy: { at: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorName, a.after?.decisionReason])).toEqual([
      ['rejectPriceList', 'gm', '疏通下水价格偏低，请重新核算'],
      ['approvePriceList', 'gm', '同意'],
    ]);
  });

  it('answers what was published at any time across a publication boundary', async () => {
    const t2 = new Date('2026-03-01T00:00:00Z');
    const started = await app.gql(START, { p: app.fx.p1.id, from: 'PUBLISHED' }, { as: 'pm' });
    const v2 = started.data!.startPriceListDraft;
    expect(v2.number).toBe(2);
    const drain = v2.entries.find((e: { name: string }) => e.name === '疏通下水');
    await app.gql(UPDATE_ENTRY, { id: drain.id, v: drain.version, pricing: { mode: 'FIXED', priceFen: 4000 } }, { as: 'pm' });
    let cur = (await app.gql(SUBMIT, { id: v2.id, v: (await get(v2.id)).version }, { as: 'pm' })).data!.submitPriceList;
    cur = (await app.gql(APPROVE, { id: cur.id, v: cur.version })).data!.approvePriceList;
    cur = (await app.gql(PUBLISH, { id: cur.id, v: cur.version }, { now: t2 })).data!.publishPriceList;
    expect(cur.state).toBe('PUBLISHED');
    const old = (await app.gql(`query($p: ID!) { priceLists(filter: { projectId: $p }) { items { number state effectiveTo } } }`, { p: app.fx.p1.id })).data!.priceLists.items;
    expect(old).toEqual(expect.arrayContaining([{ number: 1, state: 'SUPERSEDED', effectiveTo: t2.toISOString() }]));

    const at = (iso: string) => app.gql(PRICE_AT, { p: app.fx.p1.id, i: item['疏通下水'], at: iso }, { as: 'frontDesk' });
    expect((await at('2025-12-31T23:59:59Z')).data!.priceAt).toBeNull();
    expect((await at('2026-02-28T23:59:59Z')).data!.priceAt).toEqual({ priceList: { number: 1 }, entry: { priceText: '¥35.00', priceFen: 3500 } });
    expect((await at('2026-03-01T00:00:00Z')).data!.priceAt).toEqual({ priceList: { number: 2 }, entry: { priceText: '¥40.00', priceFen: 4000 } });
  });

  it('shows the GM a diff against the published version with margin warnings', async () => {
    const v3 = await submittedDraft(app.fx.p1.id, 'pm', 'PUBLISHED');
    const drainEntry = (await get(v3.id)).entries.find((e: { name: string }) => e.name === '疏通下水');
    expect(drainEntry.priceFen).toBe(4000);
    const diff = await app.gql(`query($id: ID!) { priceListDiff(id: $id) { against { number } added { name } removed { name } changed { catalogItemId } marginWarnings { name warnings { code message } } } }`, { id: v3.id });
    expect(diff.errors).toBeUndefined();
    expect(diff.data!.priceListDiff).toMatchObject({ against: { number: 2 }, added: [], removed: [], changed: [] });
    const warnings = await app.gql(`query($id: ID!) { priceList(id: $id) { entries { name margin { treatment cost { total } warnings { code } } } } }`, { id: v3.id });
    const milk = warnings.data!.priceList.entries.find((e: { name: string }) => e.name === '代订牛奶');
    expect(milk.margin.treatment).toBe('goodwill');
    expect(codeOf(await app.gql(`query($id: ID!) { priceListDiff(id: $id) { added { name } } }`, { id: v3.id }, { as: 'frontDesk' }))).toBe('FORBIDDEN');
  });
});

describe('approval rules and races', () => {
  it('nobody approves their own submission, even a GM who also manages the project', async () => {
    const list = await submittedDraft(app.fx.p2.id, gmPm);
    const own = await app.gql(APPROVE, { id: list.id, v: list.version }, { as: gmPm });
    expect(codeOf(own)).toBe('FORBIDDEN');
    const other = await app.gql(APPROVE, { id: list.id, v: list.version }, { as: 'gm' });
    expect(other.data!.approvePriceList.state).toBe('APPROVED');
  });

  it('two GMs deciding the same submission at once: exactly one wins, the other gets CONFLICT', async () => {
    const p1 = (await app.gql(`{ priceLists(filter: { states: [SUBMITTED] }) { items { id version projectId } } }`)).data!.priceLists.items.find(
      (l: { projectId: string }) => l.projectId === app.fx.p1.id,
    );
    const [a, b] = await Promise.all([
      app.gql(APPROVE, { id: p1.id, v: p1.version, r: '同意' }, { as: 'gm' }),
      app.gql(REJECT, { id: p1.id, v: p1.version, r: '不同意' }, { as: gm2 }),
    ]);
    const outcomes = [a, b].map((r) => codeOf(r) ?? 'OK').sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const row = await app.orm.em.fork().findOneOrFail(PriceList, { id: p1.id }, { filters: false });
    expect(row.version).toBe(p1.version + 1);
    expect(row.state).toBe(codeOf(a) ? 'rejected' : 'approved');
  });
});

describe('scheduled publication and the notice', () => {
  it('a publish set for a later time takes effect then, by the job runner', async () => {
    const list = (await app.gql(`{ priceLists(filter: { states: [APPROVED] }) { items { id version projectId } } }`)).data!.priceLists.items.find(
      (l: { projectId: string }) => l.projectId === app.fx.p2.id,
    );
    expect(await (await fetchNotice(app.fx.p2.id)).status).toBe(404);
    const at = new Date(Date.now() + 1500);
    const scheduled = (await app.gql(PUBLISH, { id: list.id, v: list.version, at: at.toISOString() })).data!.publishPriceList;
    expect(scheduled).toMatchObject({ state: 'APPROVED', scheduledAt: at.toISOString() });
    await app.runJobs();
    expect((await get(list.id)).state).toBe('APPROVED');
    await new Promise((r) => setTimeout(r, 1800));
    await app.runJobs();
    expect(await get(list.id)).toMatchObject({ state: 'PUBLISHED', effectiveFrom: at.toISOString(), scheduledAt: null });
  });

  it('the printable notice shows only the published version, escaped', async () => {
    const res = await fetchNotice(app.fx.p1.id);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('有偿服务项目及收费标准');
    expect(html).toContain('¥40.00');
    expect(html).not.toContain('¥35.00');
    expect(html).toContain('代订牛奶');
    expect(html).toMatch(/审批编号：<span data-field="approvalRef">P1-\d{4}-002<\/span>/);
    expect(html).toContain('@page { size: A4');
  });

  it('a partner key with catalog:read reads the published catalog but never a draft', async () => {
    const pub = await app.gql(`query($p: ID!) { publishedPriceList(projectId: $p) { number entries { name priceText } } }`, { p: app.fx.p1.id }, { as: 'partner' });
    expect(pub.data!.publishedPriceList.number).toBe(2);
    const all = await app.gql(`{ priceLists { items { state } } }`, {}, { as: 'partner' });
    expect(all.data!.priceLists.items.map((i: { state: string }) => i.state).sort()).toEqual(['PUBLISHED', 'SUPERSEDED']);
    const other = await app.gql(`query($p: ID!) { publishedPriceList(projectId: $p) { number } }`, { p: app.fx.p2.id }, { as: 'partner' });
    expect(codeOf(other)).toBe('FORBIDDEN');
  });

  it('staff who only quote (front desk) see published history, never drafts or submissions', async () => {
    const q = `query($p: ID!) { priceLists(filter: { projectId: $p }) { items { id state } } }`;
    const desk = (await app.gql(q, { p: app.fx.p1.id }, { as: 'frontDesk' })).data!.priceLists.items as Array<{ id: string; state: string }>;
    const pm = (await app.gql(q, { p: app.fx.p1.id }, { as: 'pm' })).data!.priceLists.items as Array<{ id: string; state: string }>;
    const internal = pm.find((l) => !['PUBLISHED', 'SUPERSEDED'].includes(l.state));
    expect(internal).toBeDefined();
    expect(new Set(desk.map((l) => l.state))).toEqual(new Set(['PUBLISHED', 'SUPERSEDED']));
    expect((await app.gql(`query($id: ID!) { priceList(id: $id) { id } }`, { id: internal!.id }, { as: 'frontDesk' })).data!.priceList).toBeNull();
  });
});

/** The notice is an HTTP page; render it through the real handler. */
async function fetchNotice(projectId: string) {
  const { priceListNoticeHandler } = await import('../src/modules/catalog/price-list-notice.js');
  const handler = priceListNoticeHandler(app.orm);
  let status = 200;
  let body = '';
  const res = {
    status(s: number) {
      status = s;
      return res;
    },
    type() {
      return res;
    },
    send(b: string) {
      body = b;
      return res;
    },
  };
  await handler({ params: { projectId } } as never, res as never);
  return { status, text: async () => body };
}
