import { MikroORM } from '@mikro-orm/postgresql';
import { sleep } from '../../src/bench/processes.js';
import { ormConfig } from '../../src/db/orm-config.js';
import type { Fixture } from '../fixture.js';
import { PASSWORD } from '../fixture.js';

/** One HTTP request as the load client saw it. */
export interface Sample {
  op: string;
  /** ms since the run started */
  start: number;
  ms: number;
  status: number | 'network';
  /** The first error's code, or null for a success. */
  code: string | null;
  message?: string;
}

/** Every mutation the API acknowledged: afterwards each must be in the database. */
export interface Ledger {
  orders: Map<string, string>;
  quotes: Map<string, number>;
  payments: Map<string, { orderId: string; receipt: string; amountFen: number }>;
  complaints: Set<string>;
  residents: Set<string>;
}

export const newLedger = (): Ledger => ({ orders: new Map(), quotes: new Map(), payments: new Map(), complaints: new Set(), residents: new Set() });

type Result = { status: number | 'network'; data?: Record<string, any>; code: string | null; message?: string };

export class Session {
  readonly samples: Sample[] = [];
  readonly ledger = newLedger();
  private t0 = performance.now();
  tokens: Record<string, string> = {};
  /** Orders registered and not yet quoted, and quoted ones waiting to be carried through to payment. */
  readonly registered: string[] = [];
  readonly quoted: string[] = [];
  private seq = 0;

  constructor(
    readonly url: string,
    readonly fx: Fixture,
    readonly items: Record<string, string>,
  ) {}

  restartClock(): void {
    this.t0 = performance.now();
  }

  now(): number {
    return performance.now() - this.t0;
  }

  async request(op: string, query: string, variables: Record<string, unknown>, as: string, record = true): Promise<Result> {
    const start = this.now();
    let result: Result;
    try {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.tokens[as]}`, 'accept-language': 'en' },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await res.json()) as { data?: Record<string, any>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const e = body.errors?.[0];
      result = { status: res.status, data: body.data ?? undefined, code: e ? (e.extensions?.code ?? 'NO_CODE') : null, message: e?.message };
    } catch (error) {
      result = { status: 'network', code: 'NETWORK', message: String((error as Error).message) };
    }
    if (record) this.samples.push({ op, start, ms: this.now() - start, status: result.status, code: result.code, message: result.message });
    return result;
  }

  async login(): Promise<void> {
    const users = { gm: 'gm@a.test', pm: 'pm@a.test', frontDesk: 'frontdesk@a.test', supervisor: 'supervisor@a.test', worker: 'worker@a.test', finance: 'finance@a.test' };
    for (const [as, login] of Object.entries(users)) {
      const res = await fetch(`${this.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation($l: String!, $p: String!) { login(input: { login: $l, password: $p }) { ... on LoginSuccess { token } } }`, variables: { l: login, p: PASSWORD } }),
      });
      this.tokens[as] = ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
    }
  }

  private async must(query: string, variables: Record<string, unknown>, as: string): Promise<Record<string, any>> {
    const r = await this.request('setup', query, variables, as, false);
    if (r.code) throw new Error(`setup failed (${r.code} ${r.message}): ${query.slice(0, 80)}`);
    return r.data!;
  }

  /** The catalog the orders quote from, published for P1 (the procedures' approval path). */
  async publishCatalog(): Promise<void> {
    for (const input of [
      { category: '水电类', name: '疏通下水', unit: '次', kind: 'PAID', pricing: { mode: 'FIXED', priceFen: 3000 } },
      { category: '门窗类', name: '换锁', unit: '把', kind: 'PAID', pricing: { mode: 'RANGE', minFen: 1000, maxFen: 5000 } },
    ]) {
      this.items[input.name] = (await this.must(`mutation($input: CreateCatalogItemInput!) { createCatalogItem(input: $input) { id } }`, { input }, 'gm')).createCatalogItem.id;
    }
    let list = (await this.must(`mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: TEMPLATE }) { id version } }`, { p: this.fx.p1.id }, 'pm')).startPriceListDraft;
    list = (await this.must(`mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { ... on PriceList { id version } } }`, { id: list.id, v: list.version }, 'pm')).submitPriceList;
    list = (await this.must(`mutation($id: ID!, $v: Int!) { approvePriceList(input: { id: $id, version: $v }) { id version } }`, { id: list.id, v: list.version }, 'gm')).approvePriceList;
    await this.must(`mutation($id: ID!, $v: Int!) { publishPriceList(input: { id: $id, version: $v }) { state } }`, { id: list.id, v: list.version }, 'gm');
  }

  // ---- the mix -------------------------------------------------------------------------------

  async read(): Promise<void> {
    const reads = [
      ['list orders', `{ serviceOrders(take: 25) { totalCount items { id number state contactName contactPhone quoteTotalFen unit { number } } } }`, 'frontDesk'],
      ['list residents', `{ residents(take: 25) { totalCount items { id name phone unit { number } } } }`, 'frontDesk'],
      ['list complaints', `{ complaints(take: 25) { totalCount items { id number state contactName } } }`, 'supervisor'],
      ['price list', `query($p: ID!) { publishedPriceList(projectId: $p) { id entries { id name priceFen } } }`, 'worker'],
      ['me', `{ me { permissions projects { code } } }`, 'worker'],
    ] as const;
    const [op, query, as] = reads[this.seq++ % reads.length]!;
    await this.request(op, query, { p: this.fx.p1.id }, as);
  }

  async intake(): Promise<void> {
    const unit = this.fx.unitsP1[this.seq++ % 50]!;
    const r = await this.request(
      'register order',
      `mutation($i: RegisterServiceOrderInput!) { registerServiceOrder(input: $i) { id number } }`,
      { i: { unitId: unit.id, contactName: '住户', contactPhone: '13800000000', description: '下水道堵塞', channel: 'PHONE', serviceType: 'REPAIR', charge: 'PAID', urgency: 'EMERGENCY' } },
      'frontDesk',
    );
    if (!r.code) {
      this.ledger.orders.set(r.data!.registerServiceOrder.id, r.data!.registerServiceOrder.number);
      this.registered.push(r.data!.registerServiceOrder.id);
    }
  }

  private async order(id: string): Promise<{ version: number; state: string } | null> {
    const r = await this.request('read order', `query($id: ID!) { serviceOrder(id: $id) { version state } }`, { id }, 'frontDesk');
    return r.code ? null : r.data!.serviceOrder;
  }

  async quote(): Promise<void> {
    const id = this.registered.shift();
    if (!id) return this.intake();
    const o = await this.order(id);
    if (!o) return;
    const r = await this.request(
      'quote',
      `mutation($i: QuoteServiceOrderInput!) { quoteServiceOrder(input: $i) { id quoteVersion } }`,
      { i: { id, version: o.version, lines: [{ kind: 'CATALOG', catalogItemId: this.items['疏通下水'], quantityMilli: 1000 }] } },
      'frontDesk',
    );
    if (!r.code) {
      this.ledger.quotes.set(id, r.data!.quoteServiceOrder.quoteVersion);
      this.quoted.push(id);
    }
  }

  /** Consent, dispatch, assignment, work, sign-off and payment: each step its own request. */
  async pay(): Promise<void> {
    const id = this.quoted.shift();
    if (!id) return this.quote();
    const steps: Array<[string, string, string, (v: number) => Record<string, unknown>]> = [
      ['consent', 'recordConsent', 'ConsentInput', (v) => ({ id, version: v, method: 'PAPER_SIGNATURE', consentBy: '住户' })],
      ['dispatch', 'dispatchServiceOrder', 'DispatchInput', (v) => ({ id, version: v, supervisorId: this.fx.users.supervisor.id })],
      ['assign', 'assignServiceOrder', 'AssignInput', (v) => ({ id, version: v, workerId: this.fx.users.worker.id })],
      ['start', 'startServiceOrder', 'OrderStepInput', (v) => ({ id, version: v })],
      ['complete', 'completeServiceOrder', 'CompleteInput', (v) => ({ id, version: v, rating: 5, minutesSpent: 30 })],
    ];
    const who: Record<string, string> = { consent: 'frontDesk', dispatch: 'frontDesk', assign: 'supervisor', start: 'worker', complete: 'worker' };
    let version = (await this.order(id))?.version;
    if (version === undefined) return;
    for (const [op, name, type, input] of steps) {
      const r = await this.request(op, `mutation($i: ${type}!) { ${name}(input: $i) { version } }`, { i: input(version) }, who[op]!);
      if (r.code) return;
      version = r.data![name].version as number;
    }
    const r = await this.request(
      'pay',
      `mutation($i: PayServiceOrderInput!) { payServiceOrder(input: $i) { payment { id receiptNumber amountFen } } }`,
      { i: { id, method: 'CASH', idempotencyKey: `load-${id}`, collectedById: this.fx.users.worker.id } },
      'finance',
    );
    if (!r.code) {
      const p = r.data!.payServiceOrder.payment;
      this.ledger.payments.set(p.id, { orderId: id, receipt: p.receiptNumber, amountFen: p.amountFen });
    }
  }

  async complaint(): Promise<void> {
    const r = await this.request(
      'register complaint',
      `mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`,
      { i: { projectId: this.fx.p1.id, contactName: '住户', contactPhone: '13800000000', description: `噪音 ${this.seq++}`, channel: 'phone', category: 3, valid: true, severity: 'GENERAL', responsibleDepartment: 'SECURITY' } },
      'frontDesk',
    );
    if (!r.code) this.ledger.complaints.add(r.data!.registerComplaint.id);
  }

  async resident(): Promise<void> {
    const r = await this.request(
      'create resident',
      `mutation($i: CreateResidentInput!) { createResident(input: $i) { id } }`,
      { i: { unitId: this.fx.unitsP1[this.seq++ % 60]!.id, name: '新住户', phone: '13700000000', kind: 'TENANT' } },
      'frontDesk',
    );
    if (!r.code) this.ledger.residents.add(r.data!.createResident.id);
  }

  /** Reads, order intake, quotes, payments (with the steps before them), complaints, new residents. */
  async next(): Promise<void> {
    const roll = (this.seq * 7919 + Math.floor(Math.random() * 100)) % 100;
    this.seq++;
    if (roll < 40) return this.read();
    if (roll < 55) return this.intake();
    if (roll < 70) return this.quote();
    if (roll < 85) return this.pay();
    if (roll < 95) return this.complaint();
    return this.resident();
  }
}

/** A loop of `session.next()` per session until `until()` says stop, pausing 0–2 × `thinkMs` between them. */
export async function runClients(sessions: Session[], until: () => boolean, thinkMs = 0): Promise<void> {
  await Promise.all(
    sessions.map(async (s) => {
      while (!until()) {
        await s.next();
        if (thinkMs > 0) await sleep(Math.random() * 2 * thinkMs);
      }
    }),
  );
}

export function mergeLedgers(sessions: Session[]): Ledger {
  const all = newLedger();
  for (const s of sessions) {
    for (const [k, v] of s.ledger.orders) all.orders.set(k, v);
    for (const [k, v] of s.ledger.quotes) all.quotes.set(k, v);
    for (const [k, v] of s.ledger.payments) all.payments.set(k, v);
    for (const k of s.ledger.complaints) all.complaints.add(k);
    for (const k of s.ledger.residents) all.residents.add(k);
  }
  return all;
}

/**
 * Every acknowledged mutation is in the database, and no aggregate is half-written: each
 * payment has its receipt, receipts are unique and gap-free, paid orders are settled with the
 * sum of their payments, each order's state has its timeline event, each change its audit entry.
 */
export async function verifyLedger(url: string, ledger: Ledger): Promise<{ problems: string[]; counts: Record<string, number> }> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url }));
  const problems: string[] = [];
  try {
    const sql = (q: string, p: unknown[] = []) => orm.em.fork().getConnection().execute(q, p) as Promise<Array<Record<string, any>>>;
    const ids = (xs: Iterable<string>) => `{${[...xs].join(',')}}`;

    const orders = await sql(`select id, number, quote_version from service_order where id = any(?::uuid[])`, [ids(ledger.orders.keys())]);
    if (orders.length !== ledger.orders.size) problems.push(`orders: ${ledger.orders.size} acknowledged, ${orders.length} found`);
    for (const o of orders) if (ledger.orders.get(o.id) !== o.number) problems.push(`order ${o.id} has number ${o.number}, acknowledged ${ledger.orders.get(o.id)}`);
    const quotes = new Map((await sql(`select id, quote_version from service_order where id = any(?::uuid[])`, [ids(ledger.quotes.keys())])).map((o) => [o.id, o.quote_version as number]));
    for (const [id, v] of ledger.quotes) if ((quotes.get(id) ?? -1) < v) problems.push(`quote ${v} of order ${id} lost (found ${quotes.get(id)})`);

    const payments = await sql(`select id, order_id, receipt_number, amount_fen from payment where id = any(?::uuid[])`, [ids(ledger.payments.keys())]);
    if (payments.length !== ledger.payments.size) problems.push(`payments: ${ledger.payments.size} acknowledged, ${payments.length} found`);
    for (const p of payments) {
      const acked = ledger.payments.get(p.id)!;
      if (acked.receipt !== p.receipt_number || acked.amountFen !== p.amount_fen || acked.orderId !== p.order_id) problems.push(`payment ${p.id} differs from what was acknowledged`);
    }
    const complaints = await sql(`select id from complaint where id = any(?::uuid[])`, [ids(ledger.complaints)]);
    if (complaints.length !== ledger.complaints.size) problems.push(`complaints: ${ledger.complaints.size} acknowledged, ${complaints.length} found`);
    const residents = await sql(`select id from resident where id = any(?::uuid[])`, [ids(ledger.residents)]);
    if (residents.length !== ledger.residents.size) problems.push(`residents: ${ledger.residents.size} acknowledged, ${residents.length} found`);

    // Aggregates whole, over everything in the database (acknowledged or not).
    const noReceipt = await sql(`select id from payment where coalesce(receipt_number, '') = ''`);
    if (noReceipt.length) problems.push(`${noReceipt.length} payments without a receipt number`);
    const dupReceipts = await sql(`select receipt_number from payment group by 1 having count(*) > 1`);
    if (dupReceipts.length) problems.push(`duplicate receipt numbers: ${dupReceipts.map((r) => r.receipt_number).join(', ')}`);
    const books = await sql(`select regexp_replace(receipt_number, '-\\d+$', '') as book, array_agg(substring(receipt_number from '\\d+$')::int order by 1) as numbers from payment group by 1`);
    for (const b of books) {
      const numbers = (b.numbers as number[]).slice().sort((x, y) => x - y);
      if (numbers.some((n, i) => n !== i + 1)) problems.push(`receipt book ${b.book} has gaps: ${numbers.length} receipts, highest ${numbers.at(-1)}`);
    }
    const unbalanced = await sql(`select o.id from service_order o left join payment p on p.order_id = o.id and p.stage = 'settlement' group by o.id, o.paid_fen having o.paid_fen <> coalesce(sum(p.amount_fen), 0)`);
    if (unbalanced.length) problems.push(`${unbalanced.length} orders whose paid amount is not the sum of their payments`);
    const paidNotSettled = await sql(`select distinct o.id from service_order o join payment p on p.order_id = o.id and p.stage = 'settlement' where o.state not in ('settled', 'closed')`);
    if (paidNotSettled.length) problems.push(`${paidNotSettled.length} orders with a payment but not settled`);
    const settledUnpaid = await sql(`select o.id from service_order o where o.state = 'settled' and not exists (select 1 from payment p where p.order_id = o.id)`);
    if (settledUnpaid.length) problems.push(`${settledUnpaid.length} settled orders without a payment`);
    const noEvent = await sql(`select o.id from service_order o where not exists (select 1 from order_event e where e.order_id = o.id and e.to_state = o.state::text)`);
    if (noEvent.length) problems.push(`${noEvent.length} orders whose state has no timeline event`);
    const unaudited = await sql(
      `select t.id from (select id from service_order union all select id from payment union all select id from complaint union all select id from resident) t
        where not exists (select 1 from audit_entry a where a.entity_id = t.id::text and a.change = 'create')`,
    );
    if (unaudited.length) problems.push(`${unaudited.length} rows created without their audit entry`);

    const counts = {
      orders: ledger.orders.size,
      quotes: ledger.quotes.size,
      payments: ledger.payments.size,
      complaints: ledger.complaints.size,
      residents: ledger.residents.size,
    };
    return { problems, counts };
  } finally {
    await orm.close(true);
  }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
