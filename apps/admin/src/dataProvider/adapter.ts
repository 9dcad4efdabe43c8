import type { GetListParams, GetListResult, Identifier, RaRecord, SortPayload, UpdateParams } from 'react-admin';
import { SortOrder } from '@wuye/schema';

/** How one react-admin resource maps onto the typed operations. Missing methods are unsupported. */
export interface ResourceAdapter {
  getList?: (params: GetListParams) => Promise<GetListResult>;
  /** `meta` is react-admin's per-call option, e.g. which variant of the record to load. */
  getOne?: (id: Identifier, meta?: Record<string, unknown>) => Promise<RaRecord | null>;
  create?: (data: Record<string, unknown>) => Promise<RaRecord>;
  update?: (params: UpdateParams) => Promise<RaRecord>;
}

export type FormValues = Record<string, unknown>;

export function pageArgs({ pagination }: Pick<GetListParams, 'pagination'>) {
  const page = pagination?.page ?? 1;
  const perPage = pagination?.perPage ?? 25;
  return { skip: (page - 1) * perPage, take: perPage };
}

export const sortOrder = (sort: SortPayload | undefined): SortOrder =>
  sort?.order === 'DESC' ? SortOrder.Desc : SortOrder.Asc;

/** react-admin sort field → the API's sort enum; fields the API cannot sort by fall back to its default. */
export function sortArgs<F extends string>(sort: SortPayload | undefined, fields: Partial<Record<string, F>>) {
  const sortField = sort ? fields[sort.field] : undefined;
  return sortField ? { sortField, sortOrder: sortOrder(sort) } : {};
}

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** The filter values the API knows, without blanks; `q` is the list search box. */
export function filterArgs<K extends string>(filter: FormValues | undefined, keys: readonly K[]) {
  const out: Partial<Record<K | 'search', unknown>> = {};
  for (const key of keys) if (!isBlank(filter?.[key])) out[key] = filter?.[key];
  if (!isBlank(filter?.q)) out.search = filter?.q;
  return out;
}

/** Create input: the listed fields, blanks omitted. */
export function pick<K extends string>(data: FormValues, keys: readonly K[]): Partial<Record<K, unknown>> {
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) if (!isBlank(data[key])) out[key] = data[key];
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Update input: id, the version the user started from (optimistic concurrency: the API answers
 * CONFLICT when someone saved in between) and only the fields the user changed.
 */
export function changes<K extends string>(params: UpdateParams, keys: readonly K[], map: (key: K, value: unknown) => unknown = (_, v) => v) {
  const previous: FormValues = params.previousData ?? {};
  const out: Partial<Record<K, unknown>> = {};
  for (const key of keys) {
    if (!(key in params.data)) continue;
    const next = map(key, params.data[key]);
    if (!same(next, map(key, previous[key]))) out[key] = next === '' ? null : next;
  }
  return { id: params.id, version: previous.version as number, ...out };
}
