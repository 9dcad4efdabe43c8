import { PartnerViewerDocument } from '@wuye/schema/partner';
import { describe, expect, it } from 'vitest';
import { PartnerApiError, PartnerClient } from '../src/client.js';

/** The client's own behaviour, against a scripted server (the journeys test runs it against the real one). */
function scripted(answers: Array<() => Response>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return answers[calls.length - 1]!();
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}
const json = (status: number, body: unknown, headers: Record<string, string> = {}) => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const viewer = { me: { apiKey: { id: 'k', name: 'app', scopes: [], projectId: null }, permissions: [], projects: [] } };

describe('PartnerClient', () => {
  it('sends the key, the language and the printed operation to /graphql', async () => {
    const server = scripted([json(200, { data: viewer })]);
    const client = new PartnerClient({ baseUrl: 'https://wuye.example.com/', apiKey: 'wyk_abc_def', locale: 'en', fetch: server.fetch });
    await expect(client.request(PartnerViewerDocument)).resolves.toEqual(viewer);
    const [{ url, init }] = server.calls;
    expect(url).toBe('https://wuye.example.com/graphql');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer wyk_abc_def', 'Accept-Language': 'en' });
    expect(JSON.parse(String(init.body)).query).toMatch(/query PartnerViewer/);
  });

  it('waits out HTTP 429 for as long as Retry-After says, then sends the same request again', async () => {
    const server = scripted([json(429, {}, { 'Retry-After': '1' }), json(200, { data: viewer })]);
    const client = new PartnerClient({ baseUrl: 'http://x', apiKey: 'k', fetch: server.fetch });
    const started = Date.now();
    await expect(client.request(PartnerViewerDocument)).resolves.toEqual(viewer);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(server.calls.map((c) => c.init.body)).toEqual([server.calls[0]!.init.body, server.calls[0]!.init.body]);
  });

  it('gives up after its retries with RATE_LIMITED', async () => {
    const server = scripted([json(429, {}, { 'Retry-After': '1' })]);
    const client = new PartnerClient({ baseUrl: 'http://x', apiKey: 'k', fetch: server.fetch, maxRetries: 0 });
    await expect(client.request(PartnerViewerDocument)).rejects.toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  });

  it('raises the API’s typed error with its code, field and both languages', async () => {
    const error = { message: 'contactPhone: is not a valid phone number', extensions: { code: 'VALIDATION_FAILED', field: 'contactPhone', messages: { zh: '手机号格式不正确', en: 'is not a valid phone number' } } };
    const server = scripted([json(200, { errors: [error], data: null })]);
    const client = new PartnerClient({ baseUrl: 'http://x', apiKey: 'k', fetch: server.fetch });
    const thrown = await client.request(PartnerViewerDocument).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(PartnerApiError);
    expect(thrown).toMatchObject({ code: 'VALIDATION_FAILED', field: 'contactPhone', message: error.message, messages: error.extensions.messages });
  });
});
