import type { TypedDocumentNode } from '@wuye/schema/partner';
import { print } from 'graphql';

/** An error the API explained: `code` is stable (docs/partner-api.md, "Errors"), `field` names the input at fault. */
export class PartnerApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | undefined,
    readonly messages: { zh: string; en: string } | undefined,
    readonly status: number,
  ) {
    super(message);
    this.name = 'PartnerApiError';
  }
}

export interface PartnerClientOptions {
  /** e.g. https://wuye.example.com (no trailing /graphql) */
  baseUrl: string;
  /** The key as issued: `wyk_<prefix>_<secret>`. */
  apiKey: string;
  /** Language of error messages. */
  locale?: 'zh-CN' | 'en';
  /** How often to wait and try again after HTTP 429 (rate limited) before giving up. */
  maxRetries?: number;
  fetch?: typeof fetch;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A minimal typed GraphQL client: one POST per operation, errors raised as PartnerApiError. */
export class PartnerClient {
  private readonly endpoint: string;
  private readonly fetcher: typeof fetch;

  constructor(private readonly options: PartnerClientOptions) {
    this.endpoint = `${options.baseUrl.replace(/\/+$/, '')}/graphql`;
    this.fetcher = options.fetch ?? fetch;
  }

  async request<TData, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TData> {
    const body = JSON.stringify({ query: print(document), variables: variables ?? {} });
    for (let attempt = 0; ; attempt++) {
      const res = await this.fetcher(this.endpoint, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.options.apiKey}`,
          'Content-Type': 'application/json',
          'Accept-Language': this.options.locale ?? 'zh-CN',
        },
        body,
      });
      if (res.status === 429 && attempt < (this.options.maxRetries ?? 3)) {
        // Rate limited: the server says when to come back.
        const seconds = Number(res.headers.get('retry-after'));
        await sleep((Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
        continue;
      }
      const json = (await res.json().catch(() => null)) as {
        data?: TData | null;
        errors?: Array<{ message: string; extensions?: { code?: string; field?: string; messages?: { zh: string; en: string } } }>;
      } | null;
      const error = json?.errors?.[0];
      if (error) throw new PartnerApiError(error.extensions?.code ?? 'UNKNOWN', error.message, error.extensions?.field, error.extensions?.messages, res.status);
      if (!res.ok || !json?.data) throw new PartnerApiError(res.status === 429 ? 'RATE_LIMITED' : 'HTTP_ERROR', `HTTP ${res.status}`, undefined, undefined, res.status);
      return json.data;
    }
  }
}
