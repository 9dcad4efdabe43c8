import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import {
  canSubmit,
  diffPriceLists,
  transitionPriceList,
  type PriceListAction,
  type PriceListActor,
  type PriceListEntry as DomainEntry,
} from '@wuye/domain';
import type { Ctx } from '../../context.js';
import { expectVersion, findById, findOr404, findPage, idOrNone } from '../../db/queries.js';
import { AppError, domainError } from '../../graphql/errors.js';
import type { Page } from '../../graphql/pagination.js';
import { translate } from '../../i18n/messages.js';
import { enqueueJob } from '../../jobs/queue.js';
import { emitPriceListPublished } from '../webhooks/emit.js';
import { Company } from '../company/company.entity.js';
import { Project } from '../projects/project.entity.js';
import { CatalogItem } from './catalog-item.entity.js';
import { assertValidCost, assertValidPricing, marginView, pricingColumns, toCostModel, toPricing } from './catalog-rules.js';
import type {
  AddPriceListEntryInput,
  PriceListsArgs,
  PublishPriceListInput,
  UpdatePriceListEntryInput,
} from './catalog.types.js';
import { DraftSource, PriceListNotReady } from './catalog.types.js';
import { LossDecision } from '../profitability/loss-decision.entity.js';
import { PriceListEntry } from './price-list-entry.entity.js';
import { PriceList } from './price-list.entity.js';

export const PUBLISH_TASK = 'price_list_publish';
const OPEN_STATES = ['draft', 'submitted', 'approved', 'rejected'] as const;

const invalidState = (messageKey = 'catalog.priceList.notEditable') => new AppError('INVALID_STATE', messageKey);


const toDomainEntry = (e: PriceListEntry): DomainEntry => ({
  catalogItemId: e.catalogItemId,
  category: e.category,
  name: e.name,
  unit: e.unit,
  pricing: toPricing(e),
});

/** The caller as the catalog and profitability rules see them: the project's manager, the GM, or neither. */
export function managerActor(ctx: Ctx, projectId: string): PriceListActor {
  const roles = ctx.user?.roles ?? [];
  return {
    userId: ctx.user?.id ?? '',
    isGeneralManager: roles.some((r) => r.role === 'general_manager'),
    managesProject: roles.some((r) => r.role === 'project_manager' && r.projectId === projectId),
  };
}

/** Project price lists: drafting, approval by the GM, publication and history (§2). */
export class PriceListsService {
  /** `draftsIn`: projects whose unpublished versions the caller may see (null = all); elsewhere only published history. */
  list(ctx: Ctx, args: PriceListsArgs, draftsIn: string[] | null = null): Promise<Page<PriceList>> {
    const where: FilterQuery<PriceList> = {};
    if (draftsIn) where.$or = [{ state: { $in: ['published', 'superseded'] } }, { projectId: { $in: draftsIn } }];
    if (args.filter?.projectId) where.projectId = idOrNone(args.filter.projectId);
    if (args.filter?.states?.length) where.state = { $in: args.filter.states };
    return findPage(ctx.em, PriceList, where, { submittedAt: 'desc', number: 'desc' }, args);
  }

  get = (ctx: Ctx, id: string) => findById(ctx.em, PriceList, id);
  find = (ctx: Ctx, id: string) => findOr404(ctx.em, PriceList, id);
  findEntry = (ctx: Ctx, id: string) => findOr404(ctx.em, PriceListEntry, id);

  entries(em: EntityManager, priceListId: string): Promise<PriceListEntry[]> {
    return em.find(PriceListEntry, { priceListId }, { orderBy: { position: 'asc', category: 'asc', name: 'asc' } });
  }

  /** The version in effect now for a project. */
  published(ctx: Ctx, projectId: string): Promise<PriceList | null> {
    return ctx.em.findOne(PriceList, { projectId: idOrNone(projectId), state: 'published' });
  }

  /** What was published for the item at that time — quotes cite this, so old prices stay explainable. */
  async priceAt(em: EntityManager, projectId: string, catalogItemId: string, at: Date) {
    const list = await em.findOne(PriceList, {
      projectId: idOrNone(projectId),
      state: { $in: ['published', 'superseded'] },
      effectiveFrom: { $lte: at },
      $or: [{ effectiveTo: null }, { effectiveTo: { $gt: at } }],
    });
    if (!list) return null;
    const entry = await em.findOne(PriceListEntry, { priceListId: list.id, catalogItemId: idOrNone(catalogItemId) });
    return entry ? { priceList: list, entry } : null;
  }

  private async settings(em: EntityManager, projectId: string) {
    const project = await em.findOneOrFail(Project, { id: projectId });
    const company = await em.findOneOrFail(Company, { id: project.companyId });
    return { project, company };
  }

  async startDraft(ctx: Ctx, project: Project, from: DraftSource): Promise<PriceList> {
    const open = await ctx.em.findOne(PriceList, { projectId: project.id, state: { $in: [...OPEN_STATES] } });
    if (open) throw new AppError('INVALID_STATE', 'catalog.priceList.openExists', { number: open.number });
    const last = await ctx.em.findOne(PriceList, { projectId: project.id }, { orderBy: { number: 'desc' } });
    const published = await this.published(ctx, project.id);
    if (from === DraftSource.PUBLISHED && !published) throw new AppError('VALIDATION_FAILED', 'catalog.priceList.nothingPublished', {}, 'from');

    const list = ctx.em.create(PriceList, {
      companyId: project.companyId,
      projectId: project.id,
      number: (last?.number ?? 0) + 1,
      basedOnId: from === DraftSource.PUBLISHED ? published!.id : null,
      createdById: ctx.user!.id,
    });
    const base = { companyId: project.companyId, projectId: project.id, priceListId: list.id };
    if (from === DraftSource.PUBLISHED) {
      // A service the GM approved discontinuing (README §6) is left out of every later version.
      const discontinued = new Set(
        (await ctx.em.find(LossDecision, { projectId: project.id, kind: 'discontinue', state: 'approved' })).map((d) => d.catalogItemId),
      );
      for (const e of await this.entries(ctx.em, published!.id)) {
        if (discontinued.has(e.catalogItemId)) continue;
        const { id: _id, priceListId: _l, version: _v, createdAt: _c, updatedAt: _u, ...copy } = e;
        ctx.em.create(PriceListEntry, { ...copy, ...base });
      }
    } else {
      const items = await ctx.em.find(CatalogItem, { active: true }, { orderBy: { kind: 'asc', position: 'asc' } });
      for (const item of items) ctx.em.create(PriceListEntry, { ...base, ...fromTemplate(item) });
    }
    await ctx.em.flush();
    return list;
  }

  private async editableList(ctx: Ctx, priceListId: string): Promise<PriceList> {
    const list = await this.find(ctx, priceListId);
    if (list.state !== 'draft') throw invalidState();
    return list;
  }

  async addEntry(ctx: Ctx, list: PriceList, input: AddPriceListEntryInput): Promise<PriceListEntry> {
    if (list.state !== 'draft') throw invalidState();
    const item = await findOr404(ctx.em, CatalogItem, input.catalogItemId);
    if (await ctx.em.findOne(PriceListEntry, { priceListId: list.id, catalogItemId: item.id })) {
      throw new AppError('CONFLICT', 'catalog.priceList.duplicateItem', { item: item.name }, 'catalogItemId');
    }
    const columns = input.pricing ? pricingColumns(input.pricing) : fromTemplate(item);
    const { company } = await this.settings(ctx.em, list.projectId);
    assertValidPricing(columns, item.unit, company.extraUnits);
    if (input.costModel) assertValidCost(input.costModel);
    const entry = ctx.em.create(PriceListEntry, {
      ...fromTemplate(item),
      ...columns,
      ...(input.costModel ?? {}),
      companyId: list.companyId,
      projectId: list.projectId,
      priceListId: list.id,
    });
    await ctx.em.flush();
    return entry;
  }

  async updateEntry(ctx: Ctx, entry: PriceListEntry, input: UpdatePriceListEntryInput): Promise<PriceListEntry> {
    await this.editableList(ctx, entry.priceListId);
    expectVersion(entry, input.version);
    const columns = input.pricing ? pricingColumns(input.pricing) : entry;
    const { company } = await this.settings(ctx.em, entry.projectId);
    assertValidPricing(columns, input.unit ?? entry.unit, company.extraUnits);
    if (input.costModel) assertValidCost(input.costModel);
    ctx.em.assign(entry, {
      ...(input.unit ? { unit: input.unit } : {}),
      ...(input.pricing ? pricingColumns(input.pricing) : {}),
      ...(input.costModel ?? {}),
    });
    await ctx.em.flush();
    return entry;
  }

  async removeEntry(ctx: Ctx, entry: PriceListEntry): Promise<boolean> {
    await this.editableList(ctx, entry.priceListId);
    ctx.em.remove(entry);
    await ctx.em.flush();
    return true;
  }

  /** Applies a lifecycle action through the domain's transition table. */
  private transition(ctx: Ctx, list: PriceList, action: PriceListAction, extra: { reason?: string | null; effectiveAt?: Date | null } = {}) {
    const result = transitionPriceList({
      from: list.state,
      action,
      actor: managerActor(ctx, list.projectId),
      submittedBy: list.submittedById,
      reason: extra.reason,
      now: ctx.now,
      effectiveAt: extra.effectiveAt,
    });
    if (!result.ok) throw domainError(result);
    return result;
  }

  async submit(ctx: Ctx, list: PriceList, version: number): Promise<PriceList | PriceListNotReady> {
    expectVersion(list, version);
    this.transition(ctx, list, 'submit');
    const entries = await this.entries(ctx.em, list.id);
    const { company } = await this.settings(ctx.em, list.projectId);
    const ready = canSubmit({ entries: entries.map(toDomainEntry), companyExtraUnits: company.extraUnits });
    if (!ready.ok) {
      const names = new Map(entries.map((e) => [e.catalogItemId, e.name]));
      const issues = ready.issues.map((i) => ({
        catalogItemId: i.catalogItemId,
        itemName: i.itemName ?? (i.catalogItemId ? names.get(i.catalogItemId) ?? null : null),
        field: i.field,
        message: translate(i.messageKey, i.params)[ctx.locale],
      }));
      const message = translate('catalog.priceList.notReady', { count: issues.length })[ctx.locale];
      return Object.assign(new PriceListNotReady(), { code: 'VALIDATION_FAILED', message, issues });
    }
    ctx.em.assign(list, { state: 'submitted', submittedById: ctx.user!.id, submittedAt: ctx.now });
    await ctx.em.flush();
    return list;
  }

  async approve(ctx: Ctx, list: PriceList, version: number, note?: string | null): Promise<PriceList> {
    expectVersion(list, version);
    this.transition(ctx, list, 'approve');
    const { project } = await this.settings(ctx.em, list.projectId);
    ctx.em.assign(list, {
      state: 'approved',
      decidedById: ctx.user!.id,
      decidedAt: ctx.now,
      decisionReason: note ?? null,
      approvalRef: `${project.code}-${ctx.now.getUTCFullYear()}-${String(list.number).padStart(3, '0')}`,
    });
    await this.settlePriceRises(ctx, list, 'approved', note);
    await ctx.em.flush();
    return list;
  }

  /** A price rise proposed for a loss-making service (README §6) is decided with the price list that carries it. */
  private async settlePriceRises(ctx: Ctx, list: PriceList, state: 'approved' | 'rejected', note?: string | null) {
    const rises = await ctx.em.find(LossDecision, { priceListId: list.id, kind: 'raise_price', state: 'proposed' });
    for (const d of rises) ctx.em.assign(d, { state, decidedById: ctx.user!.id, decidedAt: ctx.now, decisionNote: note ?? null });
  }

  async reject(ctx: Ctx, list: PriceList, version: number, reason: string | null | undefined): Promise<PriceList> {
    expectVersion(list, version);
    this.transition(ctx, list, 'reject', { reason });
    ctx.em.assign(list, { state: 'rejected', decidedById: ctx.user!.id, decidedAt: ctx.now, decisionReason: reason!.trim() });
    await this.settlePriceRises(ctx, list, 'rejected', reason);
    await ctx.em.flush();
    return list;
  }

  async revise(ctx: Ctx, list: PriceList, version: number): Promise<PriceList> {
    expectVersion(list, version);
    this.transition(ctx, list, 'revise');
    ctx.em.assign(list, { state: 'draft', submittedById: null, submittedAt: null });
    await ctx.em.flush();
    return list;
  }

  /**
   * Now, or at a future time: then the list stays approved with `scheduledAt`, and a job
   * enqueued in the same transaction publishes it at that moment without anyone clicking.
   */
  async publish(ctx: Ctx, list: PriceList, input: PublishPriceListInput): Promise<PriceList> {
    expectVersion(list, input.version);
    const { effectiveAt } = this.transition(ctx, list, 'publish', { effectiveAt: input.effectiveAt });
    const at = effectiveAt ?? ctx.now;
    if (at.getTime() <= ctx.now.getTime()) {
      await publishNow(ctx.em, list, ctx.now, ctx.user!.id);
      return list;
    }
    await ctx.em.transactional(async (em) => {
      em.assign(list, { scheduledAt: at, publishedById: ctx.user!.id });
      await em.flush();
      await enqueueJob(em, PUBLISH_TASK, { priceListId: list.id }, { runAt: at, jobKey: `price_list_publish:${list.id}` });
    });
    return list;
  }

  /** By default a version is compared with what is in effect; a published one with the version it was based on. */
  async diff(ctx: Ctx, list: PriceList, againstId?: string | null) {
    const baseId = againstId ?? (['published', 'superseded'].includes(list.state) ? list.basedOnId : null);
    const against = baseId ? await this.find(ctx, baseId) : await this.published(ctx, list.projectId);
    const comparedWith = against && against.id !== list.id ? against : null;
    const [after, before, { project, company }] = await Promise.all([
      this.entries(ctx.em, list.id),
      comparedWith ? this.entries(ctx.em, comparedWith.id) : Promise.resolve([]),
      this.settings(ctx.em, list.projectId),
    ]);
    const byItem = new Map(after.map((e) => [e.catalogItemId, e]));
    const old = new Map(before.map((e) => [e.catalogItemId, e]));
    const d = diffPriceLists({
      before: before.map(toDomainEntry),
      after: after.map(toDomainEntry),
      costModels: new Map(after.map((e) => [e.catalogItemId, toCostModel(e, project.labourRateFenPerHour)])),
      marginCeilingBasisPoints: company.marginCeilingBp,
    });
    return {
      against: comparedWith,
      added: d.added.map((e) => byItem.get(e.catalogItemId)!),
      removed: d.removed.map((e) => old.get(e.catalogItemId)!),
      changed: d.changed.map((c) => ({
        catalogItemId: c.catalogItemId,
        before: old.get(c.catalogItemId)!,
        after: byItem.get(c.catalogItemId)!,
        changes: c.changes.map((f) => ({ field: f.field, before: f.before == null ? null : String(f.before), after: f.after == null ? null : String(f.after) })),
      })),
      marginWarnings: d.marginWarnings.map((m) => ({
        ...m,
        warnings: m.warnings.map((w) => ({ ...w, message: translate(w.messageKey, w.params)[ctx.locale] })),
      })),
    };
  }

  async margin(ctx: Ctx, entry: PriceListEntry) {
    const { project, company } = await this.settings(ctx.em, entry.projectId);
    return marginView(entry, project.labourRateFenPerHour, company.marginCeilingBp, ctx.locale);
  }
}

function fromTemplate(item: CatalogItem) {
  return {
    catalogItemId: item.id,
    category: item.category,
    name: item.name,
    unit: item.unit,
    mode: item.mode,
    priceFen: item.priceFen ?? null,
    minFen: item.minFen ?? null,
    maxFen: item.maxFen ?? null,
    labourMinutes: item.labourMinutes,
    materialsFen: item.materialsFen,
    overheadBp: item.overheadBp,
    riskBp: item.riskBp,
    position: item.position,
  };
}

/**
 * Puts an approved list into effect at `at`: the version in effect is superseded first
 * (its own flush, so the one-published-per-project index never sees two), then this one.
 */
export async function publishNow(em: EntityManager, list: PriceList, at: Date, publishedById: string | null): Promise<void> {
  await em.transactional(async (tx) => {
    const current = await tx.findOne(PriceList, { projectId: list.projectId, state: 'published' }, { filters: false });
    if (current) {
      tx.assign(current, { state: 'superseded', effectiveTo: at });
      await tx.flush();
    }
    tx.assign(list, { state: 'published', effectiveFrom: at, scheduledAt: null, publishedById: publishedById ?? list.publishedById ?? null });
    emitPriceListPublished(tx, list, at);
    await tx.flush();
  });
}

/** The scheduled-publish job: idempotent, and a no-op if the list was changed meanwhile. */
export async function publishDue(em: EntityManager, priceListId: string, now: Date): Promise<boolean> {
  const list = await em.findOne(PriceList, { id: priceListId }, { filters: false });
  if (!list || list.state !== 'approved' || !list.scheduledAt || list.scheduledAt > now) return false;
  await publishNow(em, list, list.scheduledAt, list.publishedById ?? null);
  return true;
}
