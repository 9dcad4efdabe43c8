import { LockMode, raw, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import {
  amountDue,
  checkDispatchDepartment,
  isAwaitingSignOff,
  ORDER_STATES_AWAITING_SIGN_OFF,
  DEFAULT_DISPATCH_DEPARTMENTS,
  checkPrepayment,
  drawDeposit,
  fen,
  formatReceiptNumber,
  orderActorFrom,
  orderNotifications,
  ordersForEndOfDayReview,
  validateEndOfDayNote,
  quoteTotal,
  receiptYear,
  refundDeposit,
  registerOrder,
  shanghaiDate,
  startedBeforeConsent,
  topUpDeposit,
  transitionOrder,
  type OrderAction,
  type OrderActor,
  type OrderPeople,
  type OrderSnapshot,
  type OrderTransitionInput,
  type PayerKind,
  type QuoteLine as DomainQuoteLine,
} from '@wuye/domain';
import { authorize } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, idOrNone, isUuid, like, projectCondition } from '../../db/queries.js';
import { AppError, invalid, notFound, domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { PriceListsService } from '../catalog/price-lists.service.js';
import { PriceListEntry } from '../catalog/price-list-entry.entity.js';
import { toPricing } from '../catalog/catalog-rules.js';
import { Project } from '../projects/project.entity.js';
import type { Unit } from '../projects/unit.entity.js';
import { Resident, ResidentKind } from '../residents/resident.entity.js';
import { StaffUser } from '../staff/staff-user.entity.js';
import { departmentIn } from '../staff/staff.service.js';
import { nextNumber } from '../sequences/next-number.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { NonconformitiesService } from '../nonconformities/nonconformities.service.js';
import { planFollowUpVisit } from '../follow-ups/follow-up-planner.js';
import { LossDecisionsService } from '../profitability/loss-decisions.service.js';
import { schedulePnlRefresh } from '../profitability/pnl-rollup.js';
import { KpiService } from '../kpi/kpi.service.js';
import { settingsIn } from '../settings/settings.service.js';
import { emitOrderStep } from '../webhooks/emit.js';
import { DepositAccount } from './deposit-account.entity.js';
import { DepositTransaction } from './deposit-transaction.entity.js';
import { OrderEvent } from './order-event.entity.js';
import type {
  PayServiceOrderInput,
  QuoteLineInput,
  RegisterServiceOrderInput,
  ServiceOrdersArgs,
} from './orders.types.js';
import { Payment } from './payment.entity.js';
import { QuoteLine } from './quote-line.entity.js';
import { ServiceOrder } from './service-order.entity.js';

type StepExtra = Omit<Partial<OrderTransitionInput>, 'order' | 'action' | 'actor' | 'now'>;

/** Partner apps may file at most this many orders a day for one phone number (§ intake). */
export const PARTNER_DAILY_LIMIT = 10;
const RESPONSE_HOURS = 4;
const EMERGENCY_ON_SITE_MINUTES = 30;


const prices = new PriceListsService();
const notifications = new NotificationsService();
const nonconformities = new NonconformitiesService();
const lossDecisions = new LossDecisionsService();
const kpi = new KpiService();

function people(o: ServiceOrder): OrderPeople {
  return {
    supervisorId: o.supervisorId ?? null,
    workerId: o.workerId ?? null,
    hasAppointment: !!o.appointmentStart,
    consented: o.consentQuoteVersion != null || !!o.verbalConsentAt,
  };
}

function snapshot(o: ServiceOrder): OrderSnapshot {
  return {
    state: o.state,
    serviceType: o.serviceType,
    charge: o.charge,
    urgency: o.urgency,
    quoteVersion: o.quoteVersion,
    quoteTotal: o.quoteTotalFen == null ? null : fen(o.quoteTotalFen),
    consentQuoteVersion: o.consentQuoteVersion ?? null,
    verbalConsentAt: o.verbalConsentAt ?? null,
    supervisorId: o.supervisorId ?? null,
    workerId: o.workerId ?? null,
    appointment: o.appointmentStart && o.appointmentEnd ? { start: o.appointmentStart, end: o.appointmentEnd } : null,
    prepaid: fen(o.prepaidFen),
  };
}

function applySnapshot(o: ServiceOrder, s: OrderSnapshot) {
  o.state = s.state;
  o.quoteVersion = s.quoteVersion;
  o.quoteTotalFen = s.quoteTotal;
  o.consentQuoteVersion = s.consentQuoteVersion;
  o.verbalConsentAt = s.verbalConsentAt;
  o.supervisorId = s.supervisorId;
  o.workerId = s.workerId;
  o.appointmentStart = s.appointment?.start ?? null;
  o.appointmentEnd = s.appointment?.end ?? null;
  o.prepaidFen = s.prepaid;
}

/** Service orders: intake, the lifecycle steps, payments and deposits (README §3). */
export class OrdersService {
  actor(ctx: Ctx, projectId: string): OrderActor {
    if (ctx.apiKey) return { kind: 'partner', keyId: ctx.apiKey.id };
    return orderActorFrom(ctx.user!.id, ctx.user!.roles, projectId);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, ServiceOrder, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, ServiceOrder, id);

  /**
   * One statement for the page and its total: the total is a scalar subquery over the same
   * conditions, counted from the (company, project, created) index, where `count(*) over ()`
   * made PostgreSQL read every matching row. Rows come back as plain objects (nothing to track
   * on a read). Raw SQL skips ORM filters, so tenant and project scope are spelled out here.
   */
  async list(ctx: Ctx, args: ServiceOrdersArgs, projects: string[] | null): Promise<Page<ServiceOrder>> {
    const where: FilterQuery<ServiceOrder> = { companyId: ctx.companyId! };
    const f = args.filter;
    const project = projectCondition(projects, f?.projectId);
    if (project) where.projectId = project;
    if (f?.states?.length) where.state = { $in: f.states };
    if (f?.urgency) where.urgency = f.urgency;
    if (f?.createdFrom || f?.createdTo) where.createdAt = { ...(f.createdFrom ? { $gte: f.createdFrom } : {}), ...(f.createdTo ? { $lt: f.createdTo } : {}) };
    if (f?.workerId) where.workerId = idOrNone(f.workerId);
    if (f?.supervisorId) where.supervisorId = idOrNone(f.supervisorId);
    const and: FilterQuery<ServiceOrder>[] = [];
    if (f?.dissatisfied === true) where.rating = { $lte: 2 };
    if (f?.dissatisfied === false) and.push({ $or: [{ rating: null }, { rating: { $gt: 2 } }] });
    if (f?.search) where.$or = [{ number: { $ilike: like(f.search) } }, { contactName: { $ilike: like(f.search) } }, { contactPhone: { $like: like(f.search) } }];
    if (f?.breached != null) {
      const breach = {
        state: { $in: [...ORDER_STATES_AWAITING_SIGN_OFF] },
        $or: [
          { respondedAt: null, responseDueAt: { $lt: ctx.now } },
          { onSiteAt: null, onSiteDueAt: { $lt: ctx.now } },
        ],
      } as FilterQuery<ServiceOrder>;
      and.push(f.breached ? breach : { $not: breach });
    }
    if (and.length) where.$and = and;
    const total = ctx.em.createQueryBuilder(ServiceOrder, 'c').count().where(where);
    const rows = (await ctx.em
      .createQueryBuilder(ServiceOrder, 'o')
      .select(['o.*', total.as('total_count')])
      .where(where)
      .orderBy({ [args.sortField]: args.sortOrder, id: 'asc' })
      .limit(args.take)
      .offset(args.skip)
      .execute('all', true)) as Array<ServiceOrder & { total_count: string }>;
    // The extra total_count key stays on the rows (copying 50 wide objects to drop it cost more than the query).
    const totalCount = rows[0] ? Number(rows[0].total_count) : args.skip > 0 ? await ctx.em.count(ServiceOrder, where) : 0;
    return { items: rows, totalCount };
  }

  async register(ctx: Ctx, unit: Unit, input: RegisterServiceOrderInput): Promise<ServiceOrder> {
    const actor = this.actor(ctx, unit.projectId);
    const resident = input.residentId ? await findById(ctx.em, Resident, input.residentId) : null;
    if (input.residentId && (!resident || resident.unitId !== unit.id)) throw invalid('residentId', 'order.residentNotInUnit');
    const appointment = input.appointmentStart && input.appointmentEnd ? { start: input.appointmentStart, end: input.appointmentEnd } : null;
    const result = registerOrder({
      intake: {
        residentName: input.contactName,
        unit: unit.number,
        phone: input.contactPhone,
        description: input.description,
        channel: input.channel,
        serviceType: input.serviceType,
        charge: input.charge,
        urgency: input.urgency,
        appointment,
      },
      actor,
      now: ctx.now,
    });
    if (!result.ok) throw domainError(result);

    return ctx.em.transactional(async (em) => {
      if (actor.kind === 'partner') await this.checkPartnerLimit(em, ctx, input.contactPhone);
      const project = await em.findOneOrFail(Project, { id: unit.projectId });
      const order = em.create(ServiceOrder, {
        companyId: project.companyId,
        projectId: project.id,
        number: await orderNumber(em, project, ctx.now),
        unitId: unit.id,
        residentId: resident?.id ?? null,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        payerKind: payerKindOf(resident),
        description: input.description,
        channel: input.channel,
        serviceType: input.serviceType,
        charge: input.charge,
        urgency: input.urgency,
        takenById: ctx.user?.id ?? null,
        apiKeyId: ctx.apiKey?.id ?? null,
        appointmentStart: appointment?.start ?? null,
        appointmentEnd: appointment?.end ?? null,
        responseDueAt: new Date(ctx.now.getTime() + RESPONSE_HOURS * 3600_000),
        onSiteDueAt: input.urgency === 'emergency' ? new Date(ctx.now.getTime() + EMERGENCY_ON_SITE_MINUTES * 60_000) : null,
      });
      this.recordEvent(em, ctx, order, 'register', null, null);
      await em.flush();
      return order;
    });
  }

  /** The front desk's end-of-day review (README §3.8): every order not signed off, with its note. */
  async endOfDay(ctx: Ctx, projectId: string): Promise<ServiceOrder[]> {
    return ctx.em.find(ServiceOrder, { projectId: idOrNone(projectId), state: { $in: [...ORDER_STATES_AWAITING_SIGN_OFF] } }, { orderBy: { createdAt: 'asc' } });
  }

  async noteEndOfDay(ctx: Ctx, order: ServiceOrder, reason: string | null | undefined, expectedFinishAt: Date | null | undefined): Promise<ServiceOrder> {
    const check = validateEndOfDayNote({ reason, expectedFinishAt, now: ctx.now });
    if (!check.ok) throw domainError(check);
    if (!ordersForEndOfDayReview([order]).length) throw new AppError('INVALID_STATE', 'error.invalidState');
    ctx.em.assign(order, { eodReason: reason!.trim(), eodExpectedFinishAt: expectedFinishAt!, eodNotedAt: ctx.now });
    await ctx.em.flush();
    return order;
  }

  /** Serialises a phone's partner filings with an advisory lock so the daily cap cannot be raced. */
  private async checkPartnerLimit(em: EntityManager, ctx: Ctx, phone: string) {
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`partner-order:${ctx.companyId}:${phone}`]);
    const dayStart = new Date(`${shanghaiDate(ctx.now)}T00:00:00+08:00`);
    const count = await em.count(ServiceOrder, { contactPhone: phone, channel: 'app', createdAt: { $gte: dayStart } });
    if (count >= PARTNER_DAILY_LIMIT) throw new AppError('VALIDATION_FAILED', 'order.partnerDailyLimit', { limit: PARTNER_DAILY_LIMIT }, 'contactPhone');
  }

  recordEvent(em: EntityManager, ctx: Ctx, order: ServiceOrder, action: string, from: string | null, note: string | null, data?: Record<string, unknown>): OrderEvent {
    emitOrderStep(em, order, from, ctx.now);
    return em.create(OrderEvent, {
      companyId: order.companyId,
      projectId: order.projectId,
      orderId: order.id,
      at: ctx.now,
      action,
      fromState: from,
      toState: order.state,
      actorKind: ctx.apiKey ? 'apiKey' : 'user',
      actorId: ctx.user?.id ?? ctx.apiKey?.id ?? null,
      actorName: ctx.user?.name ?? `API:${ctx.apiKey?.name ?? ''}`,
      note,
      data: data ?? null,
    });
  }

  /**
   * The order a step acts on: read once, locked for the step's transaction (two steps cannot
   * interleave), and only then authorised, in its own project: the resolver has checked that
   * the caller may act on orders at all, this checks where. Reading it a second time just to
   * authorise cost a statement on every step.
   */
  private async lockForStep(em: EntityManager, ctx: Ctx, id: string): Promise<ServiceOrder> {
    const order = await em.findOne(ServiceOrder, { id: idOrNone(id) }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!order) throw notFound('ServiceOrder');
    authorize(ctx, 'order.act', order.projectId);
    return order;
  }

  /**
   * One lifecycle step through the domain's transition table on the locked order; the client's
   * version must match. `extra` may be worked out from the locked order (a quote's prices, the
   * supervisor's role in the order's project) before the transition.
   */
  async step(
    ctx: Ctx,
    id: string,
    version: number | null,
    action: OrderAction,
    extra: StepExtra | ((order: ServiceOrder, em: EntityManager) => Promise<StepExtra>) = {},
    apply?: (order: ServiceOrder, em: EntityManager) => void | Promise<void>,
  ): Promise<ServiceOrder> {
    return ctx.em.transactional(async (em) => {
      const order = await this.lockForStep(em, ctx, id);
      if (version !== null) expectVersion(order, version);
      if (typeof extra === 'function') extra = await extra(order, em);
      const result = transitionOrder({ order: snapshot(order), action, actor: this.actor(ctx, order.projectId), now: ctx.now, ...extra });
      if (!result.ok) throw domainError(result);
      const from = order.state;
      const before = people(order);
      applySnapshot(order, result.order);
      if (!order.respondedAt && action !== 'cancel') order.respondedAt = ctx.now;
      await apply?.(order, em);
      const note = extra.note ?? extra.reason ?? null;
      const event = this.recordEvent(em, ctx, order, action, from, note);
      await em.flush();
      await this.tell(em, ctx, order, event, { action, before, after: people(order), rating: extra.rating, actorId: ctx.user?.id ?? null });
      if (action === 'complete') await this.afterCompletion(em, ctx, order);
      if (action === 'complete' && order.catalogItemId) await schedulePnlRefresh(em, order.companyId, order.projectId, order.completedAt ?? ctx.now);
      return order;
    });
  }

  /**
   * The worker starts. The start time may come from the job sheet, entered afterwards; work that
   * began before the resident consented to the quote proposes −1 for the worker (README §3.2, §7).
   */
  async start(ctx: Ctx, id: string, version: number, note: string | null, startedAt: Date | null): Promise<ServiceOrder> {
    const at = startedAt ?? ctx.now;
    if (at.getTime() > ctx.now.getTime()) throw invalid('startedAt', 'order.startedInFuture');
    return this.step(ctx, id, version, 'start', { note }, async (o, em) => {
      if (at.getTime() < o.createdAt.getTime()) throw invalid('startedAt', 'order.startedBeforeRegistration');
      o.startedAt = at;
      o.onSiteAt ??= at;
      if (startedBeforeConsent({ startedAt: at, consentAt: o.consentAt ?? null, verbalConsentAt: o.verbalConsentAt ?? null })) {
        await kpi.propose(em, o.companyId, o.projectId, { kind: 'work_started_without_consent', orderId: o.id, workerId: o.workerId ?? null, occurredAt: at }, ctx.now, await this.departmentOfWork(em, o));
      }
    });
  }

  /** A worker belongs to no department: their entries take the department of the order's supervisor. */
  async departmentOfWork(em: EntityManager, order: ServiceOrder) {
    const supervisor = order.supervisorId ? await em.findOne(StaffUser, { id: order.supervisorId }) : null;
    return supervisor ? departmentIn(supervisor.roles, order.projectId) : null;
  }

  /**
   * A completed order is planned for a follow-up visit (household repairs 30 %, emergencies 100 %;
   * README §5), and a repair needed a third time at the same unit raises a nonconformity (§4).
   */
  private async afterCompletion(em: EntityManager, ctx: Ctx, order: ServiceOrder): Promise<void> {
    const settings = await settingsIn(em, order.companyId);
    // A dissatisfied sign-off proposes −5 for the worker (README §7), for a supervisor to confirm.
    await kpi.propose(em, order.companyId, order.projectId, { kind: 'order_signed_off', orderId: order.id, workerId: order.workerId ?? null, rating: order.rating ?? 5, occurredAt: order.completedAt ?? ctx.now }, ctx.now, () => this.departmentOfWork(em, order));
    await planFollowUpVisit(em, {
      companyId: order.companyId,
      projectId: order.projectId,
      subject: order.urgency === 'emergency' ? 'emergency_assistance' : (await this.isEngineeringWorks(em, order)) ? 'engineering_works' : 'household_repair',
      subjectKind: 'ServiceOrder',
      subjectId: order.id,
      subjectLabel: order.number,
      unitId: order.unitId,
      residentId: order.residentId ?? null,
      contactName: order.contactName,
      contactPhone: order.contactPhone,
      department: DEFAULT_DISPATCH_DEPARTMENTS[order.serviceType][0] ?? null,
      completedAt: order.completedAt ?? ctx.now,
    }, settings);
    if (order.serviceType === 'repair' && order.catalogItemId) {
      const since = new Date(ctx.now.getTime() - settings.repeat.repairWindowDays * 86_400_000);
      const history = await em.find(ServiceOrder, { unitId: order.unitId, serviceType: 'repair', catalogItemId: order.catalogItemId, completedAt: { $gte: since } }, { orderBy: { completedAt: 'asc' } });
      const record = (o: ServiceOrder) => ({ id: o.id, kind: 'repair' as const, unitId: o.unitId, occurredAt: o.completedAt ?? ctx.now, catalogItemId: o.catalogItemId ?? null });
      await nonconformities.raiseRepeats(
        em,
        { companyId: order.companyId, projectId: order.projectId, record: record(order), labels: new Map(history.map((o) => [o.id, { kind: 'ServiceOrder' as const, label: o.number }])) },
        history.map(record),
        settings.repeat,
        ctx.now,
      );
    }
    await em.flush();
  }

  /** Work priced by workload (视工程量定价) is engineering works: visited 1–2 months later (README §5). */
  private async isEngineeringWorks(em: EntityManager, order: ServiceOrder): Promise<boolean> {
    const lines = await em.find(QuoteLine, { orderId: order.id, quoteVersion: order.quoteVersion, kind: 'catalog' });
    if (!lines.length) return false;
    const entries = await em.find(PriceListEntry, { $or: lines.map((l) => ({ priceListId: l.priceListId!, catalogItemId: l.catalogItemId! })) });
    return entries.some((e) => e.mode === 'workload');
  }

  /** Cancellations and changes reach the supervisor and worker at once (README §3.8), in the step's transaction. */
  private async tell(em: EntityManager, ctx: Ctx, order: ServiceOrder, event: OrderEvent, facts: Parameters<typeof orderNotifications>[0]) {
    const drafts = orderNotifications(facts).map((n) => ({
      companyId: order.companyId,
      projectId: order.projectId,
      recipientId: n.recipientId,
      kind: n.kind,
      subjectType: 'ServiceOrder' as const,
      subjectId: order.id,
      subjectLabel: order.number,
      body: event.note ?? null,
      dedupeKey: `order-event:${event.id}`,
    }));
    await notifications.send(em, drafts, ctx.now);
  }

  /** The supervisor dispatched to (or the worker assigned) must hold that role in the order's project. */
  async requireStaffRole(em: EntityManager, order: ServiceOrder, userId: string, role: 'supervisor' | 'worker', field: string): Promise<void> {
    const user = isUuid(userId) ? await em.findOne(StaffUser, { id: userId }) : null;
    const here = user?.active ? user.roles.filter((r) => r.role === role && r.projectId === order.projectId) : [];
    if (!here.length) throw invalid(field, role === 'supervisor' ? 'order.dispatch.notSupervisor' : 'order.assign.notWorker');
    if (role === 'supervisor') {
      const check = checkDispatchDepartment({ serviceType: order.serviceType, supervisorDepartments: here.flatMap((r) => (r.department ? [r.department] : [])) });
      if (!check.ok) throw domainError(check);
    }
  }

  /** Quote lines priced from the project's published catalog at this moment. */
  async quoteLines(em: EntityManager, ctx: Ctx, order: ServiceOrder, lines: QuoteLineInput[]): Promise<{ domain: DomainQuoteLine[]; rows: Array<Omit<QuoteLine, 'id' | 'createdAt' | 'updatedAt' | 'companyId' | 'orderId' | 'projectId' | 'quoteVersion'>> }> {
    const domain: DomainQuoteLine[] = [];
    const rows = [];
    for (const [i, line] of lines.entries()) {
      if (line.kind === 'catalog') {
        const published = line.catalogItemId && isUuid(line.catalogItemId) ? await prices.priceAt(em, order.projectId, line.catalogItemId, ctx.now) : null;
        if (!published) throw new AppError('VALIDATION_FAILED', 'catalog.quote.itemNotPublished', { item: line.name ?? line.catalogItemId ?? '' }, `lines.${i}.catalogItemId`);
        if (await lossDecisions.isDiscontinued(em, order.projectId, published.entry.catalogItemId)) {
          throw new AppError('VALIDATION_FAILED', 'profitability.discontinued', { item: published.entry.name }, `lines.${i}.catalogItemId`);
        }
        const pricing = toPricing(published.entry);
        const unitPrice = line.unitPriceFen ?? (published.entry.mode === 'free' ? 0 : published.entry.priceFen ?? -1);
        domain.push({ kind: 'catalog', catalogItemId: published.entry.catalogItemId, name: published.entry.name, pricing, quantityMilli: line.quantityMilli, unitPrice: unitPrice as never });
        rows.push({ position: i, kind: 'catalog' as const, catalogItemId: published.entry.catalogItemId, priceListId: published.priceList.id, name: published.entry.name, unit: published.entry.unit, quantityMilli: line.quantityMilli, unitPriceFen: unitPrice, amountFen: 0 });
      } else if (line.kind === 'material') {
        domain.push({ kind: 'material', name: line.name ?? '', quantityMilli: line.quantityMilli, unitPrice: (line.unitPriceFen ?? 0) as never });
        rows.push({ position: i, kind: 'material' as const, catalogItemId: null, priceListId: null, name: line.name ?? '', unit: null, quantityMilli: line.quantityMilli, unitPriceFen: line.unitPriceFen ?? 0, amountFen: 0 });
      } else {
        domain.push({ kind: 'goods', name: line.name ?? '', amount: (line.amountFen ?? 0) as never });
        rows.push({ position: i, kind: 'goods' as const, catalogItemId: null, priceListId: null, name: line.name ?? '', unit: null, quantityMilli: 1000, unitPriceFen: line.amountFen ?? 0, amountFen: 0 });
      }
    }
    return { domain, rows };
  }

  async quote(ctx: Ctx, id: string, version: number, lines: QuoteLineInput[], note?: string | null): Promise<ServiceOrder> {
    let priced!: Awaited<ReturnType<OrdersService['quoteLines']>>;
    const price = async (order: ServiceOrder, em: EntityManager) => {
      priced = await this.quoteLines(em, ctx, order, lines);
      return { lines: priced.domain, note };
    };
    return this.step(ctx, id, version, 'quote', price, (o, em) => {
      const totals = quoteTotal(priced.domain).lineAmounts;
      priced.rows.forEach((row, i) =>
        em.create(QuoteLine, { ...row, amountFen: totals[i] ?? 0, companyId: o.companyId, projectId: o.projectId, orderId: o.id, quoteVersion: o.quoteVersion }),
      );
      o.catalogItemId = priced.rows.find((r) => r.kind === 'catalog')?.catalogItemId ?? o.catalogItemId ?? null;
    });
  }

  /**
   * Settles a completed order (or takes an errand's prepayment before the purchase),
   * issuing a receipt number. The same idempotency key returns the first payment.
   */
  async pay(ctx: Ctx, input: PayServiceOrderInput): Promise<{ order: ServiceOrder; payment: Payment }> {
    return ctx.em.transactional(async (em) => {
      const order = await this.lockForStep(em, ctx, input.id);
      const earlier = await em.findOne(Payment, { idempotencyKey: input.idempotencyKey }, { filters: { projectScope: false } });
      if (earlier) {
        if (earlier.orderId !== order.id || earlier.method !== input.method) throw new AppError('CONFLICT', 'order.idempotencyKeyReused', {}, 'idempotencyKey');
        return { order, payment: earlier };
      }
      const actor = this.actor(ctx, order.projectId);
      // The front desk issues the receipt; the rule on who may take the money applies to the collector.
      const collector = input.collectedById ? await this.collector(em, input.collectedById, order.projectId) : actor;
      const collectorRoles = collector.kind === 'staff' ? collector.roles : null;
      // The payment rules ask about a deposit account only for a payment from it.
      const account = input.method === 'deposit' && order.residentId ? await em.findOne(DepositAccount, { residentId: order.residentId }) : null;
      const paymentInput = { method: input.method, payerKind: order.payerKind, hasDepositAccount: !!account, collectorRoles };
      const from = order.state;
      let amount: number;
      let stage: 'prepayment' | 'settlement';
      if (from === 'completed') {
        const result = transitionOrder({ order: snapshot(order), action: 'settle', actor, now: ctx.now, payment: paymentInput });
        if (!result.ok) throw domainError(result);
        applySnapshot(order, result.order);
        order.settledAt = ctx.now;
        amount = result.amountDue ?? 0;
        stage = 'settlement';
      } else {
        const due = (order.quoteTotalFen ?? 0) - order.prepaidFen;
        const result = checkPrepayment({ order: { ...snapshot(order), state: order.state }, amount: fen(Math.max(due, 0)), payment: paymentInput });
        if (!result.ok) throw domainError(result);
        order.prepaidFen = result.prepaid;
        amount = due;
        stage = 'prepayment';
      }
      if (input.method === 'deposit' && amount > 0) await this.moveDeposit(em, ctx, account!, 'draw', amount, order.id);
      order.paidFen += amount;
      const project = await em.findOneOrFail(Project, { id: order.projectId });
      const year = receiptYear(ctx.now);
      const sequence = await nextNumber(em, order.companyId, `receipt:${order.projectId}:${year}`);
      const payment = em.create(Payment, {
        companyId: order.companyId,
        projectId: order.projectId,
        orderId: order.id,
        amountFen: amount,
        method: input.method,
        stage,
        collectedById: collector.kind === 'staff' ? collector.userId : null,
        receiptNumber: formatReceiptNumber({ projectCode: project.code, year, sequence }),
        idempotencyKey: input.idempotencyKey,
        paidAt: ctx.now,
      });
      this.recordEvent(em, ctx, order, stage === 'settlement' ? 'settle' : 'prepay', from, null, { receiptNumber: payment.receiptNumber, amountFen: amount, method: input.method });
      await em.flush();
      // Revenue counts in the month the work was completed; a late payment refreshes that month.
      if (order.completedAt && order.catalogItemId) await schedulePnlRefresh(em, order.companyId, order.projectId, order.completedAt);
      return { order, payment };
    });
  }

  private async collector(em: EntityManager, userId: string, projectId: string): Promise<OrderActor> {
    const user = isUuid(userId) ? await em.findOne(StaffUser, { id: userId }) : null;
    if (!user || !user.active) throw invalid('collectedById', 'error.notFound', { entity: 'StaffUser' });
    return orderActorFrom(user.id, user.roles, projectId);
  }

  async moveDeposit(em: EntityManager, ctx: Ctx, account: DepositAccount, kind: 'top_up' | 'draw' | 'refund', amount: number, orderId: string | null) {
    const op = kind === 'top_up' ? topUpDeposit : kind === 'draw' ? drawDeposit : refundDeposit;
    const result = op({ balance: fen(account.balanceFen), amount: fen(amount) });
    // The rule names its own parameter; the API's input field is amountFen.
    if (!result.ok) throw domainError({ ...result, field: 'amountFen' });
    account.balanceFen = result.balance;
    em.create(DepositTransaction, {
      companyId: account.companyId,
      projectId: account.projectId,
      accountId: account.id,
      kind,
      amountFen: amount,
      balanceAfterFen: result.balance,
      orderId,
      actorId: ctx.user?.id ?? null,
    });
  }

  /** Top-up or refund; the account is created on the first top-up. Locked so concurrent moves add up. */
  async deposit(ctx: Ctx, residentId: string, kind: 'top_up' | 'refund', amount: number): Promise<DepositAccount> {
    return ctx.em.transactional(async (em) => {
      const resident = await findOr404(em, Resident, residentId);
      let account = await em.findOne(DepositAccount, { residentId: resident.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!account) {
        if (kind === 'refund') throw new AppError('VALIDATION_FAILED', 'order.deposit.refundExceedsBalance', {}, 'amountFen');
        account = em.create(DepositAccount, { companyId: resident.companyId, projectId: resident.projectId, residentId: resident.id });
      }
      await this.moveDeposit(em, ctx, account, kind, amount, null);
      await em.flush();
      return account;
    });
  }
}

/** e.g. CHHY-20261125-003: project code, Shanghai date, number of the day. */
export async function orderNumber(em: EntityManager, project: Project, at: Date): Promise<string> {
  const day = shanghaiDate(at).replace(/-/g, '');
  const seq = await nextNumber(em, project.companyId, `order:${project.id}:${day}`);
  return `${project.code}-${day}-${String(seq).padStart(3, '0')}`;
}

/** What is still to be collected on an order: nothing once settled or ended, never below zero. */
export function outstandingFen(o: Pick<ServiceOrder, 'charge' | 'state' | 'quoteTotalFen' | 'prepaidFen'>): number {
  if (o.charge === 'free' || !(isAwaitingSignOff(o.state) || o.state === 'completed')) return 0;
  return Math.max(amountDue({ quoteTotal: fen(o.quoteTotalFen ?? 0), prepaid: fen(o.prepaidFen) }), 0);
}

/**
 * Past its response or on-site deadline: reached late, or not reached while the order is still
 * open at `now`. The order's `breached` flag and the project's service-level KPI both read this.
 */
export function serviceLevelBreached(o: Pick<ServiceOrder, 'state' | 'responseDueAt' | 'respondedAt' | 'onSiteDueAt' | 'onSiteAt'>, now: Date): boolean {
  const open = isAwaitingSignOff(o.state);
  const late = (due: Date | null | undefined, done: Date | null | undefined) => !!due && (done ? done > due : open && now > due);
  return late(o.responseDueAt, o.respondedAt) || late(o.onSiteDueAt, o.onSiteAt);
}

/**
 * The same test in SQL over `service_order` (alias-free), for aggregates over many orders; `?` is
 * now. A test runs both over the same orders, so the two cannot drift apart.
 */
export const SERVICE_LEVEL_BREACHED_SQL = (() => {
  const open = `state in (${ORDER_STATES_AWAITING_SIGN_OFF.map((s) => `'${s}'`).join(', ')})`;
  const late = (due: string, done: string) => `(${due} is not null and (case when ${done} is not null then ${done} > ${due} else ${open} and ?::timestamptz > ${due} end))`;
  return `(${late('response_due_at', 'responded_at')} or ${late('on_site_due_at', 'on_site_at')})`;
})();
/** How many times SERVICE_LEVEL_BREACHED_SQL asks for now. */
export const SERVICE_LEVEL_BREACHED_SQL_PARAMS = 2;

export function payerKindOf(resident: Resident | null): PayerKind {
  if (!resident) return 'visitor';
  return resident.kind === ResidentKind.OWNER ? 'owner' : resident.kind === ResidentKind.TENANT ? 'tenant' : 'visitor';
}
