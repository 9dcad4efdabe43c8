import type { EntityManager } from '@mikro-orm/postgresql';
import { draftStatement, fen, formatReceiptNumber, receiptYear, shanghaiDate, type OrderState, type PaymentMethod } from '@wuye/domain';
import { newId } from '../ids.js';
import type { PriceListEntry } from '../../modules/catalog/price-list-entry.entity.js';
import type { PriceList } from '../../modules/catalog/price-list.entity.js';
import { DepositAccount } from '../../modules/orders/deposit-account.entity.js';
import { DepositTransaction } from '../../modules/orders/deposit-transaction.entity.js';
import { OrderEvent } from '../../modules/orders/order-event.entity.js';
import { Payment } from '../../modules/orders/payment.entity.js';
import { MaterialRequisition } from '../../modules/orders/material-requisition.entity.js';
import { QuoteLine } from '../../modules/orders/quote-line.entity.js';
import { ServiceOrder } from '../../modules/orders/service-order.entity.js';
import type { Project } from '../../modules/projects/project.entity.js';
import { Unit } from '../../modules/projects/unit.entity.js';
import { Resident, ResidentKind } from '../../modules/residents/resident.entity.js';
import type { StaffUser } from '../../modules/staff/staff-user.entity.js';
import { Sequence } from '../../modules/sequences/sequence.entity.js';
import { ServiceAgreement } from '../../modules/agreements/agreement.entity.js';
import { generateAgreementOrders } from '../../modules/agreements/agreements.service.js';
import { MonthlyStatement } from '../../modules/statements/monthly-statement.entity.js';
import type { Rng } from './random.js';

type Row<T> = Record<string, unknown> & Partial<T>;

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

/** Orders a month per project: estates are busier than the office tower. */
const MONTHLY = [42, 28, 12];

export const DESCRIPTIONS: Record<string, string[]> = {
  水电类: ['厨房下水道堵塞', '卫生间漏水', '水龙头关不紧', '马桶进水阀坏了'],
  门窗类: ['进户门锁打不开', '推拉门卡住', '纱窗破了需要拆装', '窗户关不严'],
  安装类: ['新买的吸顶灯要安装', '安装晾衣架', '热水器需要安装', '挂几幅画'],
  电气检修类: ['客厅跳闸', '插座没电'],
  便民服务: ['需要家庭保洁', '代购煤气', '家电不制冷', '复印几页文件'],
  免费服务: ['帮忙代收快递', '调试电视节目', '代订牛奶'],
};

const MATERIALS = [
  { name: 'PPR 水管', unit: '米', unitCostFen: 850 },
  { name: '水龙头阀芯', unit: '个', unitCostFen: 1500 },
  { name: '生料带', unit: '卷', unitCostFen: 300 },
  { name: '马桶进水阀', unit: '套', unitCostFen: 2800 },
];

interface HistoryInput {
  em: EntityManager;
  r: Rng;
  now: Date;
  projects: Project[];
  users: StaffUser[];
  published: Map<string, { list: PriceList; entries: PriceListEntry[] }>;
}

/**
 * Twelve months of orders (README §3) written with multi-row inserts: realistic mixes of
 * paid and free, emergencies, no-one-home visits, cancellations, declined quotes, ratings,
 * cash / QR / statement / deposit payments with gap-free receipt numbers, and a few open
 * orders of the last days, so later reports have history to show. Deterministic for a seed.
 */
export async function seedOrderHistory({ em, r, now, projects, users, published }: HistoryInput): Promise<number> {
  const orders: Row<ServiceOrder>[] = [];
  const events: Row<OrderEvent>[] = [];
  const lines: Row<QuoteLine>[] = [];
  const payments: Row<Payment>[] = [];
  const requisitions: Row<MaterialRequisition>[] = [];
  const deposits = new Map<string, { account: Row<DepositAccount>; tx: Row<DepositTransaction>[] }>();
  const receiptSeq = new Map<string, number>();
  const orderSeq = new Map<string, number>();

  for (const [p, project] of projects.entries()) {
    const staff = (prefix: string) => users.filter((u) => u.email?.startsWith(prefix) && u.roles.some((a) => a.projectId === project.id));
    const desk = staff('desk')[0]!;
    const supervisors = [...staff('eng-sup'), ...staff('clean-sup')];
    const workers = staff('worker');
    const units = await em.find(Unit, { projectId: project.id }, { filters: false, orderBy: { number: 'asc' } });
    const residents = await em.find(Resident, { projectId: project.id, kind: { $in: [ResidentKind.OWNER, ResidentKind.TENANT] } }, { filters: false });
    const byUnit = new Map<string, Resident[]>();
    residents.forEach((res) => byUnit.set(res.unitId, [...(byUnit.get(res.unitId) ?? []), res]));
    const catalog = published.get(project.id);
    const paidEntries = catalog?.entries.filter((e) => e.mode !== 'free' && e.mode !== 'unset') ?? [];
    const freeEntries = catalog?.entries.filter((e) => e.mode === 'free') ?? [];
    const start = Math.max(now.getTime() - 365 * DAY, catalog?.list.effectiveFrom?.getTime() ?? 0);
    const count = Math.round((MONTHLY[p] ?? 10) * ((now.getTime() - start) / (30 * DAY)));

    const times = Array.from({ length: count }, () => start + r.next() * (now.getTime() - start - HOUR)).sort((a, b) => a - b);
    for (const t of times) {
      const unit = r.pick(units);
      const resident = byUnit.get(unit.id)?.[0] ?? null;
      const entry = catalog ? (r.chance(0.8) || !freeEntries.length ? r.pick(paidEntries) : r.pick(freeEntries)) : null;
      const free = !entry || entry.mode === 'free';
      const created = new Date(Math.min(shanghaiWorkingTime(t, r), now.getTime() - r.int(5, 120) * MIN));
      const age = now.getTime() - created.getTime();
      const emergency = !free && entry!.category === '水电类' && r.chance(0.15);
      const supervisor = r.pick(supervisors);
      const worker = r.pick(workers);
      const day = shanghaiDate(created).replace(/-/g, '');
      const seqKey = `order:${project.id}:${day}`;
      const seq = (orderSeq.get(seqKey) ?? 0) + 1;
      orderSeq.set(seqKey, seq);
      const id = newId();
      const unitPrice = free ? 0 : concretePrice(entry!, r);
      const quantityMilli = r.chance(0.15) ? 2000 : 1000;
      const amount = Math.round((unitPrice * quantityMilli) / 1000);

      let state: OrderState = 'closed';
      const roll = r.next();
      if (age < 3 * DAY) state = r.pick(['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed'] as const);
      else if (roll < 0.05) state = 'cancelled';
      else if (roll < 0.08 && !free) state = 'declined';
      else if (roll < 0.09) state = 'rejected';
      else if (roll < 0.12 && !free) state = 'settled';
      if (free && state === 'settled') state = 'closed';

      const at = (offsetMinutes: number) => new Date(created.getTime() + offsetMinutes * MIN);
      const responded = r.chance(0.08) ? at(r.int(250, 600)) : at(r.int(5, 200));
      const steps: Array<[string, OrderState, Date, string | null]> = [['register', 'registered', created, null]];
      const reached = (s: OrderState) => ORDER_PATH.indexOf(s) <= ORDER_PATH.indexOf(state) && ORDER_PATH.includes(state);
      if (!free && (reached('quoted') || state === 'declined')) steps.push(['quote', 'quoted', responded, null]);
      if (state === 'declined') steps.push(['decline', 'declined', at(r.int(210, 900)), '价格太高，暂不需要']);
      if (reached('accepted')) steps.push(['consent', 'accepted', free ? responded : at(r.int(210, 400)), null]);
      if (reached('dispatched')) steps.push(['dispatch', 'dispatched', at(r.int(410, 460)), null]);
      if (reached('assigned')) steps.push(['assign', 'assigned', at(r.int(470, 520)), null]);
      const noOneHome = reached('in_progress') && r.chance(0.05);
      if (noOneHome) {
        steps.push(['no_one_home', 'assigned', at(r.int(600, 700)), '家中无人，已留温馨提示卡']);
        steps.push(['book', 'assigned', at(r.int(710, 800)), null]);
      }
      const startAt = at(noOneHome ? r.int(1500, 1700) : emergency ? r.int(10, 29) : r.int(540, 900));
      if (reached('in_progress')) steps.push(['start', 'in_progress', startAt, null]);
      const minutes = Math.max(10, Math.round((entry?.labourMinutes ?? 20) * (0.7 + r.next() * 0.6)));
      const completedAt = new Date(startAt.getTime() + minutes * MIN);
      const rating = r.chance(0.6) ? 5 : r.chance(0.6) ? 4 : r.chance(0.5) ? 3 : r.chance(0.6) ? 2 : 1;
      if (reached('completed')) steps.push(['complete', 'completed', completedAt, rating <= 2 ? '不太满意' : '满意']);
      const settledAt = new Date(completedAt.getTime() + r.int(5, 120) * MIN);
      if (!free && reached('settled')) steps.push(['settle', 'settled', settledAt, null]);
      if (state === 'closed') steps.push(['close', 'closed', new Date(settledAt.getTime() + r.int(60, 1440) * MIN), null]);
      if (state === 'cancelled') steps.push(['cancel', 'cancelled', at(r.int(30, 600)), '业主临时有事，取消服务']);
      if (state === 'rejected') steps.push(['reject', 'rejected', at(r.int(10, 60)), '本项目暂不提供该项服务']);

      const consented = steps.some((s) => s[0] === 'consent');
      // Materials reach an order only through a signed, issued requisition (领料单).
      const materialsFen = !free && reached('in_progress') && entry!.category === '水电类' && r.chance(0.4) ? r.int(3, 40) * 100 : 0;
      if (materialsFen > 0) {
        const issuedAt = new Date(startAt.getTime() - r.int(5, 30) * MIN);
        const material = r.pick(MATERIALS);
        // Whole units at the catalogue cost, the remainder as a sundry line, so the lines add up to the fen.
        const units = Math.max(1, Math.floor(materialsFen / material.unitCostFen));
        const rest = materialsFen - units * material.unitCostFen;
        requisitions.push({
          id: newId(),
          companyId: project.companyId,
          projectId: project.id,
          orderId: id,
          citedOrderNumber: `${project.code}-${day}-${String(seq).padStart(3, '0')}`,
          lines: rest >= 0
            ? [{ name: material.name, quantityMilli: units * 1000, unit: material.unit, unitCostFen: material.unitCostFen }, ...(rest > 0 ? [{ name: '辅材', quantityMilli: 1000, unit: '批', unitCostFen: rest }] : [])]
            : [{ name: material.name, quantityMilli: 1000, unit: material.unit, unitCostFen: materialsFen }],
          totalCostFen: materialsFen,
          state: 'issued',
          requestedById: worker.id,
          signedById: supervisor.id,
          signedAt: new Date(issuedAt.getTime() - 10 * MIN),
          issuedById: supervisor.id,
          issuedAt,
          createdAt: new Date(issuedAt.getTime() - 20 * MIN),
          updatedAt: issuedAt,
          version: 3,
        });
      }
      const last = steps[steps.length - 1]!;
      orders.push({
        id,
        companyId: project.companyId,
        projectId: project.id,
        number: `${project.code}-${day}-${String(seq).padStart(3, '0')}`,
        unitId: unit.id,
        residentId: resident?.id ?? null,
        contactName: resident?.name ?? '访客',
        contactPhone: resident?.phone ?? '13800000000',
        payerKind: resident?.kind === ResidentKind.TENANT ? 'tenant' : resident ? 'owner' : 'visitor',
        description: r.pick(DESCRIPTIONS[entry?.category ?? '免费服务'] ?? ['上门服务']),
        channel: r.chance(0.2) ? 'walk_in' : r.chance(0.15) ? 'app' : 'phone',
        serviceType: entry?.category === '便民服务' ? r.pick(['housekeeping', 'errand'] as const) : free ? 'other' : 'repair',
        charge: free ? 'free' : 'paid',
        urgency: emergency ? 'emergency' : 'normal',
        state,
        catalogItemId: entry?.catalogItemId ?? null,
        takenById: desk.id,
        supervisorId: reached('dispatched') ? supervisor.id : null,
        workerId: reached('assigned') ? worker.id : null,
        quoteVersion: free ? 0 : steps.some((s) => s[0] === 'quote') ? 1 : 0,
        quoteTotalFen: free || !steps.some((s) => s[0] === 'quote') ? null : amount,
        consentQuoteVersion: consented ? (free ? 0 : 1) : null,
        consentAt: consented ? steps.find((s) => s[0] === 'consent')![2] : null,
        consentMethod: consented ? r.pick(['paper_signature', 'in_person', 'phone']) : null,
        consentBy: consented ? resident?.name ?? '访客' : null,
        prepaidFen: 0,
        paidFen: !free && reached('settled') ? amount : 0,
        materialsCostFen: materialsFen,
        startedAt: reached('in_progress') ? startAt : null,
        completedAt: reached('completed') ? completedAt : null,
        minutesSpent: reached('completed') ? minutes : null,
        rating: reached('completed') ? rating : null,
        signOffComment: reached('completed') ? (rating <= 2 ? '不太满意' : '满意') : null,
        settledAt: !free && reached('settled') ? settledAt : null,
        closedAt: state === 'closed' ? last[2] : null,
        reason: ['cancelled', 'declined', 'rejected'].includes(state) ? last[3] : null,
        responseDueAt: at(4 * 60),
        onSiteDueAt: emergency ? at(30) : null,
        respondedAt: steps.length > 1 ? steps[1]![2] : null,
        onSiteAt: reached('in_progress') ? (noOneHome ? steps.find((s) => s[0] === 'no_one_home')![2] : startAt) : null,
        createdAt: created,
        updatedAt: last[2],
        version: steps.length,
      });
      let from: string | null = null;
      for (const [action, to, when, note] of steps) {
        const actor = ['assign'].includes(action) ? supervisor : ['start', 'complete', 'no_one_home'].includes(action) ? worker : desk;
        events.push({ id: newId(), companyId: project.companyId, projectId: project.id, orderId: id, at: when, action, fromState: from, toState: to, actorKind: 'user', actorId: actor.id, actorName: actor.name, note });
        from = to;
      }
      if (!free && steps.some((s) => s[0] === 'quote')) {
        lines.push({
          id: newId(),
          companyId: project.companyId,
          projectId: project.id,
          orderId: id,
          quoteVersion: 1,
          position: 0,
          kind: 'catalog',
          catalogItemId: entry!.catalogItemId,
          priceListId: catalog!.list.id,
          name: entry!.name,
          unit: entry!.unit,
          quantityMilli,
          unitPriceFen: unitPrice,
          amountFen: amount,
          createdAt: responded,
          updatedAt: responded,
        });
      }
      if (!free && reached('settled')) {
        const payer = resident?.kind === ResidentKind.TENANT ? 'tenant' : 'owner';
        const method: PaymentMethod = resident && payer === 'owner' && r.chance(0.3) ? 'statement' : payer === 'tenant' && r.chance(0.4) ? 'deposit' : r.chance(0.5) ? 'qr' : 'cash';
        const year = receiptYear(settledAt);
        const key = `receipt:${project.id}:${year}`;
        const sequence = (receiptSeq.get(key) ?? 0) + 1;
        receiptSeq.set(key, sequence);
        payments.push({
          id: newId(),
          companyId: project.companyId,
          projectId: project.id,
          orderId: id,
          amountFen: amount,
          method,
          stage: 'settlement',
          collectedById: amount >= 10_000 ? supervisor.id : worker.id,
          receiptNumber: formatReceiptNumber({ projectCode: project.code, year, sequence }),
          idempotencyKey: `seed-${id}`,
          paidAt: settledAt,
          createdAt: settledAt,
          updatedAt: settledAt,
        });
        if (method === 'deposit' && resident) depositDraw(deposits, resident, amount, id, settledAt);
      }
    }
  }

  // Payments were generated per project in time order, so receipt numbers follow payment time within a project.
  await em.insertMany(ServiceOrder, orders as never[]);
  await em.insertMany(OrderEvent, events as never[]);
  if (lines.length) await em.insertMany(QuoteLine, lines as never[]);
  if (payments.length) await em.insertMany(Payment, payments as never[]);
  if (requisitions.length) await em.insertMany(MaterialRequisition, requisitions as never[]);
  for (const { account, tx } of deposits.values()) {
    await em.insertMany(DepositAccount, [account] as never[]);
    await em.insertMany(DepositTransaction, tx as never[]);
  }
  await em.insertMany(MonthlyStatement, monthlyStatements(orders, payments, now) as never[]);
  const counters = [...receiptSeq, ...orderSeq].map(([key, value]) => ({ companyId: projects[0]!.companyId, key, value }));
  if (counters.length) await em.insertMany(Sequence, counters as never[]);
  return orders.length;
}

const ORDER_PATH: OrderState[] = ['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed', 'settled', 'closed'];

/** A price inside the published range, in whole yuan, as a front desk would quote. */
function concretePrice(entry: PriceListEntry, r: Rng): number {
  if (entry.mode === 'fixed') return entry.priceFen!;
  const min = entry.minFen!;
  const max = entry.maxFen!;
  return Math.min(max, Math.max(min, Math.round((min + r.next() * (max - min)) / 100) * 100));
}

/** Requests come in during the day: move the instant to 08:00–20:00 Shanghai time of its day. */
function shanghaiWorkingTime(t: number, r: Rng): number {
  const day = shanghaiDate(new Date(t));
  return new Date(`${day}T08:00:00+08:00`).getTime() + r.int(0, 12 * 60 - 1) * MIN;
}

/** A tenant who pays from a deposit has topped it up beforehand; the balance never goes below zero. */
function depositDraw(
  deposits: Map<string, { account: Row<DepositAccount>; tx: Row<DepositTransaction>[] }>,
  resident: Resident,
  amount: number,
  orderId: string,
  at: Date,
) {
  let d = deposits.get(resident.id);
  if (!d) {
    d = { account: { id: newId(), companyId: resident.companyId, projectId: resident.projectId, residentId: resident.id, balanceFen: 0, version: 1, createdAt: at, updatedAt: at }, tx: [] };
    deposits.set(resident.id, d);
  }
  let balance = d.account.balanceFen as number;
  const entry = (kind: 'top_up' | 'draw', fen: number, when: Date) => {
    balance += kind === 'top_up' ? fen : -fen;
    d!.tx.push({ id: newId(), companyId: resident.companyId, projectId: resident.projectId, accountId: d!.account.id, kind, amountFen: fen, balanceAfterFen: balance, orderId: kind === 'draw' ? orderId : null, createdAt: when, updatedAt: when });
  };
  if (balance < amount) entry('top_up', Math.ceil((amount - balance) / 50_000) * 50_000, new Date(at.getTime() - HOUR));
  entry('draw', amount, at);
  d.account.balanceFen = balance;
}

/** A weekly home-cleaning agreement (业主特约服务协议) in 翠湖花园, approved, with its coming orders generated. */
export async function seedCleaningAgreement(
  em: EntityManager,
  org: { projects: Project[]; users: StaffUser[] },
  published: Map<string, { list: PriceList; entries: PriceListEntry[] }>,
  now: Date,
): Promise<void> {
  const project = org.projects[0]!;
  const cleaning = published.get(project.id)?.entries.find((e) => e.name === '家庭卫生清洁');
  const owner = await em.findOne(Resident, { projectId: project.id, kind: ResidentKind.OWNER }, { filters: false, orderBy: { name: 'asc' } });
  const pm = org.users.find((u) => u.email === 'pm1@demo.wuye.cn');
  if (!cleaning || !owner || !pm) return;
  const agreement = em.create(ServiceAgreement, {
    companyId: project.companyId,
    projectId: project.id,
    unitId: owner.unitId,
    residentId: owner.id,
    catalogItemId: cleaning.catalogItemId,
    description: '每周六上午家庭保洁 2 小时',
    rule: { frequency: 'weekly', weekday: 'sat', time: '09:00' },
    priceFen: (cleaning.priceFen ?? 4000) * 2,
    startsAt: now,
    state: 'approved',
    approvedById: pm.id,
    approvedAt: now,
  });
  await em.flush();
  await generateAgreementOrders(em, agreement.id, now);
}

/**
 * Owners' monthly statements for the orders settled to the statement: past months issued,
 * confirmed and paid (the last of them only confirmed), the current month left to prepare.
 */
function monthlyStatements(orders: Row<ServiceOrder>[], payments: Row<Payment>[], now: Date): Row<MonthlyStatement>[] {
  const byId = new Map(orders.map((o) => [o.id as string, o]));
  const groups = new Map<string, Row<Payment>[]>();
  const thisMonth = shanghaiDate(now).slice(0, 7);
  for (const p of payments) {
    const owner = byId.get(p.orderId as string)?.residentId;
    if (p.method !== 'statement' || !owner) continue;
    const month = shanghaiDate(p.paidAt as Date).slice(0, 7);
    if (month === thisMonth) continue;
    const key = `${owner}|${month}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const months = [...new Set([...groups.keys()].map((k) => k.split('|')[1]!))].sort();
  const lastMonth = months[months.length - 1];
  return [...groups].map(([key, list]) => {
    const [residentId, month] = key.split('|') as [string, string];
    const [year, m] = month.split('-').map(Number) as [number, number];
    const draft = draftStatement({
      period: { year, month: m },
      charges: list.map((p) => ({ orderId: p.orderId as string, description: byId.get(p.orderId as string)!.description as string, settledAt: p.paidAt as Date, amount: fen(p.amountFen as number) })),
    });
    if (!draft.ok) throw new Error(`demo statement ${key}: ${draft.messageKey}`);
    const issuedAt = new Date(`${month}-01T02:00:00Z`);
    issuedAt.setUTCMonth(issuedAt.getUTCMonth() + 1);
    const settled = month !== lastMonth;
    const first = list[0]!;
    return {
      id: newId(),
      companyId: first.companyId,
      projectId: first.projectId,
      residentId,
      year,
      month: m,
      state: settled ? 'paid' : 'confirmed',
      lines: draft.statement.lines.map((l) => ({ orderId: l.orderId, orderNumber: byId.get(l.orderId)!.number as string, description: l.description, settledAt: l.settledAt.toISOString(), amountFen: l.amount })),
      adjustments: [],
      chargesTotalFen: draft.statement.chargesTotal,
      adjustmentsTotalFen: 0,
      totalFen: draft.statement.total,
      issuedAt,
      confirmedAt: new Date(issuedAt.getTime() + 3 * DAY),
      paidAt: settled ? new Date(issuedAt.getTime() + 10 * DAY) : null,
      version: settled ? 4 : 3,
      createdAt: issuedAt,
      updatedAt: issuedAt,
    };
  });
}
