import { ListPaymentsDocument, type PaymentFilter } from '@wuye/schema';
import { chinaDayStart, chinaNextDayStart } from '../../common/china-time';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, type ResourceAdapter } from '../adapter';

/** 收款记录: newest first (the API's only order); the date range is China calendar days, both included. */
export const payments: ResourceAdapter = {
  async getList(params) {
    const { payments } = await request(ListPaymentsDocument, {
      filter: {
        ...filterArgs(params.filter, ['projectId', 'method', 'collectedById']),
        from: chinaDayStart(params.filter?.from),
        to: chinaNextDayStart(params.filter?.to),
      } as PaymentFilter,
      ...pageArgs(params),
    });
    return { data: payments.items, total: payments.totalCount };
  },
};
