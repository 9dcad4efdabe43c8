import { WEBHOOK_TOLERANCE_SECONDS, type WebhookEvent } from '@wuye/schema/partner';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Verification = { ok: true; event: WebhookEvent } | { ok: false; reason: 'signature' | 'stale' | 'malformed' };

/**
 * Checks a delivery as docs/partner-api.md describes: the HMAC-SHA256 of "<timestamp>.<body>"
 * with the endpoint's secret must be one of the v1 signatures, and the timestamp within five
 * minutes of now (an older delivery is a replay). Compare in constant time.
 */
export function verifyWebhook(input: { secret: string; headers: IncomingHttpHeaders; body: string; now?: Date }): Verification {
  const timestamp = Number(input.headers['wuye-webhook-timestamp']);
  const header = input.headers['wuye-webhook-signature'];
  if (!Number.isInteger(timestamp) || typeof header !== 'string') return { ok: false, reason: 'malformed' };
  const now = (input.now ?? new Date()).getTime() / 1000;
  if (Math.abs(now - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return { ok: false, reason: 'stale' };
  const expected = createHmac('sha256', input.secret).update(`${timestamp}.${input.body}`, 'utf8').digest();
  const matches = header
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
  if (!matches) return { ok: false, reason: 'signature' };
  try {
    return { ok: true, event: JSON.parse(input.body) as WebhookEvent };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

export interface WebhookReceiver {
  url: string;
  /** Verified events, each once (duplicates are acknowledged and dropped by event id). */
  events: WebhookEvent[];
  /** Deliveries refused, and why. */
  rejected: Array<{ reason: string }>;
  /** Resolves with the first verified event matching the test, waiting up to timeoutMs. */
  waitFor(test: (e: WebhookEvent) => boolean, timeoutMs?: number): Promise<WebhookEvent>;
  close(): Promise<void>;
}

/**
 * A receiver for development: answers 204 quickly (work should happen after answering), 400 to a
 * delivery that fails verification. `secret` is read on every request, so a rotation can swap it.
 */
export async function startWebhookReceiver(opts: { secret: () => string; host?: string; port?: number; path?: string }): Promise<WebhookReceiver> {
  const events: WebhookEvent[] = [];
  const rejected: Array<{ reason: string }> = [];
  const seen = new Set<string>();
  const waiters: Array<{ test: (e: WebhookEvent) => boolean; resolve: (e: WebhookEvent) => void }> = [];
  const path = opts.path ?? '/wuye-webhooks';
  const server: Server = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== path) {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const result = verifyWebhook({ secret: opts.secret(), headers: req.headers, body });
      if (!result.ok) {
        rejected.push({ reason: result.reason });
        res.writeHead(400).end();
        return;
      }
      res.writeHead(204).end();
      if (seen.has(result.event.id)) return;
      seen.add(result.event.id);
      events.push(result.event);
      for (const w of [...waiters]) {
        if (w.test(result.event)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(result.event);
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}${path}`,
    events,
    rejected,
    waitFor(test, timeoutMs = 30_000) {
      const found = events.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { test, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`no matching webhook within ${timeoutMs} ms (got ${events.map((e) => e.type).join(', ') || 'none'})`));
          }
        }, timeoutMs).unref();
      });
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
