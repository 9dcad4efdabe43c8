import {
  ConnectionException,
  DriverException,
  ForeignKeyConstraintViolationException,
  NotFoundError,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { translate, type Params } from '../i18n/messages.js';
import { requestScope } from '../request-scope.js';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'INTERNAL_SERVER_ERROR';

/** A failure we expect and can explain to the user. Anything else is masked. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string,
    readonly params: Params = {},
    readonly field?: string,
    /** Extra message catalogues (e.g. the domain's) to look the key up in. */
    readonly catalog: Record<string, { zh: string; en: string }> = {},
  ) {
    super(`${code}: ${messageKey}`);
  }
}

/** A domain rule's failure (`{ ok: false, code, messageKey, params, field? }`) as the API's typed error. */
export interface DomainFailure {
  readonly code: 'INVALID_STATE' | 'FORBIDDEN' | 'VALIDATION_FAILED';
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
  readonly field?: string;
}
export const domainError = (f: DomainFailure) => new AppError(f.code, f.messageKey, { ...f.params }, f.field);

export const unauthenticated = (key = 'error.unauthenticated') => new AppError('UNAUTHENTICATED', key);
export const forbidden = () => new AppError('FORBIDDEN', 'error.forbidden');
export const notFound = (entity: string) => new AppError('NOT_FOUND', 'error.notFound', { entity }, 'id');
export const conflict = (entity: string) => new AppError('CONFLICT', 'error.conflict', { entity }, 'version');
export const invalid = (field: string, messageKey: string, params: Params = {}) =>
  new AppError('VALIDATION_FAILED', messageKey, params, field);

interface Shaped {
  code: ErrorCode | string;
  messages: { zh: string; en: string };
  field?: string;
  fieldErrors?: Array<{ field: string; messages: { zh: string; en: string } }>;
}

/** class-validator errors carry our message key in `context` (see graphql/validation.ts). */
function flattenValidation(errors: ValidationError[], prefix = ''): NonNullable<Shaped['fieldErrors']> {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.keys(e.constraints ?? {}).map((constraint) => {
      const ctx = (e.contexts?.[constraint] ?? {}) as { key?: string; params?: Params };
      return { field: path, messages: translate(ctx.key ?? 'validation.invalid', ctx.params ?? {}) };
    });
    return [...own, ...flattenValidation(e.children ?? [], path)];
  });
}

/**
 * The database is down, restarting, out of connections, or a statement ran past
 * statement_timeout (57014) or sat in an open transaction (25P03): the client may retry.
 */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTCONN',
  '57P01', '57P02', '57P03', '57014', '25P03', '53300', '08000', '08003', '08006', '08001', '08004',
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Knex: Timeout acquiring a connection|connect ECONNREFUSED|Client has encountered a connection error|Connection is closed|the database system is (starting up|shutting down|in recovery mode)/i;

/** The error and what it wraps (MikroORM's exceptions keep the driver's error as `previous`). */
function* causes(error: unknown): Generator<{ code?: string; message?: string }> {
  let e = error as { code?: string; message?: string; previous?: unknown; cause?: unknown; originalError?: unknown } | undefined;
  for (let i = 0; e && i < 6; i++) {
    yield e;
    e = (e.previous ?? e.cause ?? e.originalError) as typeof e;
  }
}

export function isUnavailable(error: unknown): boolean {
  if (error instanceof ConnectionException) return true;
  for (const e of causes(error)) {
    if (e.code && UNAVAILABLE_CODES.has(e.code)) return true;
    if (UNAVAILABLE_MESSAGE.test(e.message ?? '')) return true;
  }
  return false;
}

/**
 * A value PostgreSQL refused (SQLSTATE class 22: too long, out of range, an impossible date;
 * 23502: null where a value is required). Validation should have caught it first (the fuzzer
 * fails when it did not); this keeps it a typed error if not.
 */
function isDataException(error: unknown): boolean {
  for (const e of causes(error)) if (typeof e.code === 'string' && (/^22[0-9A-Z]{3}$/.test(e.code) || e.code === '23502')) return true;
  return false;
}

/**
 * Refusing a whole request before it runs (from a plugin, or while building the context): a
 * GraphQLError that carries our AppError for the message and sets the HTTP status.
 */
export function requestError(error: AppError, status: number, headers: Array<[string, string]> = []): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, http: { status, headers: new HeaderMap(headers) } },
  });
}

/** What a 503 tells the client to wait before trying again. */
export const UNAVAILABLE_RETRY_AFTER = '5';

/** While the database is unreachable even authenticating fails: that is a 503 the client may retry, not a bug. */
export function unavailableOr(error: unknown): unknown {
  return isUnavailable(error) ? requestError(new AppError('SERVICE_UNAVAILABLE', 'error.unavailable'), 503, [['retry-after', UNAVAILABLE_RETRY_AFTER]]) : error;
}

/** Plugins refuse a request with a GraphQLError that carries our AppError (rate and cost limits). */
function appErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof GraphQLError && error.originalError instanceof AppError) return error.originalError;
  return null;
}

function shape(error: unknown, formatted: GraphQLFormattedError): Shaped | null {
  const appError = appErrorOf(error);
  if (appError) {
    return {
      code: appError.code,
      field: appError.field,
      messages: translate(appError.messageKey, appError.params, appError.catalog),
    };
  }
  const gqlCode = formatted.extensions?.code as string | undefined;
  const validationErrors = (error as { extensions?: { validationErrors?: ValidationError[] } })?.extensions
    ?.validationErrors;
  if (validationErrors) {
    const fieldErrors = flattenValidation(validationErrors);
    const first = fieldErrors[0];
    return {
      code: 'VALIDATION_FAILED',
      field: first?.field,
      fieldErrors,
      messages: first
        ? { zh: `${first.field}：${first.messages.zh}`, en: `${first.field}: ${first.messages.en}` }
        : translate('validation.invalid', {}),
    };
  }
  // graphql-js stops coercing variables after 50 bad values with a code-less error Apollo takes for a bug.
  if (error instanceof GraphQLError && !error.originalError && /^Too many errors processing variables/.test(error.message)) {
    return { code: 'VALIDATION_FAILED', messages: translate('error.tooManyInvalidValues', {}) };
  }
  if (gqlCode === 'BAD_USER_INPUT') {
    // Variable coercion (wrong enum, missing required field): the message is about the input only.
    return { code: 'VALIDATION_FAILED', messages: { zh: formatted.message, en: formatted.message } };
  }
  if (gqlCode && gqlCode !== 'INTERNAL_SERVER_ERROR') return null; // Apollo's own typed errors pass through
  if (error instanceof OptimisticLockError) {
    const entity = (error as { entity?: object }).entity?.constructor.name ?? 'record';
    return { code: 'CONFLICT', field: 'version', messages: translate('error.conflict', { entity }) };
  }
  if (error instanceof UniqueConstraintViolationException) {
    return { code: 'CONFLICT', messages: translate('error.duplicate', { field: '' }) };
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return { code: 'VALIDATION_FAILED', messages: translate('error.referenceMissing', {}) };
  }
  if (error instanceof NotFoundError) {
    return { code: 'NOT_FOUND', field: 'id', messages: translate('error.notFound', { entity: 'record' }) };
  }
  if (isUnavailable(error)) {
    return { code: 'SERVICE_UNAVAILABLE', messages: translate('error.unavailable', {}) };
  }
  if (error instanceof DriverException && isDataException(error)) {
    return { code: 'VALIDATION_FAILED', messages: translate('error.invalidValue', {}) };
  }
  return null;
}

/**
 * The one place errors become what a client sees: a typed `extensions.code`, the field,
 * the message in the caller's language and both languages in `extensions.messages`.
 * Unknown errors are logged with the request id and masked.
 */
export function createFormatError(log: Logger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw);
    const scope = requestScope.current();
    const locale = scope?.locale ?? 'zh';
    const shaped = shape(error, formatted);
    if (!shaped) {
      const code = formatted.extensions?.code as string | undefined;
      if (code && code !== 'INTERNAL_SERVER_ERROR') {
        return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
      }
      log.error({ err: error, requestId: scope?.requestId, path: formatted.path }, 'internal error');
      const messages = translate('error.internal', {});
      return {
        message: messages[locale],
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR', messages, requestId: scope?.requestId },
      };
    }
    if (shaped.code === 'SERVICE_UNAVAILABLE') log.warn({ err: error, requestId: scope?.requestId }, 'database unavailable');
    return {
      message: shaped.messages[locale],
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: shaped.code,
        ...(shaped.field ? { field: shaped.field } : {}),
        messages: shaped.messages,
        ...(shaped.fieldErrors ? { fieldErrors: shaped.fieldErrors } : {}),
      },
    };
  };
}
