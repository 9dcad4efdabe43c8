import { WEBHOOK_RETRY, webhookSignedContent } from '@wuye/domain';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDueJobs } from '../src/jobs/worker.js';
import { escalateComplaints } from '../src/modules/complaints/escalation.js';
import { emitWebhook } from '../src/modules/webhooks/emit.js';
import { purgeWebhookHistory } from '../src/modules/webhooks/retention.js';
import { codeOf, createTestApp, type As, type TestApp } from './harness.js';
import { CONSENT, DISPATCH, ok, orderKit, QUOTE, REGISTER, START, ASSIGN, COMPLETE } from './order-kit.js';

/**
 * Partner webhooks end to end: events written by the services, fanned out and delivered by the
 * job runner to a real HTTP receiver on this machine, with a clock the test moves so a day of
 * retries takes a moment.
 */
let app: TestApp;
const kit = orderKit(() => app);
const MIN = 60_000;
const HOUR = 60 * MIN;

// ---------------------------------------------------------------- a receiver on a free port

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; occurredAt: string; projectId: string | null; entityType: string; entityId: string; data: Record<string, any> };
}
type Answer = { status: number; delayMs?: number };
const received: Received[] = [];
/** Per path: how to answer the n-th request to it (default 204). */
const answers = new Map<string, (n: number) => Answer>();
let server: Server;
let base = '';

function startReceiver(): Promise<void> {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const n = received.filter((r) => r.path === path).length;
      received.push({ path, headers: req.headers, body, json: JSON.parse(body) });
      const answer = answers.get(path)?.(n) ?? { status: 204 };
      setTimeout(() => res.writeHead(answer.status).end(), answer.delayMs ?? 0);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
}
const at = (path: string) => received.filter((r) => r.path === path);

// ---------------------------------------------------------------- time and the job runner

let clock = new Date();
const log = pino({ level: 'silent' });
/**
 * Runs every job due at the test's clock, as the worker would at that moment (jobs scheduled for
 * later wait), with a short receiver timeout. The queue itself runs on the database's time, so
 * jobs due by the test's clock are made due now, again for those the run itself schedules.
 */
async function runJobs() {
  for (let round = 0; round < 20; round++) {
    const due = await app.orm.em.fork().execute<Array<{ n: number }>>(
      `with moved as (update graphile_worker._private_jobs set run_at = now() where run_at <= ? and run_at > now() and locked_at is null returning 1) select count(*)::int as n from moved`,
      [clock.toISOString()],
    );
    if (round > 0 && due[0]!.n === 0) return;
    await runDueJobs({ orm: app.orm, connectionString: app.databaseUrl, log, now: () => clock, webhooks: { timeoutMs: 300 } });
  }
  throw new Error('jobs kept scheduling each other');
}
async function advance(ms: number) {
  clock = new Date(clock.getTime() + ms);
  await runJobs();
}

// ---------------------------------------------------------------- operations

const ENDPOINT = `fragment E on WebhookEndpoint { id apiKeyId url events enabled status failingSince previousSecretExpiresAt version }`;
const CREATE = `${ENDPOINT} mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { secret endpoint { ...E } } }`;
const UPDATE = `${ENDPOINT} mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { ...E } }`;
const ROTATE = `${ENDPOINT} mutation($i: RotateWebhookSecretInput!) { rotateWebhookSecret(input: $i) { secret endpoint { ...E } } }`;
const GET = `${ENDPOINT} query($id: ID!) { webhookEndpoint(id: $id) { ...E } }`;
const LIST = `${ENDPOINT} query($k: ID) { webhookEndpoints(apiKeyId: $k, take: 100) { totalCount items { ...E } } }`;
const DELIVERIES = `query($e: ID!, $s: WebhookDeliveryStatus) { webhookDeliveries(endpointId: $e, status: $s, take: 100) { totalCount items { id eventId eventType status attempts lastResponseCode lastError nextAttemptAt deliveredAt } } }`;
const RESEND = `mutation($id: ID!) { resendWebhookDelivery(id: $id) { id status attempts } }`;
const COMPLAINT = `fragment C on Complaint { id version state }`;
const REGISTER_COMPLAINT = `${COMPLAINT} mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { ...C } }`;
const STEP_COMPLAINT = `${COMPLAINT} mutation($i: ComplaintStepInput!) { stepComplaint(input: $i) { ...C } }`;

type Endpoint = { id: string; version: number; status: string; [k: string]: unknown };

/** One number from SQL. */
async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await app.orm.em.fork().execute<Array<{ n: number }>>(sql, params);
  return rows[0]!.n;
}

async function newKey(scopes: string[], projectId: string | null = null): Promise<{ id: string; token: string }> {
  const i = { name: `k-${scopes.join('+')}`, scopes: scopes.map((s) => s.replace(':', '_').toUpperCase()), projectId };
  const r = ok(await app.gql(`mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret apiKey { id } } }`, { i }));
  return { id: r.createApiKey.apiKey.id, token: r.createApiKey.secret };
}

/** `order.status_changed` as the GraphQL enum spells it. */
const gqlEvent = (e: string) => e.replace('.', '_').toUpperCase();

async function register(path: string, events: string[], opts: { apiKeyId?: string; as?: As } = {}): Promise<{ endpoint: Endpoint; secret: string }> {
  const input = { apiKeyId: opts.apiKeyId ?? app.fx.partnerKey.entity.id, url: `${base}${path}`, events: events.map(gqlEvent), description: path };
  return ok(await app.gql(CREATE, { i: opts.as === 'partner' ? { ...input, apiKeyId: undefined } : input }, { as: opts.as ?? 'gm' })).createWebhookEndpoint;
}

async function deliveries(endpointId: string, as: As = 'gm') {
  return ok(await app.gql(DELIVERIES, { e: endpointId }, { as })).webhookDeliveries.items as Array<Record<string, any>>;
}

/** The receiver's check, as docs/partner-api.md tells partners to write it. */
function verify(r: Received, secret: string, now = clock): boolean {
  const timestamp = Number(r.headers['wuye-webhook-timestamp']);
  if (Math.abs(now.getTime() / 1000 - timestamp) > 300) return false;
  const expected = createHmac('sha256', secret).update(webhookSignedContent(timestamp, r.body)).digest();
  return String(r.headers['wuye-webhook-signature'])
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.startsWith('v1='))
    .some((p) => {
      const given = Buffer.from(p.slice(3), 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** A visit the day after tomorrow, 10:00–12:00 in Shanghai. */
const appointment = () => {
  const day = new Date(Date.now() + 8 * HOUR + 2 * 24 * HOUR).toISOString().slice(0, 10);
  return { appointmentStart: `${day}T10:00:00+08:00`, appointmentEnd: `${day}T12:00:00+08:00` };
};
let phones = 0;

/** A free partner-filed order of P1, walked to the state named. */
async function partnerOrder(upTo: 'registered' | 'accepted' | 'completed') {
  const intake = kit.intake({ channel: 'APP', charge: 'FREE', urgency: 'NORMAL', contactPhone: `1390000${String(++phones).padStart(4, '0')}`, ...appointment() });
  let o = ok(await app.gql(REGISTER, { i: intake }, { as: 'partner' })).registerServiceOrder;
  if (upTo === 'registered') return o;
  o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'IN_PERSON', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
  if (upTo === 'accepted') return o;
  o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
  o = ok(await app.gql(ASSIGN, { i: { id: o.id, version: o.version, workerId: app.fx.users.worker.id } }, { as: 'supervisor' })).assignServiceOrder;
  o = ok(await app.gql(START, { i: { id: o.id, version: o.version } }, { as: 'worker' })).startServiceOrder;
  return ok(await app.gql(COMPLETE, { i: { id: o.id, version: o.version, rating: 5, minutesSpent: 20, comment: '满意' } }, { as: 'worker' })).completeServiceOrder;
}

const complaintInput = (unit: number) => ({
  projectId: app.fx.p1.id,
  unitId: app.fx.unitsP1[unit]!.id,
  contactName: '李四',
  contactPhone: '13912340000',
  description: '电梯异响',
  channel: 'phone',
  category: 1,
  valid: true,
  severity: 'GENERAL',
  responsibleDepartment: 'ENGINEERING',
});

beforeAll(async () => {
  app = await createTestApp();
  await startReceiver();
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  await kit.publishCatalog();
  await runJobs();
});
afterAll(async () => {
  await new Promise((r) => server?.close(() => r(undefined)));
  await app?.close();
});

describe('registering an endpoint', () => {
  it('the GM registers one for a key; the secret is shown once and never stored in the audit log', async () => {
    const { endpoint, secret } = await register('/register', ['order.status_changed', 'order.completed']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(endpoint).toMatchObject({ apiKeyId: app.fx.partnerKey.entity.id, events: ['ORDER_STATUS_CHANGED', 'ORDER_COMPLETED'], enabled: true, status: 'ACTIVE', version: 1 });
    const read = ok(await app.gql(`query($id: ID!) { webhookEndpoint(id: $id) { __typename } }`, { id: endpoint.id })).webhookEndpoint;
    expect(read).toEqual({ __typename: 'WebhookEndpoint' });
    const type = ok(await app.gql(`{ __type(name: "WebhookEndpoint") { fields { name } } }`)).__type.fields.map((f: { name: string }) => f.name);
    expect(type).not.toContain('secret');
    const audit = ok(await app.gql(`query($id: String) { auditEntries(filter: { entityId: $id }) { items { after } } }`, { id: endpoint.id })).auditEntries.items;
    expect(audit[0].after.secret).toBe('[redacted]');
    expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it.each([
    ['http://partner.example.com/hooks', ['order.completed'], 'url', 'The endpoint must use HTTPS (plain HTTP only to this machine)'],
    ['https://partner.example.com/hooks#x', ['order.completed'], 'url', 'The URL must not contain a # fragment'],
    ['https://partner.example.com/hooks', ['complaint.created'], 'events', 'This API key’s scopes cannot receive complaint.created'],
  ])('%s for %o → VALIDATION_FAILED on %s', async (url, events, field, message) => {
    const before = await scalar('select count(*)::int as n from webhook_endpoint');
    const r = await app.gql(CREATE, { i: { apiKeyId: app.fx.partnerKey.entity.id, url, events: events.map(gqlEvent) } }, { as: 'gm', locale: 'en' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field, messages: { en: message } });
    expect(await scalar('select count(*)::int as n from webhook_endpoint')).toBe(before);
  });

  it('a revoked key takes no new endpoint', async () => {
    const key = await newKey(['orders:read']);
    ok(await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: key.id }));
    const r = await app.gql(CREATE, { i: { apiKeyId: key.id, url: `${base}/revoked`, events: ['ORDER_COMPLETED'] } });
    expect(codeOf(r)).toBe('INVALID_STATE');
  });

  it('a partner key manages its own endpoints and no other key’s', async () => {
    const own = await register('/own', ['order.completed'], { as: 'partner' });
    expect(own.endpoint.apiKeyId).toBe(app.fx.partnerKey.entity.id);
    const other = await newKey(['orders:read']);
    const theirs = await register('/theirs', ['order.completed'], { apiKeyId: other.id });
    const list = ok(await app.gql(LIST, {}, { as: 'partner' })).webhookEndpoints.items.map((e: Endpoint) => e.id);
    expect(list).toContain(own.endpoint.id);
    expect(list).not.toContain(theirs.endpoint.id);
    expect(ok(await app.gql(LIST, { k: other.id }, { as: 'partner' })).webhookEndpoints.items.map((e: Endpoint) => e.id)).not.toContain(theirs.endpoint.id);
    expect(ok(await app.gql(GET, { id: theirs.endpoint.id }, { as: 'partner' })).webhookEndpoint).toBeNull();
    expect(codeOf(await app.gql(DELIVERIES, { e: theirs.endpoint.id }, { as: 'partner' }))).toBe('NOT_FOUND');
    expect(codeOf(await app.gql(UPDATE, { i: { id: theirs.endpoint.id, version: 1, enabled: false } }, { as: 'partner' }))).toBe('NOT_FOUND');
    const forOther = await app.gql(CREATE, { i: { apiKeyId: other.id, url: `${base}/x`, events: ['ORDER_COMPLETED'] } }, { as: 'partner' });
    expect(codeOf(forOther)).toBe('VALIDATION_FAILED');
    // Staff other than the GM manage none; another company's GM sees none of ours.
    expect(codeOf(await app.gql(LIST, {}, { as: 'pm' }))).toBe('FORBIDDEN');
    expect(ok(await app.gql(GET, { id: own.endpoint.id }, { as: 'gmB' })).webhookEndpoint).toBeNull();
    for (const e of [own, theirs]) ok(await app.gql(UPDATE, { i: { id: e.endpoint.id, version: 1, enabled: false } }));
  });

  it('a rotated key’s endpoints move to the new key and keep delivering after the old key expires', async () => {
    const key = await newKey(['orders:read']);
    const { endpoint } = await register('/rotated-key', ['order.status_changed'], { apiKeyId: key.id });
    const rotated = ok(await app.gql(`mutation($id: ID!) { rotateApiKey(input: { id: $id, graceHours: 0 }) { apiKey { id } } }`, { id: key.id })).rotateApiKey.apiKey;
    const moved = ok(await app.gql(GET, { id: endpoint.id })).webhookEndpoint;
    expect(moved).toMatchObject({ apiKeyId: rotated.id, version: endpoint.version + 1 });
    expect(ok(await app.gql(LIST, { k: key.id })).webhookEndpoints.totalCount).toBe(0);
    const o = await partnerOrder('accepted');
    await runJobs();
    expect(at('/rotated-key').map((r) => r.json.entityId)).toContain(o.id);
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: moved.version, enabled: false } }));
  });
});

describe('deliveries', () => {
  it('every step of an order arrives signed, in order, as the documented JSON', async () => {
    const { endpoint, secret } = await register('/orders', ['order.status_changed', 'order.completed']);
    const order = await partnerOrder('completed');
    await runJobs();
    const got = at('/orders').filter((r) => r.json.entityId === order.id);
    expect(got.map((r) => [r.json.type, r.json.data.previousState ?? null, r.json.data.order.state])).toEqual([
      ['order.status_changed', 'REGISTERED', 'ACCEPTED'],
      ['order.status_changed', 'ACCEPTED', 'DISPATCHED'],
      ['order.status_changed', 'DISPATCHED', 'ASSIGNED'],
      ['order.status_changed', 'ASSIGNED', 'IN_PROGRESS'],
      ['order.status_changed', 'IN_PROGRESS', 'COMPLETED'],
      ['order.completed', null, 'COMPLETED'],
    ]);
    for (const r of got) {
      expect(verify(r, secret)).toBe(true);
      expect(verify(r, 'whsec_someone-else')).toBe(false);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['wuye-webhook-id']).toBe(r.json.id);
      expect(r.headers['wuye-webhook-event']).toBe(r.json.type);
      expect(r.json).toMatchObject({ projectId: app.fx.p1.id, entityType: 'ServiceOrder', entityId: order.id });
      expect(new Date(r.json.occurredAt).toISOString()).toBe(r.json.occurredAt);
    }
    expect(new Set(got.map((r) => r.json.id)).size).toBe(6);
    expect(got.at(-1)!.json.data.order).toMatchObject({ id: order.id, number: order.number, state: 'COMPLETED', rating: 5, serviceType: 'REPAIR', channel: 'APP' });
    // A replay (the same delivery five minutes later) fails the receiver's check.
    expect(verify(got[0]!, secret, new Date(clock.getTime() + 5 * MIN + 1000))).toBe(false);
    const log = await deliveries(endpoint.id);
    expect(log.filter((d) => d.status === 'DELIVERED' && d.attempts === 1 && d.lastResponseCode === 204)).toHaveLength(log.length);
    expect(log.length).toBeGreaterThanOrEqual(6);
  });

  it('a key restricted to a project hears nothing of another project; a revoked key hears nothing', async () => {
    const { endpoint } = await register('/p1-only', ['order.status_changed']);
    const revoked = await newKey(['orders:read']);
    const gone = await register('/revoked-key', ['order.status_changed'], { apiKeyId: revoked.id });
    ok(await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: revoked.id }));
    let o = ok(await app.gql(REGISTER, { i: kit.intake({ unitId: app.fx.unitP2.id, residentId: app.fx.residentP2.id, charge: 'FREE', urgency: 'NORMAL', ...appointment() }) }, { as: 'gm' })).registerServiceOrder;
    o = ok(await app.gql(CONSENT, { i: { id: o.id, version: o.version, method: 'IN_PERSON', consentBy: '李四' } }, { as: 'gm' })).recordConsent;
    const inP1 = await partnerOrder('accepted');
    await runJobs();
    expect(at('/p1-only').map((r) => r.json.entityId)).toEqual([inP1.id]);
    expect(at('/revoked-key')).toHaveLength(0);
    expect(await deliveries(gone.endpoint.id)).toHaveLength(0);
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: false } }));
  });

  it('a later event of an entity waits while an earlier one is retried; other entities do not wait', async () => {
    const { endpoint, secret } = await register('/ordered', ['order.status_changed', 'order.completed']);
    const first = await partnerOrder('registered');
    const other = await partnerOrder('registered');
    // The receiver fails the first event of `first` twice.
    let failed = 0;
    answers.set('/ordered', (n) => {
      const r = received.filter((x) => x.path === '/ordered')[n]!;
      return r.json.entityId === first.id && failed++ < 2 ? { status: 503 } : { status: 200 };
    });
    let o = ok(await app.gql(CONSENT, { i: { id: first.id, version: first.version, method: 'IN_PERSON', consentBy: '张三' } }, { as: 'frontDesk' })).recordConsent;
    o = ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' })).dispatchServiceOrder;
    ok(await app.gql(CONSENT, { i: { id: other.id, version: other.version, method: 'IN_PERSON', consentBy: '张三' } }, { as: 'frontDesk' }));
    await runJobs();
    const ofFirst = () => at('/ordered').filter((r) => r.json.entityId === first.id).map((r) => r.json.data.order.state);
    // One attempt at the head, which failed; the dispatch waits behind it. The other order is through.
    expect(ofFirst()).toEqual(['ACCEPTED']);
    expect(at('/ordered').filter((r) => r.json.entityId === other.id).map((r) => r.json.data.order.state)).toEqual(['ACCEPTED']);
    const waiting = (await deliveries(endpoint.id)).filter((d) => d.status === 'PENDING');
    expect(waiting.map((d) => [d.attempts, d.lastResponseCode]).sort()).toEqual([[0, null], [1, 503]]);
    await advance(30_000);
    expect(ofFirst()).toEqual(['ACCEPTED']);
    await advance(30_000); // one minute after the failure: second attempt, fails again
    expect(ofFirst()).toEqual(['ACCEPTED', 'ACCEPTED']);
    await advance(2 * MIN); // two minutes later: delivered, then the dispatch right behind it
    expect(ofFirst()).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DISPATCHED']);
    expect(at('/ordered').filter((r) => r.json.entityId === first.id).every((r) => verify(r, secret))).toBe(true);
    const log = await deliveries(endpoint.id);
    expect(log.every((d) => d.status === 'DELIVERED')).toBe(true);
    expect(log.find((d) => d.attempts === 3)).toMatchObject({ lastResponseCode: 200 });
    answers.delete('/ordered');
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: false } }));
  });

  it('after about 24 hours of failures the delivery is given up, the endpoint is failing and the key’s owner is told; a success recovers it', async () => {
    const { endpoint } = await register('/down', ['order.status_changed']);
    answers.set('/down', () => ({ status: 500 }));
    const order = await partnerOrder('accepted');
    await runJobs();
    const start = clock.getTime();
    const attemptsAt: number[] = [];
    for (let i = 0; i < 30; i++) {
      attemptsAt.push(...at('/down').slice(attemptsAt.length).map(() => Math.round((clock.getTime() - start) / MIN)));
      const [pending] = (await deliveries(endpoint.id)).filter((d) => d.status === 'PENDING');
      if (!pending) break;
      await advance(new Date(pending.nextAttemptAt).getTime() - clock.getTime());
    }
    attemptsAt.push(...at('/down').slice(attemptsAt.length).map(() => Math.round((clock.getTime() - start) / MIN)));
    expect(attemptsAt).toEqual([0, 1, 3, 7, 15, 31, 63, 127, 255, 495, 735, 975, 1215, WEBHOOK_RETRY.giveUpAfterMs / MIN]);
    const [given] = await deliveries(endpoint.id);
    expect(given).toMatchObject({ status: 'FAILED', attempts: 14, lastResponseCode: 500, lastError: 'HTTP 500' });
    expect(ok(await app.gql(GET, { id: endpoint.id })).webhookEndpoint).toMatchObject({ status: 'FAILING' });
    const inbox = ok(await app.gql(`{ myNotifications(take: 100) { items { kind subjectType subjectId title } } }`, {}, { as: 'gm', locale: 'en' })).myNotifications.items;
    expect(inbox.filter((n: { subjectId: string }) => n.subjectId === endpoint.id)).toEqual([
      { kind: 'WEBHOOK_FAILING', subjectType: 'WebhookEndpoint', subjectId: endpoint.id, title: expect.stringContaining('Webhook endpoint failing for 24 hours: partner →') },
    ]);
    // The receiver is back: the next event goes through and the endpoint is active again.
    answers.delete('/down');
    ok(await app.gql(DISPATCH, { i: { id: order.id, version: order.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' }));
    await runJobs();
    expect(at('/down').at(-1)!.json.data.order.state).toBe('DISPATCHED');
    expect(ok(await app.gql(GET, { id: endpoint.id })).webhookEndpoint).toMatchObject({ status: 'ACTIVE', failingSince: null });
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: false } }));
  });

  it('a duplicate (an answer that came too late, or a resend) carries the same event id and body', async () => {
    const { endpoint, secret } = await register('/slow', ['order.status_changed'], { as: 'partner' });
    answers.set('/slow', (n) => (n === 0 ? { status: 200, delayMs: 1000 } : { status: 200 }));
    const order = await partnerOrder('accepted');
    await runJobs();
    await advance(MIN);
    const copies = at('/slow').filter((r) => r.json.entityId === order.id);
    expect(copies).toHaveLength(2);
    const [d] = await deliveries(endpoint.id, 'partner');
    expect(d).toMatchObject({ status: 'DELIVERED', attempts: 2, lastResponseCode: 200 });
    const resent = ok(await app.gql(RESEND, { id: d!.id }, { as: 'partner' })).resendWebhookDelivery;
    expect(resent.status).toBe('PENDING');
    await runJobs();
    const all = at('/slow').filter((r) => r.json.entityId === order.id);
    expect(all).toHaveLength(3);
    expect(new Set(all.map((r) => r.headers['wuye-webhook-id']))).toEqual(new Set([d!.eventId]));
    expect(new Set(all.map((r) => r.body)).size).toBe(1);
    expect(all.every((r) => verify(r, secret))).toBe(true);
    expect((await deliveries(endpoint.id, 'partner'))[0]).toMatchObject({ status: 'DELIVERED', attempts: 3 });
    answers.delete('/slow');
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: false } }, { as: 'partner' }));
  });

  it('a disabled endpoint is not sent to; its deliveries go out in order once it is enabled again', async () => {
    let { endpoint } = await register('/paused', ['order.status_changed']);
    endpoint = ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: false } })).updateWebhookEndpoint;
    expect(endpoint.status).toBe('DISABLED');
    const o = await partnerOrder('accepted');
    ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' }));
    await runJobs();
    expect(at('/paused')).toHaveLength(0);
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: endpoint.version, enabled: true } }));
    await runJobs();
    expect(at('/paused').map((r) => r.json.data.order.state)).toEqual(['ACCEPTED', 'DISPATCHED']);
  });

  it('a rotated secret signs at once; the old one signs beside it for 24 hours, then no more', async () => {
    const { endpoint, secret: old } = await register('/rotate', ['order.status_changed']);
    const asGmAtClock = { as: { token: await app.tokenFor('gm', clock) }, now: clock };
    const rotated = ok(await app.gql(ROTATE, { i: { id: endpoint.id, version: endpoint.version } }, asGmAtClock)).rotateWebhookSecret;
    expect(rotated.secret).not.toBe(old);
    expect(new Date(rotated.endpoint.previousSecretExpiresAt).getTime()).toBe(clock.getTime() + 24 * HOUR);
    expect(codeOf(await app.gql(ROTATE, { i: { id: endpoint.id, version: endpoint.version } }))).toBe('CONFLICT');
    const o = await partnerOrder('accepted');
    await runJobs();
    const [during] = at('/rotate');
    expect(String(during!.headers['wuye-webhook-signature']).split(',')).toHaveLength(2);
    expect(verify(during!, rotated.secret) && verify(during!, old)).toBe(true);
    clock = new Date(clock.getTime() + 24 * HOUR + MIN);
    ok(await app.gql(DISPATCH, { i: { id: o.id, version: o.version, supervisorId: app.fx.users.supervisor.id } }, { as: 'frontDesk' }));
    await runJobs();
    const after = at('/rotate')[1]!;
    expect(verify(after, rotated.secret)).toBe(true);
    expect(verify(after, old)).toBe(false);
    ok(await app.gql(UPDATE, { i: { id: endpoint.id, version: rotated.endpoint.version, enabled: false } }));
  });
});

describe('events come from the change that caused them, in its transaction', () => {
  let complaintsKey: { id: string; token: string };
  let secret = '';
  beforeAll(async () => {
    complaintsKey = await newKey(['complaints:write'], app.fx.p1.id);
    secret = (await register('/complaints', ['complaint.created', 'complaint.sla_breached', 'complaint.resolved'], { apiKeyId: complaintsKey.id })).secret;
  });

  it('complaint filed, deadline breached (the escalation job), resolved', async () => {
    const c = ok(await app.gql(REGISTER_COMPLAINT, { i: complaintInput(20) }, { as: { token: complaintsKey.token } })).registerComplaint;
    // Five hours on, the one-hour on-site and four-hour feedback clocks have run out: the escalation
    // job reports each breach once, however often it runs.
    const later = new Date(Date.now() + 5 * HOUR);
    await escalateComplaints(app.orm.em.fork(), later);
    await escalateComplaints(app.orm.em.fork(), later);
    const version = ok(await app.gql(`query($id: ID!) { complaint(id: $id) { version } }`, { id: c.id })).complaint.version;
    let x = ok(await app.gql(STEP_COMPLAINT, { i: { id: c.id, version, action: 'ACCEPT' } }, { as: 'supervisor' })).stepComplaint;
    x = ok(await app.gql(STEP_COMPLAINT, { i: { id: x.id, version: x.version, action: 'RECORD_RESOLUTION', cause: '电机老化', handling: '更换电机', completedAt: new Date().toISOString() } }, { as: 'supervisor' })).stepComplaint;
    await runJobs();
    const got = at('/complaints').filter((r) => r.json.entityId === c.id);
    const types = got.map((r) => r.json.type);
    const breaches = got.filter((r) => r.json.type === 'complaint.sla_breached');
    expect(types[0]).toBe('complaint.created');
    expect(types.at(-1)).toBe('complaint.resolved');
    expect(breaches.length).toBeGreaterThanOrEqual(2);
    expect(types).toEqual(['complaint.created', ...breaches.map(() => 'complaint.sla_breached'), 'complaint.resolved']);
    const milestones = breaches.map((r) => r.json.data.milestone);
    expect(new Set(milestones).size).toBe(milestones.length);
    expect(milestones).toEqual(expect.arrayContaining(['ON_SITE', 'FIRST_FEEDBACK']));
    for (const b of breaches) expect(new Date(b.json.data.dueAt).getTime()).toBeLessThan(later.getTime());
    expect(got[0]!.json.data.complaint).toMatchObject({ id: c.id, kind: 'COMPLAINT', severity: 'GENERAL', responsibleDepartment: 'ENGINEERING', state: 'registered' });
    expect(got.at(-1)!.json.data.complaint).toMatchObject({ state: x.state, resolvedAt: expect.any(String) });
    expect(got.every((r) => verify(r, secret))).toBe(true);
  });

  it('two resolutions of one complaint at once: one commits with its event, the other rolls back and sends nothing', async () => {
    const c = ok(await app.gql(REGISTER_COMPLAINT, { i: complaintInput(21) }, { as: 'frontDesk' })).registerComplaint;
    const x = ok(await app.gql(STEP_COMPLAINT, { i: { id: c.id, version: c.version, action: 'ACCEPT' } }, { as: 'supervisor' })).stepComplaint;
    const resolve = (handling: string) =>
      app.gql(STEP_COMPLAINT, { i: { id: x.id, version: x.version, action: 'RECORD_RESOLUTION', cause: '电机老化', handling, completedAt: new Date().toISOString() } }, { as: 'supervisor' });
    const results = await Promise.all([resolve('更换电机'), resolve('调整导轨')]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    await runJobs();
    const events = await app.orm.em.fork().execute<Array<{ type: string }>>(`select type from webhook_event where entity_id = ? order by seq`, [c.id]);
    expect(events.map((e) => e.type)).toEqual(['complaint.created', 'complaint.resolved']);
    expect(at('/complaints').filter((r) => r.json.entityId === c.id).map((r) => r.json.type)).toEqual(['complaint.created', 'complaint.resolved']);
  });

  it('an emit in a transaction that rolls back leaves no event, no job and no delivery', async () => {
    const jobs = () => scalar(`select count(*)::int as n from graphile_worker._private_jobs`);
    const before = await jobs();
    const entityId = '01960000-0000-7000-8000-00000000beef';
    await expect(
      app.orm.em.fork().transactional(async (em) => {
        emitWebhook(em, { companyId: app.fx.companyA.id, projectId: app.fx.p1.id, type: 'complaint.created', entityType: 'Complaint', entityId, at: clock, data: {} });
        await em.flush();
        expect((await em.execute<Array<{ n: number }>>(`select count(*)::int as n from webhook_event where entity_id = ?`, [entityId]))[0]!.n).toBe(1);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await scalar(`select count(*)::int as n from webhook_event where entity_id = ?`, [entityId])).toBe(0);
    expect(await jobs()).toBe(before);
    await runJobs();
    expect(received.filter((r) => r.json.entityId === entityId)).toHaveLength(0);
  });

  it('a survey response submitted by a partner app, with its answers; a refused one sends nothing', async () => {
    const surveysKey = await newKey(['surveys:write'], app.fx.p1.id);
    const readerKey = await newKey(['reports:read'], app.fx.p2.id);
    await register('/surveys', ['survey.response_received'], { apiKeyId: surveysKey.id });
    await register('/surveys-p2', ['survey.response_received'], { apiKeyId: readerKey.id });
    const today = new Date(Date.now() + 8 * HOUR).toISOString().slice(0, 10);
    const survey = ok(
      await app.gql(`mutation($p: ID!, $o: String!) { createSatisfactionSurvey(input: { projectId: $p, period: "2026-H2", distributed: 3, opensOn: $o, closesOn: $o }) { id items { code } } }`, { p: app.fx.p1.id, o: today }, { as: 'pm' }),
    ).createSatisfactionSurvey;
    const answers = survey.items.map((i: { code: string }, n: number) => ({ item: i.code, level: n === 0 ? null : 4 }));
    const SUBMIT = `mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { id source } }`;
    const input = { surveyId: survey.id, unitId: app.fx.unitsP1[30]!.id, answers, comment: '绿化很好' };
    const response = ok(await app.gql(SUBMIT, { i: input }, { as: { token: surveysKey.token } })).submitSurveyResponse;
    expect(codeOf(await app.gql(SUBMIT, { i: input }, { as: { token: surveysKey.token } }))).toBe('CONFLICT');
    await runJobs();
    const got = at('/surveys');
    expect(got.map((r) => [r.json.type, r.json.entityType, r.json.entityId])).toEqual([['survey.response_received', 'SurveyResponse', response.id]]);
    expect(got[0]!.json.data.surveyResponse).toMatchObject({ surveyId: survey.id, unitId: input.unitId, comment: '绿化很好', source: 'partner', answers: answers });
    // A reports:read key of another project hears nothing of P1's survey.
    expect(at('/surveys-p2')).toHaveLength(0);
  });

  it('a price list published now, and one published later by the job runner', async () => {
    const catalogKey = await newKey(['catalog:read'], app.fx.p2.id);
    await register('/catalog', ['price_list.published'], { apiKeyId: catalogKey.id });
    const P = `fragment L on PriceList { id version state }`;
    let list = ok(await app.gql(`${P} mutation($p: ID!) { startPriceListDraft(input: { projectId: $p, from: TEMPLATE }) { ...L } }`, { p: app.fx.p2.id }, { as: 'pm2' })).startPriceListDraft;
    list = ok(await app.gql(`${P} mutation($id: ID!, $v: Int!) { submitPriceList(input: { id: $id, version: $v }) { ... on PriceList { ...L } } }`, { id: list.id, v: list.version }, { as: 'pm2' })).submitPriceList;
    list = ok(await app.gql(`${P} mutation($id: ID!, $v: Int!) { approvePriceList(input: { id: $id, version: $v }) { ...L } }`, { id: list.id, v: list.version }, { as: 'gm' })).approvePriceList;
    const when = new Date(clock.getTime() + HOUR);
    ok(await app.gql(`${P} mutation($id: ID!, $v: Int!, $at: DateTime) { publishPriceList(input: { id: $id, version: $v, effectiveAt: $at }) { ...L } }`, { id: list.id, v: list.version, at: when.toISOString() }));
    await runJobs();
    expect(at('/catalog')).toHaveLength(0);
    await advance(HOUR);
    expect(at('/catalog').map((r) => [r.json.type, r.json.entityId, r.json.data.priceList.state, r.json.data.priceList.effectiveFrom])).toEqual([
      ['price_list.published', list.id, 'PUBLISHED', when.toISOString()],
    ]);
  });
});

describe('retention', () => {
  it('the nightly purge removes finished deliveries and the events they carried after 90 days; pending ones stay, however old', async () => {
    const done = await register('/purge-done', ['order.completed']);
    const stuck = await register('/purge-stuck', ['order.completed']);
    answers.set('/purge-stuck', () => ({ status: 500 }));
    const order = await partnerOrder('completed');
    await runJobs();
    const ofOrder = `select count(*)::int as n from webhook_event where entity_id = ?`;
    expect((await deliveries(done.endpoint.id)).map((d) => d.status)).toContain('DELIVERED');
    expect((await deliveries(stuck.endpoint.id)).map((d) => d.status)).toContain('PENDING');
    const events = await scalar(ofOrder, [order.id]);
    expect(events).toBeGreaterThan(0);
    const unheard = `select count(*)::int as n from webhook_event e where e.fanned_out_at is not null and not exists (select 1 from webhook_delivery d where d.event_seq = e.seq)`;
    expect(await scalar(unheard)).toBeGreaterThan(0);

    // Today nothing of this order goes; 91 days on the delivered log goes, the pending delivery and its event stay.
    await purgeWebhookHistory(app.orm.em.fork(), clock);
    expect((await deliveries(done.endpoint.id)).map((d) => d.status)).toContain('DELIVERED');
    await purgeWebhookHistory(app.orm.em.fork(), new Date(clock.getTime() + 91 * 86_400_000));
    expect(await deliveries(done.endpoint.id)).toEqual([]);
    expect((await deliveries(stuck.endpoint.id)).map((d) => d.status)).toEqual(expect.arrayContaining(['PENDING']));
    const left = await scalar(`select count(*)::int as n from webhook_event e where entity_id = ? and exists (select 1 from webhook_delivery d where d.event_seq = e.seq)`, [order.id]);
    expect(left).toBe(await scalar(ofOrder, [order.id]));
    expect(left).toBeGreaterThan(0);
    expect(await scalar(unheard)).toBe(0);
    answers.delete('/purge-stuck');
  });
});
