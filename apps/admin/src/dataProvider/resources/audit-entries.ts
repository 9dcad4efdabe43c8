import { ListAuditEntriesDocument, type AuditFilter } from '@wuye/schema';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, sortOrder, type FormValues, type ResourceAdapter } from '../adapter';

/** Date filters are calendar days in China time; the API takes instants. */
const dayStart = (day: unknown) => (typeof day === 'string' && day ? `${day}T00:00:00+08:00` : undefined);
const dayEnd = (day: unknown) => (typeof day === 'string' && day ? `${day}T23:59:59.999+08:00` : undefined);

function auditFilter(filter: FormValues | undefined): AuditFilter {
  const { search: _ignored, ...known } = filterArgs(filter, ['entityType', 'entityId', 'actorId', 'projectId']);
  return { ...known, from: dayStart(filter?.from), to: dayEnd(filter?.to) } as AuditFilter;
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
