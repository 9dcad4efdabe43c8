import type { TypedDocumentNode } from '@wuye/schema';
import { print, type DocumentNode } from 'graphql';
import { HttpError } from 'react-admin';
import { currentLocale } from '../i18n';
import { session } from '../session';

const ENDPOINT = '/graphql';

type Messages = { zh: string; en: string };

/**
 * Error shape the API returns: `{ message, extensions: { code, field?, messages?: { zh, en } } }`;
 * input validation also lists every failing field in `fieldErrors`.
 */
export interface ApiGraphQLError {
  message: string;
  extensions?: {
    code?: string;
    field?: string;
    messages?: Messages;
    fieldErrors?: Array<{ field: string; messages: Messages }>;
  };
}

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  GRAPHQL_PARSE_FAILED: 400,
  SERVICE_UNAVAILABLE: 503,
};

/** `input.roles[0].projectId` → `roles.0.projectId`, the react-hook-form path of the input. */
const formPath = (field: string) => field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');

const inLocale = (messages: Messages) => (currentLocale() === 'en' ? messages.en : messages.zh);

/**
 * react-admin shows `body.errors` beside the matching inputs (pessimistic forms)
 * and `root.serverError` in the notification.
 */
function validationErrors(errors: readonly ApiGraphQLError[]) {
  const fields: Record<string, unknown> = {};
  for (const error of errors) {
    const { code, field, fieldErrors } = error.extensions ?? {};
    if (code !== 'VALIDATION_FAILED') continue;
    for (const f of fieldErrors ?? []) fields[formPath(f.field)] ??= inLocale(f.messages);
    if (field) fields[formPath(field)] ??= error.message;
  }
  if (Object.keys(fields).length === 0) return undefined;
  return { ...fields, root: { serverError: errors[0]?.message } };
}

export function toHttpError(errors: readonly ApiGraphQLError[], httpStatus: number): HttpError {
  const first = errors[0] ?? { message: 'ra.notification.http_error' };
  const code = first.extensions?.code;
  const status = (code && STATUS_BY_CODE[code]) || (httpStatus >= 400 ? httpStatus : 500);
  return new HttpError(first.message, status, {
    code,
    extensions: first.extensions,
    errors: validationErrors(errors),
  });
}

const printed = new WeakMap<DocumentNode, { query: string; operationName?: string }>();

function serialize(document: DocumentNode) {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    entry = { query: print(document), operationName: operation?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

/** POST one typed operation to the API. GraphQL errors become react-admin `HttpError`s. */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
    'Accept-Language': currentLocale(),
  };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...serialize(document), variables }),
    });
  } catch {
    throw new HttpError('app.errors.network', 0);
  }

  let payload: { data?: TData | null; errors?: ApiGraphQLError[] };
  try {
    payload = await response.json();
  } catch {
    throw new HttpError(response.statusText || 'ra.notification.http_error', response.status || 500);
  }
  if (payload.errors?.length) throw toHttpError(payload.errors, response.status);
  if (!response.ok || payload.data == null) {
    throw new HttpError(response.statusText || 'ra.notification.http_error', response.status || 500);
  }
  return payload.data;
}
