import { can, fen, formatYuan, formatYuanRange, projectsFor } from '@wuye/domain';
import { Arg, Args, createUnionType, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorize, authorizeFor, authorizeCompanyWide, principalOf, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { ProjectsService } from '../projects/projects.service.js';
import { ProjectView } from '../projects/projects.types.js';
import type { CatalogItem } from './catalog-item.entity.js';
import { CatalogItemsService } from './catalog-items.service.js';
import {
  AddPriceListEntryInput,
  CatalogItemPage,
  CatalogItemsArgs,
  CatalogItemView,
  CreateCatalogItemInput,
  MarginAssessmentView,
  PriceListDecisionInput,
  PriceListDiffView,
  PriceListEntryView,
  PriceListNotReady,
  PriceListPage,
  PriceListsArgs,
  PriceListVersionInput,
  PriceListView,
  PublishedPriceView,
  PublishPriceListInput,
  StartPriceListDraftInput,
  UpdateCatalogItemInput,
  UpdatePriceListEntryInput,
} from './catalog.types.js';
import type { PriceListEntry } from './price-list-entry.entity.js';
import type { PriceList } from './price-list.entity.js';
import { PriceListsService } from './price-lists.service.js';

const items = new CatalogItemsService();
const lists = new PriceListsService();
const projects = new ProjectsService();

export const SubmitPriceListResult = createUnionType({
  name: 'SubmitPriceListResult',
  types: () => [PriceListView, PriceListNotReady] as const,
  resolveType: (value) => ('issues' in value ? PriceListNotReady : PriceListView),
});

/** Partners see what residents may see: published prices and their history, never drafts. */
const PUBLIC_STATES = ['published', 'superseded'] as const;

function priceText(c: { mode: string; priceFen?: number | null; minFen?: number | null; maxFen?: number | null }): string | null {
  if (c.mode === 'free') return formatYuan(fen(0));
  if (c.mode === 'fixed' && c.priceFen != null) return formatYuan(fen(c.priceFen));
  if ((c.mode === 'range' || c.mode === 'workload') && c.minFen != null && c.maxFen != null) {
    return formatYuanRange(fen(c.minFen), fen(c.maxFen));
  }
  return null;
}

@Resolver(() => CatalogItemView)
export class CatalogItemResolver {
  @Query(() => CatalogItemPage, { description: 'The company template of paid and free services' })
  catalogItems(@Args() args: CatalogItemsArgs, @C() ctx: Ctx) {
    authorize(ctx, 'catalog.read');
    return items.list(ctx, args);
  }

  @Mutation(() => CatalogItemView)
  createCatalogItem(@Arg('input') input: CreateCatalogItemInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'catalog.manage');
    return items.create(ctx, input);
  }

  @Mutation(() => CatalogItemView)
  async updateCatalogItem(@Arg('input') input: UpdateCatalogItemInput, @C() ctx: Ctx) {
    authorizeCompanyWide(ctx, 'catalog.manage');
    return items.update(ctx, await items.find(ctx, input.id), input);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The price as printed: ¥30.00 or ¥10.00–¥50.00' })
  priceText(@Root() item: CatalogItem) {
    return priceText(item);
  }
}

@Resolver(() => PriceListView)
export class PriceListResolver {
  @Query(() => PriceListPage, { description: 'Price list versions; the GM’s approval inbox is `states: [SUBMITTED]`' })
  priceLists(@Args() args: PriceListsArgs, @C() ctx: Ctx) {
    readableProjects(ctx, 'catalog.read');
    // Drafts and submissions are internal to the GM and the project's manager; everyone else
    // (front desk quoting, partner apps) sees only what was published, so nobody quotes an unapproved price.
    const editors = projectsFor(principalOf(ctx), 'priceList.publish');
    return lists.list(ctx, args, editors === 'all' ? null : editors);
  }

  @Query(() => PriceListView, { nullable: true })
  async priceList(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    authorize(ctx, 'catalog.read');
    const list = await lists.get(ctx, id);
    if (!list) return null;
    authorize(ctx, 'catalog.read', list.projectId);
    if (!(PUBLIC_STATES as readonly string[]).includes(list.state) && !can(principalOf(ctx), 'priceList.publish', list.projectId)) return null;
    return list;
  }

  @Query(() => PriceListView, { nullable: true, description: 'The version in effect now (公示)' })
  publishedPriceList(@Arg('projectId', () => ID) projectId: string, @C() ctx: Ctx) {
    authorize(ctx, 'catalog.read', projectId);
    return lists.published(ctx, projectId);
  }

  @Query(() => PublishedPriceView, { nullable: true, description: 'The published price of an item at a time (default now)' })
  priceAt(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('catalogItemId', () => ID) catalogItemId: string,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @C() ctx: Ctx,
  ) {
    authorize(ctx, 'catalog.read', projectId);
    return lists.priceAt(ctx.em, projectId, catalogItemId, at ?? ctx.now);
  }

  @Query(() => PriceListDiffView, { description: 'Changes of a version against another (default: the published one)' })
  async priceListDiff(@Arg('id', () => ID) id: string, @Arg('againstId', () => ID, { nullable: true }) againstId: string | null, @C() ctx: Ctx) {
    authorize(ctx, 'catalog.read');
    const list = await lists.find(ctx, id);
    // Margins and drafts are internal: the GM and the project's manager review them.
    authorize(ctx, 'priceList.publish', list.projectId);
    return lists.diff(ctx, list, againstId);
  }

  @Mutation(() => PriceListView, { description: 'Start the next version of a project’s price list' })
  async startPriceListDraft(@Arg('input') input: StartPriceListDraftInput, @C() ctx: Ctx) {
    authorize(ctx, 'priceList.edit');
    const project = await projects.findProject(ctx, input.projectId);
    authorize(ctx, 'priceList.edit', project.id);
    return lists.startDraft(ctx, project, input.from);
  }

  @Mutation(() => PriceListEntryView)
  async addPriceListEntry(@Arg('input') input: AddPriceListEntryInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.edit', () => lists.find(ctx, input.priceListId));
    return lists.addEntry(ctx, list, input);
  }

  @Mutation(() => PriceListEntryView)
  async updatePriceListEntry(@Arg('input') input: UpdatePriceListEntryInput, @C() ctx: Ctx) {
    const entry = await authorizeFor(ctx, 'priceList.edit', () => lists.findEntry(ctx, input.id));
    return lists.updateEntry(ctx, entry, input);
  }

  @Mutation(() => Boolean)
  async removePriceListEntry(@Arg('id', () => ID) id: string, @C() ctx: Ctx) {
    const entry = await authorizeFor(ctx, 'priceList.edit', () => lists.findEntry(ctx, id));
    return lists.removeEntry(ctx, entry);
  }

  @Mutation(() => SubmitPriceListResult, { description: 'Send a draft to the general manager' })
  async submitPriceList(@Arg('input') input: PriceListVersionInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.edit', () => lists.find(ctx, input.id));
    return lists.submit(ctx, list, input.version);
  }

  @Mutation(() => PriceListView, { description: 'Rework a rejected version' })
  async revisePriceList(@Arg('input') input: PriceListVersionInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.edit', () => lists.find(ctx, input.id));
    return lists.revise(ctx, list, input.version);
  }

  @Mutation(() => PriceListView)
  async approvePriceList(@Arg('input') input: PriceListDecisionInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.decide', () => lists.find(ctx, input.id));
    return lists.approve(ctx, list, input.version, input.reason);
  }

  @Mutation(() => PriceListView, { description: 'Reject with a reason the project manager will read' })
  async rejectPriceList(@Arg('input') input: PriceListDecisionInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.decide', () => lists.find(ctx, input.id));
    return lists.reject(ctx, list, input.version, input.reason);
  }

  @Mutation(() => PriceListView, { description: 'Put an approved version into effect now or at `effectiveAt`' })
  async publishPriceList(@Arg('input') input: PublishPriceListInput, @C() ctx: Ctx) {
    const list = await authorizeFor(ctx, 'priceList.publish', () => lists.find(ctx, input.id));
    return lists.publish(ctx, list, input);
  }

  @FieldResolver(() => [PriceListEntryView])
  entries(@Root() list: PriceList, @C() ctx: Ctx) {
    return ctx.loaders.entriesByPriceList.load(list.id);
  }

  @FieldResolver(() => ProjectView)
  project(@Root() list: PriceList, @C() ctx: Ctx) {
    return ctx.loaders.project.load(list.projectId);
  }

  @FieldResolver(() => String, { nullable: true })
  async submittedByName(@Root() list: PriceList, @C() ctx: Ctx) {
    return list.submittedById ? (await ctx.loaders.staff.load(list.submittedById))?.name ?? null : null;
  }

  @FieldResolver(() => String, { nullable: true })
  async decidedByName(@Root() list: PriceList, @C() ctx: Ctx) {
    return list.decidedById ? (await ctx.loaders.staff.load(list.decidedById))?.name ?? null : null;
  }
}

@Resolver(() => PriceListEntryView)
export class PriceListEntryResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The price as printed: ¥30.00 or ¥10.00–¥50.00' })
  priceText(@Root() entry: PriceListEntry) {
    return priceText(entry);
  }

  @FieldResolver(() => MarginAssessmentView, { description: 'Unit cost and margin at the price (保本微利 check)' })
  margin(@Root() entry: PriceListEntry, @C() ctx: Ctx) {
    authorize(ctx, 'priceList.publish', entry.projectId);
    return lists.margin(ctx, entry);
  }
}
