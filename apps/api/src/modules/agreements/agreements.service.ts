import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { fen, occurrences, validateQuotedPrice, validateScheduleRule, type ScheduleRule } from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone } from '../../db/queries.js';
import { AppError, invalid } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { enqueueJob } from '../../jobs/queue.js';
import { toPricing } from '../catalog/catalog-rules.js';
import { PriceListsService } from '../catalog/price-lists.service.js';
import { OrderEvent } from '../orders/order-event.entity.js';
import { orderNumber, payerKindOf } from '../orders/orders.service.js';
import { QuoteLine } from '../orders/quote-line.entity.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { Project } from '../projects/project.entity.js';
import type { Unit } from '../projects/unit.entity.js';
import { Resident } from '../residents/resident.entity.js';
import { ServiceAgreement } from './agreement.entity.js';
import type { AgreementsArgs, CreateAgreementInput } from './agreements.types.js';

export const GENERATE_TASK = 'agreement_generate_orders';
/** Orders are created this far ahead, so the front desk and supervisors can plan the week. */
export const HORIZON_DAYS = 7;
const VISIT_MINUTES = 120;

const prices = new PriceListsService();

export class AgreementsService {
  list(ctx: Ctx, args: AgreementsArgs): Promise<Page<ServiceAgreement>> {
    const where: FilterQuery<ServiceAgreement> = {};
    if (args.projectId) where.projectId = idOrNone(args.projectId);
    return findPage(ctx.em, ServiceAgreement, where, { createdAt: 'desc' }, args);
  }

  find = (ctx: Ctx, id: string) => findOr404(ctx.em, ServiceAgreement, id);

  async create(ctx: Ctx, unit: Unit, input: CreateAgreementInput): Promise<ServiceAgreement> {
    const resident = await findById(ctx.em, Resident, input.residentId);
    if (!resident || resident.unitId !== unit.id) throw invalid('residentId', 'order.residentNotInUnit');
    const rule = (input.frequency === 'weekly'
      ? { frequency: 'weekly', weekday: input.weekday ?? '', time: input.time }
      : { frequency: 'monthly', day: input.day ?? 0, time: input.time }) as ScheduleRule;
    const issue = validateScheduleRule(rule)[0];
    if (issue) throw new AppError('VALIDATION_FAILED', issue.messageKey, issue.params, issue.field);
    if (input.endsAt && input.endsAt <= input.startsAt) throw invalid('endsAt', 'validation.invalid');
    const published = await prices.priceAt(ctx.em, unit.projectId, input.catalogItemId, ctx.now);
    if (!published) throw new AppError('VALIDATION_FAILED', 'catalog.quote.itemNotPublished', { item: input.catalogItemId }, 'catalogItemId');
    const priceIssue = validateQuotedPrice({ pricing: toPricing(published.entry), quoted: fen(input.priceFen) })[0];
    if (priceIssue) throw new AppError('VALIDATION_FAILED', priceIssue.messageKey, priceIssue.params, 'priceFen');
    const agreement = ctx.em.create(ServiceAgreement, {
      companyId: unit.companyId,
      projectId: unit.projectId,
      unitId: unit.id,
      residentId: resident.id,
      catalogItemId: input.catalogItemId,
      description: input.description,
      rule,
      priceFen: input.priceFen,
      startsAt: input.startsAt,
      endsAt: input.endsAt ?? null,
    });
    await ctx.em.flush();
    return agreement;
  }

  /** Approval by the project manager starts the schedule: the first week's orders are generated at once. */
  async approve(ctx: Ctx, id: string, version: number): Promise<ServiceAgreement> {
    return ctx.em.transactional(async (em) => {
      const agreement = await findOr404(em, ServiceAgreement, id);
      expectVersion(agreement, version);
      if (agreement.state !== 'draft') throw new AppError('INVALID_STATE', 'error.invalidState');
      em.assign(agreement, { state: 'approved', approvedById: ctx.user!.id, approvedAt: ctx.now });
      await em.flush();
      await enqueueJob(em, GENERATE_TASK, { agreementId: agreement.id }, { jobKey: `${GENERATE_TASK}:${agreement.id}` });
      return agreement;
    });
  }

  async end(ctx: Ctx, id: string, version: number): Promise<ServiceAgreement> {
    const agreement = await this.find(ctx, id);
    expectVersion(agreement, version);
    if (agreement.state === 'ended') throw new AppError('INVALID_STATE', 'error.invalidState');
    ctx.em.assign(agreement, { state: 'ended', endsAt: ctx.now });
    await ctx.em.flush();
    return agreement;
  }
}

/**
 * The job: orders for every occurrence up to the horizon that has none yet. Idempotent —
 * a unique index on (agreement, occurrence) and `generatedUntil` keep a re-run from doubling.
 * Orders start accepted: the resident consented to the agreement and its price.
 */
export async function generateAgreementOrders(em: EntityManager, agreementId: string, now: Date): Promise<number> {
  return em.transactional(async (tx) => {
    const agreement = await tx.findOne(ServiceAgreement, { id: agreementId }, { filters: false });
    if (!agreement || agreement.state !== 'approved') return 0;
    const from = agreement.generatedUntil ?? agreement.startsAt;
    const horizon = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
    const to = agreement.endsAt && agreement.endsAt < horizon ? agreement.endsAt : horizon;
    if (to <= from) return 0;
    const [project, resident] = await Promise.all([
      tx.findOneOrFail(Project, { id: agreement.projectId }, { filters: false }),
      tx.findOneOrFail(Resident, { id: agreement.residentId }, { filters: false }),
    ]);
    const existing = new Set(
      (await tx.find(ServiceOrder, { agreementId: agreement.id }, { filters: false, fields: ['occurrenceAt'] })).map((o) => o.occurrenceAt?.getTime()),
    );
    let created = 0;
    for (const at of occurrences({ rule: agreement.rule, from, to })) {
      if (existing.has(at.getTime())) continue;
      const order = tx.create(ServiceOrder, {
        companyId: agreement.companyId,
        projectId: agreement.projectId,
        number: await orderNumber(tx, project, now),
        unitId: agreement.unitId,
        residentId: resident.id,
        contactName: resident.name,
        contactPhone: resident.phone,
        payerKind: payerKindOf(resident),
        description: agreement.description,
        channel: 'phone',
        serviceType: 'cleaning',
        charge: 'paid',
        urgency: 'normal',
        state: 'accepted',
        catalogItemId: agreement.catalogItemId,
        agreementId: agreement.id,
        occurrenceAt: at,
        appointmentStart: at,
        appointmentEnd: new Date(at.getTime() + VISIT_MINUTES * 60_000),
        quoteVersion: 1,
        quoteTotalFen: agreement.priceFen,
        consentQuoteVersion: 1,
        consentAt: agreement.approvedAt ?? now,
        consentMethod: 'agreement',
        consentBy: resident.name,
        responseDueAt: now,
        respondedAt: now,
      });
      tx.create(QuoteLine, {
        companyId: agreement.companyId,
        projectId: agreement.projectId,
        orderId: order.id,
        quoteVersion: 1,
        position: 0,
        kind: 'catalog',
        catalogItemId: agreement.catalogItemId,
        priceListId: null,
        name: agreement.description.slice(0, 100),
        unit: '次',
        quantityMilli: 1000,
        unitPriceFen: agreement.priceFen,
        amountFen: agreement.priceFen,
      });
      tx.create(OrderEvent, {
        companyId: agreement.companyId,
        projectId: agreement.projectId,
        orderId: order.id,
        at: now,
        action: 'agreement',
        fromState: null,
        toState: 'accepted',
        actorKind: 'system',
        actorId: null,
        actorName: 'system',
        note: `长期服务协议 ${agreement.id}`,
      });
      created++;
    }
    agreement.generatedUntil = to;
    await tx.flush();
    return created;
  });
}

/** All approved agreements: run by the hourly crontab entry. */
export async function generateAllAgreementOrders(em: EntityManager, now: Date): Promise<number> {
  const ids = await em.find(ServiceAgreement, { state: 'approved' }, { filters: false, fields: ['id'] });
  let total = 0;
  for (const { id } of ids) total += await generateAgreementOrders(em.fork(), id, now);
  return total;
}
