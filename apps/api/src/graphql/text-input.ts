import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
} from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { isUuid } from '../db/queries.js';
import { AppError, invalid } from './errors.js';

/** Half of a UTF-16 pair without the other half: not text, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

type Problem = { field: string; key: 'validation.nulCharacter' | 'validation.malformedText' | 'validation.emptyId' | 'validation.dateRange' | 'error.notFound' };

/** A time outside these years is a slip of the keyboard, and PostgreSQL refuses some of them outright. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2199;

/** The first argument value no resolver should see, with its path as validation names fields (`lines.0.name`). */
function check(value: unknown, type: GraphQLInputType | undefined, path: string[], mutation: boolean, inIdList = false): Problem | null {
  if (typeof value === 'string') {
    const field = path.join('.');
    if (value.includes('\u0000')) return { field, key: 'validation.nulCharacter' };
    if (LONE_SURROGATE.test(value)) return { field, key: 'validation.malformedText' };
    // An id naming one record; a list of ids is a set to act on where they exist (mark these read).
    if (type && getNamedType(type).name === 'ID' && !isListType(getNullableType(type)) && !inIdList) {
      if (value === '') return { field, key: 'validation.emptyId' };
      // Ids are UUIDs: one that cannot exist names nothing. (Lists keep matching nothing instead.)
      if (mutation && !isUuid(value)) return { field, key: 'error.notFound' };
    }
    return null;
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    return Number.isNaN(year) || year < EARLIEST_YEAR || year > LATEST_YEAR ? { field: path.join('.'), key: 'validation.dateRange' } : null;
  }
  const inner = type ? getNullableType(type) : undefined;
  if (Array.isArray(value)) {
    const element = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : undefined;
    const ids = !!element && getNamedType(element).name === 'ID';
    for (const [i, v] of value.entries()) {
      const found = check(v, element, [...path, String(i)], mutation, ids);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
    for (const [k, v] of Object.entries(value)) {
      const found = check(v, fields[k]?.type, [...path, k], mutation);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Arguments no resolver should have to defend against, refused before any runs, naming the
 * field: a NUL character (PostgreSQL text cannot hold U+0000) or text that is not well-formed
 * Unicode (a lone surrogate), an empty string where an id is expected (an optional id sent as
 * "" would read as "none given" in one place and be stored in another), and — in a mutation —
 * an id that is not a UUID, which is NOT_FOUND as it would be after a lookup; a time outside
 * the years 1900–2199. An input
 * object's own name is left out of the path, as class-validator leaves it out.
 */
export const rejectUnusableArguments: MiddlewareFn = async ({ args, info }, next) => {
  // A global middleware runs for every resolved field of every row; almost all take no arguments.
  if (!args || Object.keys(args).length === 0) return next();
  const defs = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const mutation = info.parentType === info.schema.getMutationType();
  for (const [name, value] of Object.entries(args ?? {})) {
    const type = defs.find((a) => a.name === name)?.type;
    const inObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const found = check(value, type, inObject ? [] : [name], mutation);
    if (!found) continue;
    const field = found.field || name;
    if (found.key === 'error.notFound') throw new AppError('NOT_FOUND', 'error.notFound', { entity: field }, field);
    throw invalid(field, found.key);
  }
  return next();
};
