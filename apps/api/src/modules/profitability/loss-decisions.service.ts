import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  addMonths,
  isMonthKey,
  lossEscalation,
  lossStreak,
  recordLossDecision,
  shanghaiMonthKey,
  transitionLossDecision,
  type LossDecisionKind,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findOr404, findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { AppError, domainError, invalid } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { toPricing, pricingColumns } from '../catalog/catalog-rules.js';
import { PriceListEntry } from '../catalog/price-list-entry.entity.js';
import { PriceList } from '../catalog/price-list.entity.js';
import { managerActor, PriceListsService } from '../catalog/price-lists.service.js';
import { DraftSource } from '../catalog/catalog.types.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Project } from '../projects/project.entity.js';
import { LossDecision } from './loss-decision.entity.js';
import { PnlService } from './pnl.service.js';
import type { LossDecisionsArgs, RecordLossDecisionInput } from './profitability.types.js';

const pnl = new PnlService();
const priceLists = new PriceListsService();
const notifications = new NotificationsService();

/** Decisions on loss-making services (README §6) and what they set in motion in the catalog. */
export class LossDecisionsService {
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, LossDecision, id);

  list(ctx: Ctx, args: LossDecisionsArgs, projects: string[] | null): Promise<Page<LossDecision>> {
    const where: FilterQuery<LossDecision> = {};
    const project = projectCondition(projects, args.projectId);
    if (project) where.projectId = project;
    if (args.states?.length) where.state = { $in: args.states as LossDecision['state'][] };
    if (args.kind) where.kind = args.kind as LossDecisionKind;
    return findPage(ctx.em, LossDecision, where, { createdAt: 'desc' }, args);
  }

  /** Discontinued (approved) items of a project can no longer be quoted. */
  async isDiscontinued(em: EntityManager, projectId: string, itemId: string): Promise<boolean> {
    return (await em.count(LossDecision, { projectId, catalogItemId: itemId, kind: 'discontinue', state: 'approved' })) > 0;
  }

  async record(ctx: Ctx, project: Project, input: RecordLossDecisionInput): Promise<LossDecision> {
    if (!isMonthKey(input.month)) throw invalid('month', 'validation.invalid');
    const [item] = await pnl.itemMonths(ctx.em, { companyId: project.companyId, projectIds: [project.id], from: input.month, to: input.month, itemId: input.itemId, now: ctx.now });
    const published = await priceLists.priceAt(ctx.em, project.id, input.itemId, ctx.now);
    const result = recordLossDecision({
      kind: input.kind as LossDecisionKind,
      actor: managerActor(ctx, project.id),
      now: ctx.now,
      itemStatus: item?.status ?? 'idle',
      reason: input.reason,
      proposedPricing: input.proposedPricing ? toPricing(pricingColumns(input.proposedPricing)) : null,
      currentPricing: published ? toPricing(published.entry) : null,
      targetOrdersPerMonth: input.targetOrdersPerMonth,
      reviewOn: input.reviewOn,
    });
    if (!result.ok) throw domainError(result);
    return ctx.em.transactional(async (em) => {
      let priceListId: string | null = null;
      if (result.kind === 'raise_price') {
        // The new price goes into the project's draft, and from there to the GM through the catalog's approval.
        const draft = await this.draftOf({ ...ctx, em }, project);
        const entry = await em.findOne(PriceListEntry, { priceListId: draft.id, catalogItemId: idOrNone(input.itemId) });
        if (!entry) throw invalid('itemId', 'error.notFound', { entity: 'PriceListEntry' });
        em.assign(entry, pricingColumns(input.proposedPricing!));
        priceListId = draft.id;
      }
      const decision = em.create(LossDecision, {
        companyId: project.companyId,
        projectId: project.id,
        catalogItemId: input.itemId,
        month: input.month,
        kind: result.kind,
        state: result.state,
        reason: input.reason.trim(),
        proposedPricing: input.proposedPricing ? { ...pricingColumns(input.proposedPricing) } : null,
        priceListId,
        targetOrdersPerMonth: input.targetOrdersPerMonth ?? null,
        reviewOn: input.reviewOn ?? null,
        proposedById: ctx.user!.id,
      });
      await em.flush();
      return decision;
    });
  }

  /**
   * The GM approves or rejects a discontinuation. Approved: the item is left out of the project's
   * next version (its draft loses the entry) and can no longer be quoted. A price rise is decided
   * where prices are: in the price list approval.
   */
  async decide(ctx: Ctx, d: LossDecision, input: { version: number; action: 'approve' | 'reject'; reason?: string | null }): Promise<LossDecision> {
    expectVersion(d, input.version);
    if (d.kind === 'raise_price') throw new AppError('INVALID_STATE', 'profitability.decision.viaPriceList');
    const result = transitionLossDecision({ from: d.state, action: input.action, actor: managerActor(ctx, d.projectId), proposedBy: d.proposedById, reason: input.reason, now: ctx.now });
    if (!result.ok) throw domainError(result);
    return ctx.em.transactional(async (em) => {
      em.assign(d, { state: result.to, decidedById: ctx.user!.id, decidedAt: ctx.now, decisionNote: input.reason ?? null });
      if (result.to === 'approved' && d.kind === 'discontinue') {
        const project = await em.findOneOrFail(Project, { id: d.projectId });
        const draft = await this.draftOf({ ...ctx, em }, project, true);
        if (draft) {
          const entry = await em.findOne(PriceListEntry, { priceListId: draft.id, catalogItemId: d.catalogItemId });
          if (entry) em.remove(entry);
        }
      }
      await em.flush();
      return d;
    });
  }

  /** The project's draft, started from the published version when there is none. */
  private async draftOf(ctx: Ctx, project: Project, optional = false): Promise<PriceList> {
    const open = await ctx.em.findOne(PriceList, { projectId: project.id, state: { $in: ['draft', 'submitted', 'approved', 'rejected'] } });
    if (open?.state === 'draft') return open;
    // A version the GM sent back is reworked, as the manager would do by hand.
    if (open?.state === 'rejected') return priceLists.revise(ctx, open, open.version);
    if (open) {
      if (optional) return null as never;
      throw new AppError('INVALID_STATE', 'profitability.decision.priceListBusy', { number: open.number });
    }
    return priceLists.startDraft(ctx, project, DraftSource.PUBLISHED);
  }
}

/**
 * README §6: an item that stays loss-making for three months without a decision goes to the GM.
 * Checked over the last closed months of every project; the notification's key (project, item,
 * first undecided month) makes each run of losses escalate once.
 */
export async function escalateLossStreaks(em: EntityManager, now: Date): Promise<number> {
  const through = addMonths(shanghaiMonthKey(now), -1);
  const from = addMonths(through, -11);
  const projects = await em.find(Project, {}, { filters: false });
  let sent = 0;
  for (const project of projects) {
    const months = await pnl.itemMonths(em, { companyId: project.companyId, projectIds: [project.id], from, to: through, now });
    const byItem = new Map<string, typeof months>();
    for (const m of months) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
    const gms: Array<{ id: string }> = await em.execute(`select id from staff_user where company_id = ? and active and roles @> '[{"role":"general_manager"}]'::jsonb`, [project.companyId]);
    for (const [itemId, history] of byItem) {
      if (lossStreak(history, through) < 3) continue;
      const last = await em.findOne(LossDecision, { projectId: project.id, catalogItemId: itemId, state: { $ne: 'rejected' } }, { filters: false, orderBy: { month: 'desc' } });
      const escalation = lossEscalation({ item: history[0]!, history, throughMonth: through, lastDecisionMonth: last?.month ?? null });
      if (!escalation.escalate) continue;
      sent += await notifications.send(
        em,
        gms.map((g) => ({
          companyId: project.companyId,
          projectId: project.id,
          recipientId: g.id,
          kind: 'pnl_loss_streak' as const,
          subjectType: 'CatalogItem' as const,
          subjectId: itemId,
          subjectLabel: `${project.name}·${history[0]!.itemName}`,
          params: { months: String(escalation.params.months) },
          dedupeKey: `pnl:${escalation.key}`,
        })),
        now,
      );
    }
  }
  return sent;
}
