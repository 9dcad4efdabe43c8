import { GetDepositAccountDocument, ListDepositAccountsDocument, RefundDepositDocument, TopUpDepositDocument, type DepositInput } from '@wuye/schema';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, type ResourceAdapter } from '../adapter';

/** 押金账户: tenants' prepaid deposits; `q` searches the resident's name or phone. */
export const depositAccounts: ResourceAdapter = {
  async getList(params) {
    const { projectId, search } = filterArgs(params.filter, ['projectId']) as { projectId?: string; search?: string };
    const { depositAccounts } = await request(ListDepositAccountsDocument, { projectId, search, ...pageArgs(params) });
    return { data: depositAccounts.items, total: depositAccounts.totalCount };
  },
  getOne: async (id) => (await request(GetDepositAccountDocument, { id: String(id) })).depositAccount,
};

/** Money moves by resident, not by account: the first top-up opens the account. */
export const depositActions = {
  topUpDeposit: async (input: DepositInput) => (await request(TopUpDepositDocument, { input })).topUpDeposit,
  refundDeposit: async (input: DepositInput) => (await request(RefundDepositDocument, { input })).refundDeposit,
};

export type DepositActions = typeof depositActions;
