import type {
  GetPriceListReviewQuery,
  GetPriceListWithMarginsQuery,
  MarginWarningFieldsFragment,
  PriceListEntryFieldsFragment,
  PriceListFieldsFragment,
  SubmitPriceListMutation,
} from '@wuye/schema';

export type PriceListRecord = PriceListFieldsFragment;
export type PriceListWithEntries = PriceListFieldsFragment & {
  entries: Array<PriceListEntryFieldsFragment & Partial<Pick<EntryWithMargin, 'margin'>>>;
};
export type PriceListWithMargins = NonNullable<GetPriceListWithMarginsQuery['priceList']>;
export type EntryWithMargin = PriceListWithMargins['entries'][number];
export type ServerMargin = EntryWithMargin['margin'];
export type PriceListDiff = GetPriceListReviewQuery['priceListDiff'];
export type ReviewRecord = PriceListFieldsFragment & { diff: PriceListDiff };
export type MarginWarning = MarginWarningFieldsFragment;
export type NotReady = Extract<SubmitPriceListMutation['submitPriceList'], { __typename: 'PriceListNotReady' }>;
export type NotReadyIssue = NotReady['issues'][number];
