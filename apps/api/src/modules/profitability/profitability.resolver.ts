import {
  addMonths,
  DEFAULT_MARGIN_TARGET_BAND,
  isMonthKey,
  lossStreak,
  monthRange,
  monthsBetween,
  perOrder,
  pnlTotalsBy,
  reviewList,
  sumPnl,
  volumeProgress,
  type ItemMonthPnl,
  type PnlTotals,
} from '@wuye/domain';
import { Arg, Args, Ctx as C, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CatalogItemView } from '../catalog/catalog.types.js';
import { StaffUserView } from '../staff/staff.types.js';
import { authorize, authorizeFor, readableProjects } from '../../access/policy.js';
import type { Ctx } from '../../context.js';
import { findPage, idOrNone, projectCondition } from '../../db/queries.js';
import { invalid } from '../../graphql/errors.js';
import { ServiceOrderPage } from '../orders/orders.types.js';
import { ServiceOrder } from '../orders/service-order.entity.js';
import { Project } from '../projects/project.entity.js';
import { ProjectsService } from '../projects/projects.service.js';
import { LossDecision } from './loss-decision.entity.js';
import { LossDecisionsService } from './loss-decisions.service.js';
import { PnlService } from './pnl.service.js';
import {
  DecideLossDecisionInput,
  ItemPnlView,
  LossDecisionPage,
  LossDecisionsArgs,
  LossDecisionView,
  PnlFilter,
  PnlOrdersArgs,
  PnlOverviewView,
  RecordLossDecisionInput,
  ReviewItemView,
} from './profitability.types.js';

const pnl = new PnlService();
const decisions = new LossDecisionsService();
const projects = new ProjectsService();

const MAX_MONTHS = 24;

/**
 * `a${sep}b` as one string per pair, made once: the overview groups a company's year (~55,000
 * rows) by such keys, and a key concatenated per row is hashed again per row.
 */
function pairKeys(sep: string): (a: string, b: string) => string {
  const keys = new Map<string, Map<string, string>>();
  return (a, b) => {
    let inner = keys.get(a);
    if (!inner) keys.set(a, (inner = new Map()));
    let key = inner.get(b);
    if (key === undefined) inner.set(b, (key = `${a}${sep}${b}`));
    return key;
  };
}

const itemView = (p: ItemMonthPnl): ItemPnlView => ({
  projectId: p.projectId,
  itemId: p.itemId,
  itemName: p.itemName,
  category: p.category,
  charge: p.charge,
  month: p.month,
  orders: p.orders,
  revenueFen: p.revenue,
  labourFen: p.cost.labour,
  materialsFen: p.cost.materials,
  overheadFen: p.cost.overhead,
  riskFen: p.cost.risk,
  refundsFen: p.cost.refunds,
  costFen: p.cost.total,
  marginFen: p.margin,
  marginBasisPoints: p.marginBasisPoints,
  costPerOrderFen: p.costPerOrder,
  goodwillCostFen: p.goodwillCost,
  status: p.status,
});

const totalView = (t: PnlTotals, projectId: string | null, month: string | null) => ({
  projectId,
  month,
  orders: t.orders,
  revenueFen: t.revenue,
  costFen: t.cost.total,
  marginFen: t.margin,
  marginBasisPoints: t.marginBasisPoints,
  goodwillCostFen: t.goodwillCost,
  paidMarginFen: t.paidMargin,
  status: t.status,
});

/** The P&L for the caller's projects (narrowed by the filter), checked for a sane range. */
async function itemMonths(ctx: Ctx, f: PnlFilter): Promise<ItemMonthPnl[]> {
  if (!isMonthKey(f.fromMonth)) throw invalid('fromMonth', 'validation.invalid');
  if (!isMonthKey(f.toMonth)) throw invalid('toMonth', 'validation.invalid');
  const span = monthsBetween(f.fromMonth, f.toMonth);
  if (span < 0 || span >= MAX_MONTHS) throw invalid('toMonth', 'validation.max', { max: MAX_MONTHS });
  const readable = readableProjects(ctx, 'profitability.read');
  const scope = projectCondition(readable, f.projectId);
  const ids = (await ctx.em.find(Project, scope ? { id: scope } : {}, { fields: ['id'] })).map((p) => p.id);
  return pnl.itemMonths(ctx.em, { companyId: ctx.companyId!, projectIds: ids, from: f.fromMonth, to: f.toMonth, itemId: f.itemId, category: f.category, now: ctx.now });
}

@Resolver(() => LossDecisionView)
export class LossDecisionResolver {
  @FieldResolver(() => CatalogItemView, { nullable: true })
  catalogItem(@Root() d: LossDecision, @C() ctx: Ctx) {
    return ctx.loaders.catalogItem.load(d.catalogItemId);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  proposedBy(@Root() d: LossDecision, @C() ctx: Ctx) {
    return ctx.loaders.staff.load(d.proposedById);
  }

  @FieldResolver(() => StaffUserView, { nullable: true })
  decidedBy(@Root() d: LossDecision, @C() ctx: Ctx) {
    return d.decidedById ? ctx.loaders.staff.load(d.decidedById) : null;
  }
}

@Resolver()
export class ProfitabilityResolver {
  @Query(() => [ItemPnlView], { description: 'Monthly P&L per project and catalog item (亏损处理, README §6)' })
  async itemPnl(@Arg('filter') filter: PnlFilter, @C() ctx: Ctx) {
    return (await itemMonths(ctx, filter)).map(itemView);
  }

  @Query(() => PnlOverviewView, { description: 'Totals per project, month and both; the biggest loss-makers' })
  async pnlOverview(@Arg('filter') filter: PnlFilter, @C() ctx: Ctx) {
    const rows = await itemMonths(ctx, filter);
    const band = DEFAULT_MARGIN_TARGET_BAND;
    // One sample row per item (a Map: a find per item made the company-wide year quadratic); views
    // only for the ten worst of the paid loss-makers, not for every project-item of the company.
    const projectItem = pairKeys(':');
    const projectMonth = pairKeys('|');
    const samples = new Map<string, ItemMonthPnl>();
    for (const p of rows) {
      const key = projectItem(p.projectId, p.itemId);
      if (!samples.has(key)) samples.set(key, p);
    }
    const worstItems = pnlTotalsBy(rows, (p) => projectItem(p.projectId, p.itemId), band)
      .filter(({ key, totals }) => samples.get(key)!.charge === 'paid' && totals.margin < 0)
      .sort((a, b) => a.totals.margin - b.totals.margin)
      .slice(0, 10)
      .map(({ key, totals }) => ({ ...itemView(samples.get(key)!), ...totalsAsItem(totals), month: `${filter.fromMonth}..${filter.toMonth}` }));
    return {
      total: totalView(sumPnl(rows, band), null, null),
      byProject: pnlTotalsBy(rows, (p) => p.projectId, band).map(({ key, totals }) => totalView(totals, key, null)),
      byMonth: pnlTotalsBy(rows, (p) => p.month, band).map(({ key, totals }) => totalView(totals, null, key)),
      byProjectMonth: pnlTotalsBy(rows, (p) => projectMonth(p.projectId, p.month), band).map(({ key, totals }) => {
        const [projectId, month] = key.split('|');
        return totalView(totals, projectId!, month!);
      }),
      worstItems,
    };
  }

  @Query(() => [ReviewItemView], { description: 'A project manager’s review list: loss and thin items of the month, worst first' })
  async pnlReview(@Arg("projectId", () => ID) projectId: string, @Arg('month') month: string, @C() ctx: Ctx) {
    authorize(ctx, 'profitability.read', projectId);
    if (!isMonthKey(month)) throw invalid('month', 'validation.invalid');
    const history = await itemMonths(ctx, { projectId, fromMonth: addMonths(month, -11), toMonth: month });
    const list = reviewList(history, { projectId, month });
    const latest = await ctx.em.find(LossDecision, { projectId: idOrNone(projectId), catalogItemId: { $in: list.map((p) => p.itemId) } }, { orderBy: { createdAt: 'desc' } });
    return list.map((p) => {
      const decision = latest.find((d) => d.catalogItemId === p.itemId) ?? null;
      const mine = history.filter((h) => h.itemId === p.itemId);
      return {
        pnl: itemView(p),
        latestDecision: decision,
        volumeProgress: decision?.kind === 'grow_volume' && decision.targetOrdersPerMonth ? volumeProgress({ targetOrdersPerMonth: decision.targetOrdersPerMonth, orders: p.orders }) : null,
        lossStreak: lossStreak(mine, month),
      };
    });
  }

  @Query(() => ServiceOrderPage, { description: 'Drill-down: the orders of an item and month behind the P&L, with their time, materials and payments' })
  async pnlOrders(@Args() args: PnlOrdersArgs, @C() ctx: Ctx) {
    authorize(ctx, 'profitability.read', args.projectId);
    if (!isMonthKey(args.month)) throw invalid('month', 'validation.invalid');
    const { start, end } = monthRange(args.month);
    return findPage(ctx.em, ServiceOrder, { projectId: idOrNone(args.projectId), catalogItemId: idOrNone(args.itemId), completedAt: { $gte: start, $lt: end } }, { completedAt: 'asc' }, args);
  }

  @Query(() => LossDecisionPage, { description: 'Decisions on loss-making services; the GM’s inbox is states: [PROPOSED]' })
  lossDecisions(@Args() args: LossDecisionsArgs, @C() ctx: Ctx) {
    return decisions.list(ctx, args, readableProjects(ctx, 'profitability.read'));
  }

  @Mutation(() => LossDecisionView, { description: 'Grow volume, raise the price (into the draft price list), discontinue (GM approves) or another measure, with the reason' })
  async recordLossDecision(@Arg('input') input: RecordLossDecisionInput, @C() ctx: Ctx) {
    authorize(ctx, 'profitability.decide');
    const project = await projects.findProject(ctx, input.projectId);
    authorize(ctx, 'profitability.decide', project.id);
    return decisions.record(ctx, project, input);
  }

  @Mutation(() => LossDecisionView, { description: 'The GM approves or rejects a proposed discontinuation' })
  async decideLossDecision(@Arg('input') input: DecideLossDecisionInput, @C() ctx: Ctx) {
    const d = await authorizeFor(ctx, 'profitability.approve', () => decisions.find(ctx, input.id));
    return decisions.decide(ctx, d, input);
  }
}

function totalsAsItem(t: PnlTotals) {
  return {
    orders: t.orders,
    revenueFen: t.revenue,
    labourFen: t.cost.labour,
    materialsFen: t.cost.materials,
    overheadFen: t.cost.overhead,
    riskFen: t.cost.risk,
    refundsFen: t.cost.refunds,
    costFen: t.cost.total,
    marginFen: t.margin,
    marginBasisPoints: t.marginBasisPoints,
    costPerOrderFen: perOrder(t.cost.total, t.orders),
    goodwillCostFen: t.goodwillCost,
    status: t.status,
  };
}
