import type { EntityManager, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { conflict, notFound } from '../graphql/errors.js';
import type { Page } from '../graphql/pagination.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** A malformed id in a filter matches nothing (instead of a database cast error). */
export const NO_ID = '00000000-0000-0000-0000-000000000000';
export const idOrNone = (value: string): string => (isUuid(value) ? value : NO_ID);

type Entity<T> = new (...args: never[]) => T;

/** By id through the request's filtered manager: another tenant's or project's row is simply "not found". */
export async function findById<T extends object>(em: EntityManager, entity: Entity<T>, id: string): Promise<T | null> {
  if (!isUuid(id)) return null;
  return em.findOne(entity, { id } as FilterQuery<T>);
}

export async function findOr404<T extends object>(em: EntityManager, entity: Entity<T>, id: string): Promise<T> {
  const row = await findById(em, entity, id);
  if (!row) throw notFound(entity.name);
  return row;
}

/** The client's version must match; the flush repeats the check in SQL to close the race. */
export function expectVersion(row: { version: number; constructor: { name: string } }, version: number): void {
  if (row.version !== version) throw conflict(row.constructor.name);
}

export async function findPage<T extends object>(
  em: EntityManager,
  entity: Entity<T>,
  where: FilterQuery<T>,
  orderBy: QueryOrderMap<T>,
  args: { skip: number; take: number },
): Promise<Page<T>> {
  const [items, totalCount] = await em.findAndCount(entity, where, {
    orderBy: { ...orderBy, id: 'asc' } as QueryOrderMap<T>,
    offset: args.skip,
    limit: args.take,
  });
  return { items, totalCount };
}

/** Escape LIKE wildcards typed by a user searching for a literal % or _. */
export const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The project condition of a list: the projects the caller may read (null = all), narrowed to
 * the one asked for; asking for a project outside one's scope matches nothing rather than failing.
 */
export function projectCondition(readable: string[] | null, requested?: string | null): { $in: string[] } | string | undefined {
  if (requested) return readable && !readable.includes(requested) ? idOrNone('') : idOrNone(requested);
  return readable ? { $in: readable } : undefined;
}

/**
 * A list of ids as one PostgreSQL array parameter (`= any(?::uuid[])`): the driver would expand
 * a JS array into a comma list. Ids are uuids, so no quoting is needed.
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.filter(isUuid).join(',')}}`;
}
