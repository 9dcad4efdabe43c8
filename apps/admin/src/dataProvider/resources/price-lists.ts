import {
  ApprovePriceListDocument,
  GetPriceListDocument,
  GetPriceListReviewDocument,
  GetPriceListWithMarginsDocument,
  ListPriceListsDocument,
  PriceListState,
  PublishPriceListDocument,
  RejectPriceListDocument,
  RevisePriceListDocument,
  StartPriceListDraftDocument,
  SubmitPriceListDocument,
  UpdatePriceListEntryDocument,
  type PriceListDecisionInput,
  type PriceListVersionInput,
  type PublishPriceListInput,
  type StartPriceListDraftInput,
  type UpdatePriceListEntryInput,
} from '@wuye/schema';
import type { GetListParams as RaGetListParams } from 'react-admin';
import { request } from '../graphql-client';
import { pageArgs, type ResourceAdapter } from '../adapter';

/** `state` (one, from a select) or `states` (several) → the API's `states`. */
function states(filter: RaGetListParams['filter'], fallback?: PriceListState[]): PriceListState[] | undefined {
  if (Array.isArray(filter?.states) && filter.states.length) return filter.states as PriceListState[];
  if (filter?.state) return [filter.state as PriceListState];
  return fallback;
}

async function listPriceLists(params: RaGetListParams, fallback?: PriceListState[]) {
  const { priceLists } = await request(ListPriceListsDocument, {
    filter: { projectId: params.filter?.projectId || undefined, states: states(params.filter, fallback) },
    ...pageArgs(params),
  });
  return { data: priceLists.items, total: priceLists.totalCount };
}

/**
 * Versions of the project price lists. `meta.margins` adds each entry's unit cost and margin,
 * which only the GM and the project's managers may read (`priceList.publish`).
 */
export const priceLists: ResourceAdapter = {
  getList: (params) => listPriceLists(params),
  async getOne(id, meta) {
    if (meta?.margins) return (await request(GetPriceListWithMarginsDocument, { id })).priceList;
    return (await request(GetPriceListDocument, { id })).priceList;
  },
};

const IN_EFFECT_OR_PAST: readonly PriceListState[] = [PriceListState.Published, PriceListState.Superseded];

/** The GM's approval inbox: submitted versions, each with its diff against the published one. */
export const priceListReviews: ResourceAdapter = {
  getList: (params) => listPriceLists(params, [PriceListState.Submitted]),
  async getOne(id) {
    const review = await request(GetPriceListReviewDocument, { id });
    const list = review.priceList;
    if (!list) return null;
    // Once published, a version is the one the API compares with by default: show what it
    // changed against the version it was drafted from instead.
    if (IN_EFFECT_OR_PAST.includes(list.state) && list.basedOnId && review.priceListDiff.against?.id !== list.basedOnId) {
      const { priceListDiff } = await request(GetPriceListReviewDocument, { id, againstId: list.basedOnId });
      return { ...list, diff: priceListDiff };
    }
    return { ...list, diff: review.priceListDiff };
  },
};

/** Workflow steps of a version; each takes the version the user saw (CONFLICT otherwise). */
export const priceListActions = {
  startPriceListDraft: async (input: StartPriceListDraftInput) =>
    (await request(StartPriceListDraftDocument, { input })).startPriceListDraft,
  updatePriceListEntry: async (input: UpdatePriceListEntryInput) =>
    (await request(UpdatePriceListEntryDocument, { input })).updatePriceListEntry,
  /** A `PriceListNotReady` result lists what to fix; it is an answer, not an error. */
  submitPriceList: async (input: PriceListVersionInput) => (await request(SubmitPriceListDocument, { input })).submitPriceList,
  revisePriceList: async (input: PriceListVersionInput) => (await request(RevisePriceListDocument, { input })).revisePriceList,
  approvePriceList: async (input: PriceListDecisionInput) => (await request(ApprovePriceListDocument, { input })).approvePriceList,
  rejectPriceList: async (input: PriceListDecisionInput) => (await request(RejectPriceListDocument, { input })).rejectPriceList,
  publishPriceList: async (input: PublishPriceListInput) => (await request(PublishPriceListDocument, { input })).publishPriceList,
};

export type PriceListActions = typeof priceListActions;
