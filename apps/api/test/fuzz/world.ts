import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../src/db/ids.js';
import { refreshPnlMonth } from '../../src/modules/profitability/pnl-rollup.js';
import { fanOutEvents } from '../../src/modules/webhooks/delivery.js';
import { emitWebhook } from '../../src/modules/webhooks/emit.js';
import type { As, GqlResult, TestApp } from '../harness.js';
import { orderIntake, writeCompletedOrders } from '../order-kit.js';
import type { Vars } from './inputs.js';

/** A valid call of one mutation, in the current state of the database: hostile edits start from it. */
export interface Base {
  as?: As;
  vars: (w: World) => Promise<Vars> | Vars;
}

const future = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour - 8, 0, 0, 0);
  return d.toISOString();
};
const lastMonth = () => {
  const d = new Date();
  const year = d.getUTCMonth() === 0 ? d.getUTCFullYear() - 1 : d.getUTCFullYear();
  const month = d.getUTCMonth() === 0 ? 12 : d.getUTCMonth();
  return { year, month, key: `${year}-${String(month).padStart(2, '0')}` };
};
const thisMonth = () => ({ year: new Date().getUTCFullYear(), month: new Date().getUTCMonth() + 1 });

type Row = { id: string; version: number; state?: string; number?: string };

/**
 * The fuzz test's company: targets in the state each mutation needs, made on demand and made
 * again once a call has used one up (a completed order cannot be completed twice). Setting up
 * goes through the API as the procedures do; it marks the database as changed, so the test
 * takes a fresh digest before the call it is about.
 */
export class World {
  dirty = true;
  private seq = 0;
  private cache = new Map<string, Row>();
  items: Record<string, string> = {};

  constructor(readonly app: TestApp) {}

  uniq(prefix = 'F'): string {
    return `${prefix}${Date.now().toString(36)}${(this.seq++).toString(36)}`;
  }

  /** A setup step that must succeed. */
  async ok<T = Record<string, any>>(query: string, vars: Vars = {}, as: As = 'gm', now?: Date): Promise<T> {
    this.dirty = true;
    const r: GqlResult<T> = await this.app.gql<T>(query, vars, { as, now });
    if (r.errors) throw new Error(`fuzz setup failed: ${query.slice(0, 80)} → ${JSON.stringify(r.errors)}`);
    return r.data!;
  }

  /** Ids the hostile edits may put anywhere: the other company's rows, and rows of the wrong kind. */
  foreignIds(): string[] {
    const fx = this.app.fx;
    return [fx.pB.id, fx.unitB.id, fx.residentB.id, fx.users.gmB.id, fx.p2.id, fx.unitP2.id, fx.residentP2.id, fx.users.worker.id, fx.unitsP1[0]!.id, fx.residentP1.id, fx.p1.id];
  }

  /** The published catalog every order quotes from (fixed, range and by-workload items). */
  async setup(): Promise<void> {
    for (const input of [
      { category: '水电类', name: '疏通下水', unit: '次', kind: 'PAID', pricing: { mode: 'FIXED', priceFen: 3000 } },
      { category: '门窗类', name: '换锁', unit: '把', kind: 'PAID', pricing: { mode: 'RANGE', minFen: 1000, maxFen: 5000 } },
      { category: '水电类', name: '换管', unit: '次', kind: 'PAID', pricing: { mode: 'WORKLOAD', minFen: 1000, maxFen: 100000 } },
    ]) {
      this.items[input.name] = (await this.ok(`mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { id } }`, { input })).createCatalogItem.id;
    }
    await this.priceList('published');
  }

  // ---- generic rows -------------------------------------------------------------------------

  /** A row of this kind not used up yet (`stillGood`), else a new one from `make`. */
  private async reuse(key: string, stillGood: (row: Row) => Promise<Row | null>, make: () => Promise<Row>): Promise<Row> {
    const cached = this.cache.get(key);
    const current = cached ? await stillGood(cached) : null;
    if (current) return current;
    const made = await make();
    this.cache.set(key, made);
    return made;
  }

  private async current(query: string, field: string, id: string, as: As = 'gm'): Promise<Row | null> {
    const r = await this.app.gql(query, { id }, { as });
    return (r.data?.[field] as Row | null) ?? null;
  }

  async project(): Promise<Row> {
    return this.reuse('project', (p) => this.current(`query($id: ID!) { project(id: $id) { id version } }`, 'project', p.id), async () =>
      (await this.ok(`mutation($c: String!) { createProject(input: { code: $c, name: "靶项目", kind: RESIDENTIAL }) { id version } }`, { c: this.uniq() })).createProject,
    );
  }

  async building(): Promise<Row> {
    return this.reuse('building', (b) => this.current(`query($id: ID!) { building(id: $id) { id version } }`, 'building', b.id), async () =>
      (await this.ok(`mutation($p: ID!, $c: String!) { createBuilding(input: { projectId: $p, code: $c, name: "靶楼" }) { id version } }`, { p: this.app.fx.p1.id, c: this.uniq() })).createBuilding,
    );
  }

  async unit(): Promise<Row> {
    return this.reuse('unit', (u) => this.current(`query($id: ID!) { unit(id: $id) { id version } }`, 'unit', u.id), async () =>
      (await this.ok(`mutation($b: ID!, $n: String!) { createUnit(input: { buildingId: $b, number: $n }) { id version } }`, { b: this.app.fx.buildingP1.id, n: this.uniq('9-9-') })).createUnit,
    );
  }

  async resident(kind = 'OWNER'): Promise<Row & { unitId: string }> {
    return this.reuse(`resident-${kind}`, (r) => this.current(`query($id: ID!) { resident(id: $id) { id version unitId } }`, 'resident', r.id), async () =>
      (await this.ok(`mutation($u: ID!, $k: ResidentKind!) { createResident(input: { unitId: $u, name: "靶住户", phone: "13700000000", kind: $k }) { id version unitId } }`, { u: this.app.fx.unitsP1[20]!.id, k: kind })).createResident,
    ) as Promise<Row & { unitId: string }>;
  }

  async staffUser(): Promise<Row> {
    return this.reuse('staff', (s) => this.current(`query($id: ID!) { staffUser(id: $id) { id version } }`, 'staffUser', s.id), async () =>
      (await this.ok(`mutation($e: String!, $p: ID!) { createStaffUser(input: { name: "靶员工", email: $e, password: "Passw0rd!", roles: [{ role: WORKER, projectId: $p }] }) { id version } }`, { e: `${this.uniq('s')}@a.test`, p: this.app.fx.p1.id })).createStaffUser,
    );
  }

  /** The account the login fuzz guesses at: never a fixture user, whom a lockout would stop. */
  async loginTarget(): Promise<string> {
    const row = await this.reuse('login', async (r) => r, async () => {
      const email = `${this.uniq('login')}@a.test`;
      const created = (await this.ok(`mutation($e: String!, $p: ID!) { createStaffUser(input: { name: "登录靶", email: $e, password: "Passw0rd!", roles: [{ role: WORKER, projectId: $p }] }) { id version } }`, { e: email, p: this.app.fx.p1.id })).createStaffUser;
      return { ...created, number: email };
    });
    return row.number!;
  }

  async catalogItem(): Promise<Row> {
    return this.reuse('item', async (i) => {
      const r = await this.app.gql(`{ catalogItems(take: 100, search: "靶") { items { id version } } }`);
      return (r.data?.catalogItems.items as Row[] | undefined)?.find((x) => x.id === i.id) ?? null;
    }, async () =>
      (await this.ok(`mutation($n: String!) { createCatalogItem(input: { category: "靶类", name: $n, unit: "次", kind: PAID, pricing: { mode: FIXED, priceFen: 2000 } }) { id version } }`, { n: this.uniq('靶') })).createCatalogItem,
    );
  }

  async apiKey(): Promise<Row> {
    return this.reuse('apiKey', async (k) => {
      const r = await this.app.gql(`{ apiKeys(take: 100) { items { id revokedAt replacedById } } }`);
      const row = (r.data?.apiKeys.items as Array<{ id: string; revokedAt: string | null; replacedById: string | null }>).find((x) => x.id === k.id);
      return row && !row.revokedAt && !row.replacedById ? k : null;
    }, async () => ({ ...(await this.ok(`mutation { createApiKey(input: { name: "靶密钥", scopes: [ORDERS_READ] }) { apiKey { id } } }`)).createApiKey.apiKey, version: 1 }));
  }

  // ---- price lists (one open version per project: walked round its lifecycle) ----------------

  private published = false;

  private async openList(): Promise<Row | null> {
    const r = await this.app.gql(`query($p: ID!) { priceLists(filter: { projectId: $p }, take: 100) { items { id version state entries { id version catalogItemId } } } }`, { p: this.app.fx.p1.id });
    const lists = (r.data?.priceLists.items ?? []) as Array<Row & { entries: Row[] }>;
    return lists.find((l) => ['draft', 'submitted', 'approved', 'rejected'].includes(l.state!.toLowerCase())) ?? null;
  }

  /** P1's price list in the state asked for, moving the one open version on as needed. */
  async priceList(state: 'draft' | 'submitted' | 'approved' | 'rejected' | 'published'): Promise<Row & { entries: Row[] }> {
    for (let i = 0; i < 8; i++) {
      const open = (await this.openList()) as (Row & { entries: Row[] }) | null;
      const s = open?.state?.toLowerCase();
      if (state === 'published' && !open) return { id: '', version: 0, entries: [] };
      if (open && s === state) return open;
      if (!open) {
        // From the published version, not the template: the template grows with every catalog item the fuzzer creates.
        await this.ok(`mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: ${this.published ? 'PUBLISHED' : 'TEMPLATE'} }) { id } }`, { p: this.app.fx.p1.id }, 'pm');
      } else if (s === 'draft') {
        await this.ok(`mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { __typename } }`, { id: open.id, v: open.version }, 'pm');
      } else if (s === 'submitted') {
        const decide = state === 'rejected' || state === 'draft' ? 'rejectPriceList(input: { id: $id, version: $v, reason: "再议" })' : 'approvePriceList(input: { id: $id, version: $v })';
        await this.ok(`mutation($id: ID!, $v: Int!) { ${decide} { id } }`, { id: open.id, v: open.version });
      } else if (s === 'rejected') {
        await this.ok(`mutation($id: ID!, $v: Int!) { revisePriceList(input: { id: $id, version: $v }) { id } }`, { id: open.id, v: open.version }, 'pm');
      } else if (s === 'approved') {
        await this.ok(`mutation($id: ID!, $v: Int!) { publishPriceList(input: { id: $id, version: $v }) { id } }`, { id: open.id, v: open.version });
        this.published = true;
      }
    }
    throw new Error(`price list did not reach ${state}`);
  }

  /** An entry of the draft for a throwaway item (never one the orders quote), and an item the draft does not list yet. */
  async draftEntry(): Promise<Row> {
    const list = await this.priceList('draft');
    const core = new Set(Object.values(this.items));
    const spare = (list.entries as Array<Row & { catalogItemId: string }>).find((e) => !core.has(e.catalogItemId));
    if (spare) return spare;
    const item = await this.catalogItem();
    return (await this.ok(`mutation($l: ID!, $i: ID!) { addPriceListEntry(input: { priceListId: $l, catalogItemId: $i, pricing: { mode: FIXED, priceFen: 2000 } }) { id version } }`, { l: list.id, i: item.id }, 'pm')).addPriceListEntry;
  }

  async itemNotInDraft(): Promise<{ list: string; item: string }> {
    const list = await this.priceList('draft');
    this.cache.delete('item');
    return { list: list.id, item: (await this.catalogItem()).id };
  }

  // ---- orders -------------------------------------------------------------------------------

  private static readonly ORDER = 'id version state number';
  private static readonly WALK = ['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed', 'settled'] as const;

  intake(over: Vars = {}): Vars {
    return orderIntake(this.app, over);
  }

  private async step(name: string, type: string, input: Vars, as: As, now?: Date): Promise<Row> {
    return (await this.ok(`mutation($i: ${type}!) { ${name}(input: $i) { ${World.ORDER} } }`, { i: input }, as, now))[name];
  }

  /** An order walked to `state` through the lifecycle, as the people of the procedures would. */
  async newOrder(state: (typeof World.WALK)[number], over: Vars = {}, payNow?: Date, method = 'CASH'): Promise<Row> {
    let o = await this.step('registerServiceOrder', 'RegisterServiceOrderInput', this.intake(over), 'frontDesk');
    const target = World.WALK.indexOf(state);
    const at = (s: (typeof World.WALK)[number]) => target >= World.WALK.indexOf(s);
    const lines = [{ kind: 'CATALOG', catalogItemId: this.items['疏通下水'], quantityMilli: 1000 }];
    if (at('quoted')) o = await this.step('quoteServiceOrder', 'QuoteServiceOrderInput', { id: o.id, version: o.version, lines }, 'frontDesk');
    if (at('accepted')) o = await this.step('recordConsent', 'ConsentInput', { id: o.id, version: o.version, method: 'PAPER_SIGNATURE', consentBy: '张三' }, 'frontDesk');
    if (at('dispatched')) o = await this.step('dispatchServiceOrder', 'DispatchInput', { id: o.id, version: o.version, supervisorId: this.app.fx.users.supervisor.id }, 'frontDesk');
    if (at('assigned')) o = await this.step('assignServiceOrder', 'AssignInput', { id: o.id, version: o.version, workerId: this.app.fx.users.worker.id }, 'supervisor');
    if (at('in_progress')) o = await this.step('startServiceOrder', 'OrderStepInput', { id: o.id, version: o.version }, 'worker');
    if (at('completed')) o = await this.step('completeServiceOrder', 'CompleteInput', { id: o.id, version: o.version, rating: 5, minutesSpent: 30 }, 'worker');
    if (at('settled')) {
      await this.ok(`mutation($i: PayServiceOrderInput!) { payServiceOrder(input: $i) { payment { id } } }`, { i: { id: o.id, method, idempotencyKey: this.uniq('pay') } }, 'finance', payNow);
      o = (await this.current(`query($id: ID!) { serviceOrder(id: $id) { ${World.ORDER} } }`, 'serviceOrder', o.id))!;
    }
    return o;
  }

  async order(state: (typeof World.WALK)[number]): Promise<Row> {
    return this.reuse(`order-${state}`, async (o) => {
      const now = await this.current(`query($id: ID!) { serviceOrder(id: $id) { ${World.ORDER} } }`, 'serviceOrder', o.id);
      return now && now.state?.toLowerCase() === state ? now : null;
    }, () => this.newOrder(state));
  }

  async requisition(state: 'requested' | 'signed'): Promise<Row> {
    return this.reuse(`requisition-${state}`, async (r) => {
      const res = await this.app.gql(`{ materialRequisitions(take: 100) { items { id version state } } }`);
      const now = (res.data?.materialRequisitions.items as Row[] | undefined)?.find((x) => x.id === r.id);
      return now && now.state?.toLowerCase() === state ? now : null;
    }, async () => {
      const o = await this.order('in_progress');
      let r = (await this.ok(`mutation($i: RequestMaterialsInput!) { requestMaterials(input: $i) { id version state } }`, { i: { orderId: o.id, citedOrderNumber: o.number, lines: [{ name: '管件', quantityMilli: 1000, unit: '个', unitCostFen: 500 }] } }, 'worker')).requestMaterials;
      if (state === 'signed') r = (await this.ok(`mutation($i: VersionedIdInput!) { signRequisition(input: $i) { id version state } }`, { i: { id: r.id, version: r.version } }, 'supervisor')).signRequisition;
      return r;
    });
  }

  // ---- complaints and follow-ups -----------------------------------------------------------

  complaintInput(over: Vars = {}): Vars {
    return {
      projectId: this.app.fx.p1.id,
      unitId: this.app.fx.unitsP1[30]!.id,
      contactName: '张三',
      contactPhone: '13912345678',
      description: '楼道灯坏了',
      wants: '尽快修好',
      channel: 'phone',
      category: 1,
      valid: true,
      severity: 'GENERAL',
      responsibleDepartment: 'ENGINEERING',
      ...over,
    };
  }

  async complaint(state: 'registered' | 'in_progress', kind = 'COMPLAINT'): Promise<Row> {
    return this.reuse(`complaint-${kind}-${state}`, async (c) => {
      const now = await this.current(`query($id: ID!) { complaint(id: $id) { id version state } }`, 'complaint', c.id);
      return now && now.state?.toLowerCase() === state ? now : null;
    }, async () => {
      // A different unit each time, so the repeat rule does not raise a nonconformity on every target.
      const unitId = this.app.fx.unitsP1[31 + (this.seq % 20)]!.id;
      this.seq++;
      const input = kind === 'SUGGESTION' ? { projectId: this.app.fx.p1.id, kind, contactName: '李四', contactPhone: '13912345678', description: '建议增设快递柜', channel: 'phone', responsibleDepartment: 'CUSTOMER_SERVICE' } : this.complaintInput({ unitId });
      let c = (await this.ok(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id version state } }`, { i: input }, 'frontDesk')).registerComplaint;
      if (state === 'in_progress') c = (await this.ok(`mutation($i: ComplaintStepInput!) { stepComplaint(input: $i) { id version state } }`, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, 'supervisor')).stepComplaint;
      return c;
    });
  }

  async nonconformity(): Promise<Row> {
    return this.reuse('nonconformity', async (n) => {
      const r = await this.app.gql(`{ nonconformities(take: 100, open: true) { items { id version } } }`, {}, { as: 'pm' });
      return (r.data?.nonconformities.items as Row[] | undefined)?.find((x) => x.id === n.id) ?? null;
    }, async () => {
      const unitId = (await this.unit()).id;
      this.cache.delete('unit');
      for (let i = 0; i < 2; i++) await this.ok(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, { i: this.complaintInput({ unitId, description: '楼道灯不亮' }) }, 'frontDesk');
      const r = await this.ok(`{ nonconformities(take: 100, open: true) { items { id version unitId } } }`, {}, 'pm');
      const mine = (r.nonconformities.items as Array<Row & { unitId: string }>).find((x) => x.unitId === unitId);
      if (!mine) throw new Error('no nonconformity raised');
      return mine;
    });
  }

  async followUp(): Promise<Row> {
    return this.reuse('followUp', async (f) => {
      const r = await this.app.gql(`{ followUps(take: 100, state: PLANNED) { items { id version } } }`, {}, { as: 'pm' });
      return (r.data?.followUps.items as Row[] | undefined)?.find((x) => x.id === f.id) ?? null;
    }, async () =>
      (await this.ok(`mutation($p: ID!) { planFollowUp(input: { projectId: $p, subject: SPECIAL_INCIDENT, label: "停水", contactName: "张三", contactPhone: "13912345678", completedAt: "${future(-1)}" }) { id version } }`, { p: this.app.fx.p1.id }, 'pm')).planFollowUp,
    );
  }

  // ---- money: deposits, statements, agreements ----------------------------------------------

  async tenantWithDeposit(): Promise<string> {
    const tenant = await this.resident('TENANT');
    const r = await this.app.gql(`query($id: ID!) { resident(id: $id) { id } depositAccounts(take: 100) { items { balanceFen resident { id } } } }`, { id: tenant.id }, { as: 'finance' });
    const balance = (r.data?.depositAccounts.items as Array<{ balanceFen: number; resident: { id: string } }> | undefined)?.find((a) => a.resident.id === tenant.id)?.balanceFen ?? 0;
    if (balance < 100_000) await this.ok(`mutation($r: ID!) { topUpDeposit(input: { residentId: $r, amountFen: 1000000 }) { id } }`, { r: tenant.id }, 'finance');
    return tenant.id;
  }

  /** An owner's statement of last month in the state asked for (its order settled to the statement then). */
  async statement(state: 'draft' | 'issued' | 'confirmed'): Promise<Row> {
    return this.reuse(`statement-${state}`, async (s) => {
      const now = await this.current(`query($id: ID!) { monthlyStatement(id: $id) { id version state } }`, 'monthlyStatement', s.id, 'finance');
      return now && now.state?.toLowerCase() === state ? now : null;
    }, async () => {
      const { year, month } = lastMonth();
      const paidAt = new Date(Date.UTC(year, month - 1, 15, 4));
      this.cache.delete('resident-OWNER');
      const owner = await this.resident('OWNER');
      await this.newOrder('settled', { unitId: owner.unitId, residentId: owner.id }, paidAt, 'STATEMENT');
      const drafts = (await this.ok(`mutation($p: ID!, $y: Int!, $m: Int!) { prepareStatements(input: { projectId: $p, year: $y, month: $m }) { id version state residentId } }`, { p: this.app.fx.p1.id, y: year, m: month }, 'finance')).prepareStatements as Array<Row & { residentId: string }>;
      let s: Row = drafts.find((d) => d.residentId === owner.id)!;
      if (state !== 'draft') s = (await this.ok(`mutation($id: ID!, $v: Int!) { issueStatement(input: { id: $id, version: $v }) { id version state } }`, { id: s.id, v: s.version }, 'finance')).issueStatement;
      if (state === 'confirmed') s = (await this.ok(`mutation($id: ID!, $v: Int!) { confirmStatement(input: { id: $id, version: $v }) { id version state } }`, { id: s.id, v: s.version }, 'finance')).confirmStatement;
      return s;
    });
  }

  agreementInput(): Vars {
    return {
      unitId: this.app.fx.unitsP1[0]!.id,
      residentId: this.app.fx.residentP1.id,
      catalogItemId: this.items['疏通下水'],
      description: '每周保洁',
      frequency: 'WEEKLY',
      weekday: 'tue',
      time: '09:00',
      priceFen: 3000,
      startsAt: future(30),
    };
  }

  async agreement(state: 'draft' | 'approved'): Promise<Row> {
    return this.reuse(`agreement-${state}`, async (a) => {
      const r = await this.app.gql(`{ serviceAgreements(take: 100) { items { id version state } } }`);
      const now = (r.data?.serviceAgreements.items as Row[] | undefined)?.find((x) => x.id === a.id);
      return now && now.state?.toLowerCase() === state ? now : null;
    }, async () => {
      let a = (await this.ok(`mutation($i: CreateAgreementInput!) { createServiceAgreement(input: $i) { id version state } }`, { i: this.agreementInput() }, 'frontDesk')).createServiceAgreement;
      if (state === 'approved') a = (await this.ok(`mutation($id: ID!, $v: Int!) { approveServiceAgreement(input: { id: $id, version: $v }) { id version state } }`, { id: a.id, v: a.version }, 'pm')).approveServiceAgreement;
      return a;
    });
  }

  // ---- KPI and profitability ----------------------------------------------------------------

  async penalty(): Promise<Row> {
    return this.reuse('penalty', async (p) => {
      const r = await this.app.gql(`{ penaltyEntries(take: 100, states: [PROPOSED]) { items { id version } } }`, {}, { as: 'pm' });
      return (r.data?.penaltyEntries.items as Row[] | undefined)?.find((x) => x.id === p.id) ?? null;
    }, async () =>
      (await this.ok(`mutation($p: ID!, $u: ID!) { recordPenalty(input: { projectId: $p, userId: $u, rule: PROCEDURE_VIOLATION, occurredAt: "${future(-1)}", note: "未按流程" }) { id version } }`, { p: this.app.fx.p1.id, u: this.app.fx.users.worker.id }, 'pm')).recordPenalty,
    );
  }

  /**
   * An item that lost money last month in P1: one paid order of ¥10 for three hours of work in
   * the history (written as the profitability tests do), rolled up. A new one once decided on.
   */
  async lossItem(): Promise<string> {
    const row = await this.reuse('lossItem', async (i) => {
      const r = await this.app.gql(`{ lossDecisions(take: 100) { items { itemId } } }`);
      return (r.data?.lossDecisions.items as Array<{ itemId: string }> | undefined)?.some((d) => d.itemId === i.id) ? null : i;
    }, async () => {
      const item = await this.catalogItem();
      this.cache.delete('item');
      const { year, month, key } = lastMonth();
      const at = new Date(Date.UTC(year, month - 1, 15, 4));
      await writeCompletedOrders(this.app, [{ completedAt: at, itemId: item.id, paidFen: 1000, minutes: 180, materialsFen: 0 }]);
      await refreshPnlMonth(this.app.orm.em.fork() as EntityManager, this.app.fx.companyA.id, this.app.fx.p1.id, key as never);
      this.dirty = true;
      return item;
    });
    return row.id;
  }

  async lossDecision(): Promise<Row> {
    return this.reuse('lossDecision', async (d) => {
      const r = await this.app.gql(`{ lossDecisions(take: 100, states: [PROPOSED]) { items { id version } } }`);
      return (r.data?.lossDecisions.items as Row[] | undefined)?.find((x) => x.id === d.id) ?? null;
    }, async () => {
      const itemId = await this.lossItem();
      return (await this.ok(`mutation($i: RecordLossDecisionInput!) { recordLossDecision(input: $i) { id version } }`, { i: { projectId: this.app.fx.p1.id, itemId, month: lastMonth().key, kind: 'DISCONTINUE', reason: '长期亏损' } }, 'pm')).recordLossDecision;
    });
  }

  async settingsVersion(): Promise<number> {
    return (await this.app.gql(`{ companySettings { version } }`)).data!.companySettings.version;
  }

  // ---- quality: inspections, surveys, appraisals, blocks (domain README §7) ----------------

  private period = 2001;

  /** Surveys are one per project and period (a year): each new one takes the next unused year. */
  nextPeriod(): string {
    return String(this.period++);
  }

  async checklistItem(area = 'ENGINEERING'): Promise<string> {
    const r = await this.app.gql(`query($a: Department) { inspectionChecklist(area: $a) { id } }`, { a: area }, { as: 'supervisor' });
    return (r.data!.inspectionChecklist as Array<{ id: string }>)[0]!.id;
  }

  inspectionInput(itemId: string): Vars {
    return {
      projectId: this.app.fx.p1.id,
      level: 'WEEKLY',
      area: 'ENGINEERING',
      note: '周检',
      inspectedAt: new Date(Date.now() - 3_600_000).toISOString(),
      findings: [{ checklistItemId: itemId, result: 'NONCONFORMITY', nonconformityClass: 'MINOR', description: '水箱未加锁', photoRef: 'oss://inspections/pump.jpg', responsibleUserId: this.app.fx.users.worker.id }],
    };
  }

  /** A finding just recorded, waiting for the responsible worker's acknowledgement. */
  async finding(): Promise<Row> {
    return this.reuse('finding', async (f) => {
      const r = await this.app.gql(`{ myInspectionFindings(take: 100) { items { id version state } } }`, {}, { as: 'worker' });
      const now = (r.data?.myInspectionFindings.items as Row[] | undefined)?.find((x) => x.id === f.id);
      return now && now.version === f.version ? now : null;
    }, async () => {
      const rec = (await this.ok(`mutation($i: RecordInspectionInput!) { recordInspection(input: $i) { findings { id version } } }`, { i: this.inspectionInput(await this.checklistItem()) }, 'supervisor')).recordInspection;
      return rec.findings[0];
    });
  }

  private reportMonth = 0;

  reportSections(): Vars {
    return { timeAndMethod: '项目负责人月检', summary: '检查 5 项', keyProblems: '水箱未加锁', analysis: '设备间管理不到位', suggestions: '加锁并每日检查' };
  }

  /** A saved, complete monthly report of P2 (its own month each), not yet submitted. */
  async inspectionReport(): Promise<Row & { month: string }> {
    return this.reuse('report', async (r) => {
      const res = await this.app.gql(`{ inspectionReports(take: 100) { items { id version state } } }`, {}, { as: 'pm' });
      const mine = (res.data?.inspectionReports.items as Row[] | undefined)?.find((x) => x.id === r.id);
      return mine && mine.state?.toLowerCase() === 'draft' ? { ...mine, number: r.number, month: r.number! } : null;
    }, async () => {
      // A month of its own each time, counting back from December 2025: a submitted report is final.
      const back = this.reportMonth++;
      const month = `${2025 - Math.floor(back / 12)}-${String(12 - (back % 12)).padStart(2, '0')}`;
      const saved = (await this.ok(`mutation($i: SaveInspectionReportInput!) { saveInspectionReport(input: $i) { id version state } }`, { i: { projectId: this.app.fx.p1.id, month, version: 0, sections: this.reportSections() } }, 'pm')).saveInspectionReport;
      return { ...saved, number: month, month };
    }) as Promise<Row & { month: string }>;
  }

  /** An open survey of P1 for a period of its own (one survey per project and period). */
  async survey(): Promise<Row & { items: string[] }> {
    const row = await this.reuse('survey', async (s) => {
      const now = await this.current(`query($id: ID!) { satisfactionSurvey(id: $id) { id version state } }`, 'satisfactionSurvey', s.id, 'pm');
      return now && now.state?.toLowerCase() !== 'closed' ? { ...s, version: now.version } : null;
    }, async () => {
      const year = new Date().getUTCFullYear();
      const period = this.nextPeriod();
      const created = (await this.ok(`mutation($i: CreateSurveyInput!) { createSatisfactionSurvey(input: $i) { id version items { code } } }`, { i: { projectId: this.app.fx.p1.id, period, distributed: 60, opensOn: `${year}-01-01`, closesOn: future(30).slice(0, 10) } }, 'pm')).createSatisfactionSurvey;
      return { id: created.id, version: created.version, number: (created.items as Array<{ code: string }>).map((i) => i.code).join(',') };
    });
    return { ...row, items: row.number!.split(',') };
  }

  private answered = 0;

  /** A unit of P1 that has not answered the current survey yet. */
  surveyUnit(): string {
    return this.app.fx.unitsP1[this.answered++ % 60]!.id;
  }

  async surveyAction(): Promise<Row> {
    return this.reuse('surveyAction', async (a) => {
      const r = await this.app.gql(`query($id: ID!) { satisfactionSurvey(id: $id) { actions { id version doneAt } } }`, { id: (await this.survey()).id }, { as: 'pm' });
      const now = (r.data?.satisfactionSurvey?.actions as Array<Row & { doneAt: string | null }> | undefined)?.find((x) => x.id === a.id);
      return now && !now.doneAt ? now : null;
    }, async () => {
      const s = await this.survey();
      return (await this.ok(`mutation($i: SaveSurveyActionInput!) { saveSurveyAction(input: $i) { id version } }`, { i: { surveyId: s.id, itemCode: 'cleaning', action: '楼道每日两次保洁', ownerId: this.app.fx.users.frontDesk.id, deadline: future(10).slice(0, 10) } }, 'pm')).saveSurveyAction;
    });
  }

  async appraisalVersion(month: string): Promise<number> {
    const r = await this.app.gql(`query($p: ID!, $m: String!) { housekeeperAppraisals(projectId: $p, month: $m) { userId version } }`, { p: this.app.fx.p1.id, m: month }, { as: 'pm' });
    return (r.data?.housekeeperAppraisals as Array<{ userId: string; version: number }> | undefined)?.find((a) => a.userId === this.app.fx.users.housekeeper.id)?.version ?? 0;
  }

  /** A building of P1 whose block is the fixture housekeeper's, and a vacant unit in it. */
  /** A partner key's endpoint, disabled so nothing is ever sent from the fuzz run. */
  async webhookEndpoint(): Promise<Row> {
    return this.reuse('webhookEndpoint', (e) => this.current(`query($id: ID!) { webhookEndpoint(id: $id) { id version } }`, 'webhookEndpoint', e.id), async () => {
      const created = (await this.ok(`mutation($k: ID) { createWebhookEndpoint(input: { apiKeyId: $k, url: "http://127.0.0.1:9/fuzz", events: [ORDER_STATUS_CHANGED] }) { endpoint { id version } } }`, { k: this.app.fx.partnerKey.entity.id })).createWebhookEndpoint.endpoint;
      return (await this.ok(`mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { id version } }`, { i: { id: created.id, version: created.version, enabled: false } })).updateWebhookEndpoint;
    });
  }

  /** A delivery of that endpoint: an event recorded as a service would, fanned out as the job does. */
  async webhookDelivery(): Promise<string> {
    const endpoint = await this.webhookEndpoint();
    const row = await this.reuse('webhookDelivery', async (d) => d, async () => {
      const em = this.app.orm.em.fork();
      const at = new Date();
      emitWebhook(em, { companyId: this.app.fx.companyA.id, projectId: this.app.fx.p1.id, type: 'order.status_changed', entityType: 'ServiceOrder', entityId: newId(), at, data: {} });
      await em.flush();
      await fanOutEvents(this.app.orm.em, at);
      const r = await this.ok(`query($e: ID!) { webhookDeliveries(endpointId: $e, take: 1) { items { id } } }`, { e: endpoint.id });
      return { id: r.webhookDeliveries.items[0].id, version: 1 };
    });
    return row.id;
  }

  async vacantUnit(): Promise<string> {
    const row = await this.reuse('vacant', async (u) => u, async () => {
      const b = (await this.ok(`mutation($p: ID!, $c: String!) { createBuilding(input: { projectId: $p, code: $c, name: "空置楼" }) { id version } }`, { p: this.app.fx.p1.id, c: this.uniq() })).createBuilding;
      await this.ok(`mutation($i: AssignBlockHousekeeperInput!) { assignBlockHousekeeper(input: $i) { id } }`, { i: { buildingId: b.id, version: b.version, housekeeperId: this.app.fx.users.housekeeper.id } }, 'pm');
      return (await this.ok(`mutation($b: ID!, $n: String!) { createUnit(input: { buildingId: $b, number: $n }) { id version } }`, { b: b.id, n: this.uniq('8-8-') })).createUnit;
    });
    return row.id;
  }

  async kpiSettingsVersion(): Promise<number> {
    return (await this.app.gql(`{ kpiSettings { version } }`)).data!.kpiSettings.version;
  }

  async notificationIds(): Promise<string[]> {
    const r = await this.app.gql(`{ myNotifications(take: 5) { items { id } } }`, {}, { as: 'supervisor' });
    return (r.data?.myNotifications.items as Array<{ id: string }> | undefined)?.map((n) => n.id) ?? [];
  }
}

const v = (row: { id: string; version: number }) => ({ id: row.id, version: row.version });

/**
 * A valid call for every mutation written so far. A mutation missing here is still fuzzed,
 * from generic values (inputs.ts genericVars); a base makes the hostile values land deeper.
 */
export const BASES: Record<string, Base> = {
  login: { as: 'anonymous', vars: async (w) => ({ input: { login: await w.loginTarget(), password: 'Passw0rd!' } }) },

  createProject: { vars: (w) => ({ input: { code: w.uniq(), name: '新项目', kind: 'RESIDENTIAL', households: 100, address: '深圳市南山区' } }) },
  updateProject: { vars: async (w) => ({ input: { ...v(await w.project()), name: '改名', households: 200, address: '新地址' } }) },
  setProjectWorkingHours: {
    vars: async (w) => {
      const p = await w.project();
      const days = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
      return { input: { projectId: p.id, version: p.version, weeklyHours: days.map((weekday, i) => ({ weekday, windows: i < 5 ? [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '18:00' }] : [] })) } };
    },
  },
  createBuilding: { vars: (w) => ({ input: { projectId: w.app.fx.p1.id, code: w.uniq(), name: '新楼' } }) },
  updateBuilding: { vars: async (w) => ({ input: { ...v(await w.building()), name: '改名' } }) },
  createUnit: { vars: (w) => ({ input: { buildingId: w.app.fx.buildingP1.id, number: w.uniq('1-1-'), floor: 3 } }) },
  updateUnit: { vars: async (w) => ({ input: { ...v(await w.unit()), floor: 5, number: w.uniq('2-2-') } }) },
  createResident: { as: 'frontDesk', vars: (w) => ({ input: { unitId: w.app.fx.unitsP1[2]!.id, name: '新住户', phone: '13800001111', kind: 'TENANT' } }) },
  updateResident: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.resident()), name: '改名', phone: '13800002222', kind: 'OWNER', active: true } }) },
  revealPhone: { as: 'finance', vars: (w) => ({ input: { subject: 'RESIDENT', id: w.app.fx.residentP1.id } }) },
  createStaffUser: {
    vars: (w) => ({ input: { name: '新员工', email: `${w.uniq('u')}@a.test`, phone: '13600000000', password: 'Passw0rd!', roles: [{ role: 'SUPERVISOR', projectId: w.app.fx.p1.id, department: 'CLEANING' }] } }),
  },
  updateStaffUser: { vars: async (w) => ({ input: { ...v(await w.staffUser()), name: '改名', phone: '13600000001', roles: [{ role: 'WORKER', projectId: w.app.fx.p1.id }] } }) },
  createApiKey: { vars: (w) => ({ input: { name: '合作方', scopes: ['ORDERS_READ', 'CATALOG_READ'], projectId: w.app.fx.p1.id } }) },
  rotateApiKey: { vars: async (w) => ({ input: { id: (await w.apiKey()).id, graceHours: 24 } }) },
  revokeApiKey: { vars: async (w) => ({ id: (await w.apiKey()).id }) },
  createWebhookEndpoint: { vars: (w) => ({ input: { apiKeyId: w.app.fx.partnerKey.entity.id, url: 'https://partner.example.com/hooks', events: ['ORDER_COMPLETED'], description: '回调' } }) },
  updateWebhookEndpoint: { vars: async (w) => ({ input: { ...v(await w.webhookEndpoint()), url: 'https://partner.example.com/new', events: ['ORDER_STATUS_CHANGED'], description: '改', enabled: false } }) },
  rotateWebhookSecret: { vars: async (w) => ({ input: v(await w.webhookEndpoint()) }) },
  resendWebhookDelivery: { vars: async (w) => ({ id: await w.webhookDelivery() }) },

  createCatalogItem: {
    vars: (w) => ({ input: { category: '安装类', name: w.uniq('装'), unit: '台', kind: 'PAID', pricing: { mode: 'RANGE', minFen: 1000, maxFen: 5000 }, costModel: { labourMinutes: 30, materialsFen: 500, overheadBp: 1000, riskBp: 200 } } }),
  },
  updateCatalogItem: { vars: async (w) => ({ input: { ...v(await w.catalogItem()), name: w.uniq('靶'), unit: '次', pricing: { mode: 'FIXED', priceFen: 2500 }, active: true } }) },
  startPriceListDraft: {
    as: 'pm',
    vars: async (w) => {
      await w.priceList('published');
      return { input: { projectId: w.app.fx.p1.id, from: 'PUBLISHED' } };
    },
  },
  addPriceListEntry: {
    as: 'pm',
    vars: async (w) => {
      const { list, item } = await w.itemNotInDraft();
      return { input: { priceListId: list, catalogItemId: item, pricing: { mode: 'FIXED', priceFen: 2000 }, costModel: { labourMinutes: 20, materialsFen: 100, overheadBp: 500, riskBp: 100 } } };
    },
  },
  updatePriceListEntry: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.draftEntry()), pricing: { mode: 'FIXED', priceFen: 3200 }, unit: '次' } }) },
  removePriceListEntry: { as: 'pm', vars: async (w) => ({ id: (await w.draftEntry()).id }) },
  submitPriceList: { as: 'pm', vars: async (w) => ({ input: v(await w.priceList('draft')) }) },
  revisePriceList: { as: 'pm', vars: async (w) => ({ input: v(await w.priceList('rejected')) }) },
  approvePriceList: { vars: async (w) => ({ input: { ...v(await w.priceList('submitted')), reason: '同意' } }) },
  rejectPriceList: { vars: async (w) => ({ input: { ...v(await w.priceList('submitted')), reason: '价格偏高' } }) },
  publishPriceList: { vars: async (w) => ({ input: { ...v(await w.priceList('approved')), effectiveAt: future(1) } }) },

  registerServiceOrder: { as: 'frontDesk', vars: (w) => ({ input: w.intake({ appointmentStart: future(2, 10), appointmentEnd: future(2, 12), urgency: 'NORMAL' }) }) },
  quoteServiceOrder: {
    as: 'frontDesk',
    vars: async (w) => ({
      input: {
        ...v(await w.order('registered')),
        note: '报价',
        lines: [
          { kind: 'CATALOG', catalogItemId: w.items['换锁'], quantityMilli: 2000, unitPriceFen: 3000 },
          { kind: 'MATERIAL', name: '锁芯', quantityMilli: 1000, unitPriceFen: 1500 },
        ],
      },
    }),
  },
  recordConsent: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('quoted')), method: 'PAPER_SIGNATURE', consentBy: '张三', note: '已签字' } }) },
  declineServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('quoted')), reason: '价格太高', note: '业主拒绝' } }) },
  dispatchServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('accepted')), supervisorId: w.app.fx.users.supervisor.id, note: '尽快' } }) },
  assignServiceOrder: { as: 'supervisor', vars: async (w) => ({ input: { ...v(await w.order('dispatched')), workerId: w.app.fx.users.worker.id, note: '带工具' } }) },
  bookServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('accepted')), start: future(3, 10), end: future(3, 12), note: '业主下午在家' } }) },
  startServiceOrder: { as: 'worker', vars: async (w) => ({ input: { ...v(await w.order('assigned')), note: '到场' } }) },
  recordNoOneHome: { as: 'worker', vars: async (w) => ({ input: { ...v(await w.order('assigned')), arrivedAt: new Date(Date.now() - 5 * 60_000).toISOString(), note: '已留言条' } }) },
  completeServiceOrder: { as: 'worker', vars: async (w) => ({ input: { ...v(await w.order('in_progress')), rating: 5, minutesSpent: 45, comment: '满意', note: '已完成' } }) },
  payServiceOrder: { as: 'finance', vars: async (w) => ({ input: { id: (await w.order('completed')).id, method: 'CASH', idempotencyKey: w.uniq('idem'), collectedById: w.app.fx.users.worker.id } }) },
  closeServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('settled')), note: '归档' } }) },
  cancelServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('registered')), cancelledBy: 'resident', reason: '不需要了', note: '电话取消' } }) },
  rejectServiceOrder: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.order('registered')), reason: '不在服务范围', note: '' } }) },
  recordEndOfDayNote: { as: 'frontDesk', vars: async (w) => ({ input: { id: (await w.order('assigned')).id, reason: '等待配件', expectedFinishAt: future(1) } }) },
  requestMaterials: {
    as: 'worker',
    vars: async (w) => {
      const o = await w.order('in_progress');
      return { input: { orderId: o.id, citedOrderNumber: o.number, lines: [{ name: '水管', quantityMilli: 2500, unit: '米', unitCostFen: 800 }] } };
    },
  },
  signRequisition: { as: 'supervisor', vars: async (w) => ({ input: v(await w.requisition('requested')) }) },
  issueRequisition: { as: 'supervisor', vars: async (w) => ({ input: v(await w.requisition('signed')) }) },

  topUpDeposit: { as: 'finance', vars: async (w) => ({ input: { residentId: (await w.resident('TENANT')).id, amountFen: 10_000 } }) },
  refundDeposit: { as: 'finance', vars: async (w) => ({ input: { residentId: await w.tenantWithDeposit(), amountFen: 100 } }) },
  prepareStatements: { as: 'finance', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, ...thisMonth() } }) },
  issueStatement: { as: 'finance', vars: async (w) => ({ input: v(await w.statement('draft')) }) },
  confirmStatement: { as: 'finance', vars: async (w) => ({ input: v(await w.statement('issued')) }) },
  markStatementPaid: { as: 'finance', vars: async (w) => ({ input: v(await w.statement('confirmed')) }) },
  correctStatement: { as: 'finance', vars: async (w) => ({ input: { statementId: (await w.statement('issued')).id, amountFen: -500, description: '多收退回' } }) },
  createServiceAgreement: { as: 'frontDesk', vars: (w) => ({ input: w.agreementInput() }) },
  approveServiceAgreement: { as: 'pm', vars: async (w) => ({ input: v(await w.agreement('draft')) }) },
  endServiceAgreement: { as: 'pm', vars: async (w) => ({ input: v(await w.agreement('approved')) }) },

  registerComplaint: { as: 'frontDesk', vars: (w) => ({ input: w.complaintInput({ unitId: w.app.fx.unitsP1[55]!.id, happenedAt: new Date(Date.now() - 3_600_000).toISOString() }) }) },
  stepComplaint: {
    as: 'supervisor',
    vars: async (w) => ({ input: { ...v(await w.complaint('in_progress')), action: 'RECORD_RESOLUTION', cause: '灯管老化', handling: '更换灯管', completedAt: new Date().toISOString() } }),
  },
  recordComplaintOnSite: { as: 'supervisor', vars: async (w) => ({ input: { ...v(await w.complaint('in_progress')), at: new Date().toISOString() } }) },
  recordComplaintFeedback: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.complaint('in_progress')), at: new Date().toISOString() } }) },
  pauseComplaint: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.complaint('in_progress')), reason: 'WAITING_ON_RESIDENT', note: '业主出差' } }) },
  agreeComplaintExtension: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.complaint('in_progress')), milestone: 'RESOLUTION', newDueAt: future(5), note: '业主同意' } }) },
  stepSuggestion: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.complaint('registered', 'SUGGESTION')), action: 'ADOPT', reason: '下月安装' } }) },
  closeNonconformity: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.nonconformity()), correctiveAction: '更换灯具并加强巡检' } }) },
  planFollowUp: { as: 'pm', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, subject: 'ACTIVITY_SURVEY', label: '中秋活动', contactName: '张三', contactPhone: '13912345678', completedAt: future(-2), unitId: w.app.fx.unitsP1[3]!.id } }) },
  recordFollowUp: {
    // A special incident is visited by the project manager (domain README §5).
    as: 'pm',
    vars: async (w) => ({ input: { ...v(await w.followUp()), quality: 'SATISFIED', effect: 'SATISFIED', satisfaction: 'SATISFIED', residentConfirmed: true, opinions: '很好', shortcomings: '无', visitedAt: new Date(Date.now() - 60_000).toISOString() } }),
  },
  markNotificationsRead: { as: 'supervisor', vars: async (w) => ({ ids: await w.notificationIds() }) },
  updateCompanySettings: { vars: async (w) => ({ input: { version: await w.settingsVersion(), repeat: { complaintWindowDays: 90, complaintThreshold: 2, repairWindowDays: 90, repairThreshold: 3 } } }) },

  recordLossDecision: {
    as: 'pm',
    vars: async (w) => {
      const { year, key } = lastMonth();
      return { input: { projectId: w.app.fx.p1.id, itemId: await w.lossItem(), month: key, kind: 'GROW_VOLUME', reason: '加大宣传', targetOrdersPerMonth: 20, reviewOn: `${year + 1}-01-31` } };
    },
  },
  decideLossDecision: { vars: async (w) => ({ input: { ...v(await w.lossDecision()), action: 'APPROVE', reason: '同意停止' } }) },
  recordPenalty: { as: 'pm', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, userId: w.app.fx.users.worker.id, rule: 'PROCEDURE_VIOLATION', occurredAt: future(-1), note: '未按流程', evidenceType: 'ORDER', evidenceId: w.app.fx.unitsP1[0]!.id } }) },
  recordCommendation: { as: 'supervisor', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, userId: w.app.fx.users.worker.id, kind: 'RESIDENT_PRAISE', occurredAt: future(-1), note: '业主来信表扬' } }) },
  saveChecklistItem: { vars: (w) => ({ input: { area: 'CLEANING', category: '环境卫生', title: w.uniq('楼道'), standard: '无垃圾、无积水', sort: 10, active: true } }) },
  saveInspectionPost: { as: 'pm', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, area: 'SECURITY', name: w.uniq('东门岗'), active: true } }) },
  saveSubcontractor: { as: 'quality', vars: (w) => ({ input: { name: w.uniq('洁美保洁'), areas: ['CLEANING', 'GREENING'], contact: '王经理 13800000000', active: true } }) },
  recordInspection: { as: 'supervisor', vars: async (w) => ({ input: w.inspectionInput(await w.checklistItem()) }) },
  stepInspectionFinding: { as: 'worker', vars: async (w) => ({ input: { ...v(await w.finding()), action: 'ACKNOWLEDGE', note: '已知悉' } }) },
  saveInspectionReport: {
    as: 'pm',
    vars: async (w) => {
      const r = await w.inspectionReport();
      return { input: { projectId: w.app.fx.p1.id, month: r.month, version: r.version, sections: { ...w.reportSections(), summary: '检查 6 项' } } };
    },
  },
  stepInspectionReport: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.inspectionReport()), action: 'SUBMIT' } }) },
  createSatisfactionSurvey: { as: 'pm', vars: (w) => ({ input: { projectId: w.app.fx.p1.id, period: w.nextPeriod(), distributed: 50, opensOn: '2026-01-01', closesOn: '2026-01-31', title: '年度业户满意度调查' } }) },
  updateSatisfactionSurvey: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.survey()), distributed: 80, title: '年度业户满意度调查（补发）', closesOn: future(40).slice(0, 10) } }) },
  submitSurveyResponse: {
    as: 'frontDesk',
    vars: async (w) => {
      const s = await w.survey();
      return { input: { surveyId: s.id, unitId: w.surveyUnit(), answers: s.items.map((item) => ({ item, level: 4 })), comment: '楼道卫生需改进' } };
    },
  },
  saveSurveyAction: { as: 'pm', vars: async (w) => ({ input: { surveyId: (await w.survey()).id, itemCode: 'cleaning', action: '增加保洁频次', ownerId: w.app.fx.users.frontDesk.id, deadline: future(15).slice(0, 10) } }) },
  completeSurveyAction: { as: 'frontDesk', vars: async (w) => ({ input: { ...v(await w.surveyAction()), note: '已调整排班' } }) },
  saveHousekeeperAppraisal: {
    as: 'pm',
    vars: async (w) => {
      const month = lastMonth().key;
      return { input: { projectId: w.app.fx.p1.id, userId: w.app.fx.users.housekeeper.id, month, version: await w.appraisalVersion(month), scores: [{ dimension: 'ATTITUDE', score: 90 }], comment: '态度良好' } };
    },
  },
  assignBlockHousekeeper: {
    as: 'pm',
    vars: async (w) => {
      const b = await w.building();
      return { input: { buildingId: b.id, version: b.version, housekeeperId: w.app.fx.users.housekeeper.id } };
    },
  },
  recordVacantUnitCheck: { as: 'housekeeper', vars: async (w) => ({ input: { unitId: await w.vacantUnit(), note: '门窗完好', problemFound: false, checkedAt: new Date(Date.now() - 60_000).toISOString() } }) },
  updateKpiSettings: { vars: async (w) => ({ input: { version: await w.kpiSettingsVersion(), baseScore: 100, appealWindowDays: 7 } }) },

  stepPenaltyEntry: { as: 'pm', vars: async (w) => ({ input: { ...v(await w.penalty()), action: 'CONFIRM', reason: '属实' } }) },
};
