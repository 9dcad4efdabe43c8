import type { PublishedPricesQuery, ServiceOrderDetailFragment, ServiceOrderRowFragment } from '@wuye/schema';

export type OrderRow = ServiceOrderRowFragment;
export type OrderDetail = ServiceOrderDetailFragment;
export type PublishedEntry = NonNullable<PublishedPricesQuery['publishedPriceList']>['entries'][number];
