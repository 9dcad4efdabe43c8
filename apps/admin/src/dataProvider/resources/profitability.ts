import {
  DecideLossDecisionDocument,
  ItemPnlDocument,
  LossDecisionsDocument,
  PnlCatalogItemNamesDocument,
  PnlOrdersDocument,
  PnlOverviewDocument,
  PnlReviewDocument,
  PublishedPricesDocument,
  RecordLossDecisionDocument,
  type DecideLossDecisionInput,
  type LossDecisionKind,
  type LossDecisionState,
  type PnlFilter,
  type RecordLossDecisionInput,
} from '@wuye/schema';
import { request } from '../graphql-client';

/** The API's page size ceiling. */
const MAX_TAKE = 100;

/**
 * 损益分析, 亏损处理 and 损益总览 (domain README §6). These are pages, not record lists: the
 * screens call these methods directly.
 */
export const profitabilityActions = {
  /** One row per project, catalog item and month (at most 24 months). */
  itemPnl: async (filter: PnlFilter) => (await request(ItemPnlDocument, { filter })).itemPnl,
  pnlOverview: async (filter: PnlFilter) => (await request(PnlOverviewDocument, { filter })).pnlOverview,
  /** Loss and thin items of a project's month, worst first. */
  pnlReview: async (projectId: string, month: string) => (await request(PnlReviewDocument, { projectId, month })).pnlReview,
  /** The orders behind one P&L cell. */
  pnlOrders: async (args: { projectId: string; itemId: string; month: string; skip?: number; take?: number }) =>
    (await request(PnlOrdersDocument, { ...args, take: args.take ?? MAX_TAKE })).pnlOrders,
  lossDecisions: async (args: { projectId?: string | null; states?: LossDecisionState[] | null; kind?: LossDecisionKind | null; skip?: number; take?: number }) =>
    (await request(LossDecisionsDocument, { ...args, take: args.take ?? MAX_TAKE })).lossDecisions,
  /** id → name of the company's catalog items (decisions carry the item id only). */
  catalogItemNames: async (): Promise<Map<string, { name: string; category: string }>> => {
    const names = new Map<string, { name: string; category: string }>();
    for (let skip = 0; ; skip += MAX_TAKE) {
      const { catalogItems } = await request(PnlCatalogItemNamesDocument, { skip, take: MAX_TAKE });
      for (const item of catalogItems.items) names.set(item.id, { name: item.name, category: item.category });
      if (skip + MAX_TAKE >= catalogItems.totalCount || catalogItems.items.length === 0) return names;
    }
  },
  /** The project's published entry of an item (the price a rise starts from), or null. */
  publishedEntry: async (projectId: string, itemId: string) => {
    const { publishedPriceList } = await request(PublishedPricesDocument, { projectId });
    return publishedPriceList?.entries.find((e) => e.catalogItemId === itemId) ?? null;
  },
  recordLossDecision: async (input: RecordLossDecisionInput) => (await request(RecordLossDecisionDocument, { input })).recordLossDecision,
  decideLossDecision: async (input: DecideLossDecisionInput) => (await request(DecideLossDecisionDocument, { input })).decideLossDecision,
};

export type ProfitabilityActions = typeof profitabilityActions;
