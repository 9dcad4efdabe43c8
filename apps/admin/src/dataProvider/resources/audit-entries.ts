import { ListAuditEntriesDocument, type AuditFilter } from '@wuye/schema';
import { chinaDayEnd, chinaDayStart } from '../../common/china-time';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, sortOrder, type FormValues, type ResourceAdapter } from '../adapter';

/** Date filters are calendar days in China time; the API takes instants. */
function auditFilter(filter: FormValues | undefined): AuditFilter {
  const { search: _ignored, ...known } = filterArgs(filter, ['entityType', 'entityId', 'actorId', 'projectId']);
  return { ...known, from: chinaDayStart(filter?.from), to: chinaDayEnd(filter?.to) } as AuditFilter;
}

export const auditEntries: ResourceAdapter = {
  async getList(params) {
    const { auditEntries } = await request(ListAuditEntriesDocument, {
      filter: auditFilter(params.filter),
      sortOrder: sortOrder(params.sort ?? { field: 'at', order: 'DESC' }),
      ...pageArgs(params),
    });
    return { data: auditEntries.items, total: auditEntries.totalCount };
  },
};
