import type { OrderStatusChangedEvent, WebhookEvent } from '@wuye/schema/partner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartnerApiError, PartnerClient } from '../src/client.js';
import {
  fileComplaint,
  fileOrder,
  findUnit,
  openSurveys,
  orderStatus,
  readMonthlyStatistics,
  readPublishedCatalog,
  registerWebhook,
  rotateWebhookSecret,
  submitSurveyResponse,
  webhookDeliveries,
  whoAmI,
} from '../src/journeys.js';
import { startWebhookReceiver, type WebhookReceiver } from '../src/webhook-receiver.js';
import { startApi, type RunningApi } from './server.js';
import { gql, login, orderStep } from './staff.js';

/**
 * The journeys of docs/partner-api.md, run by the example client against the real product: the
 * compiled API with its worker, on its own PostgreSQL, seeded with the demo company. The company's
 * side (front desk, supervisor, worker) acts through the same API with the demo logins.
 */
let api: RunningApi;
let client: PartnerClient;
let receiver: WebhookReceiver;
let secret = '';
let project: { id: string; name: string };
let endpoint: { id: string; version: number };
const staff = {} as Record<'gm' | 'desk' | 'supervisor' | 'worker', { token: string; id: string }>;

beforeAll(async () => {
  api = await startApi();
  staff.gm = await login(api.baseUrl, 'gm@demo.wuye.cn');
  staff.desk = await login(api.baseUrl, 'desk1@demo.wuye.cn');
  staff.supervisor = await login(api.baseUrl, 'eng-sup1@demo.wuye.cn');
  staff.worker = await login(api.baseUrl, 'worker1a@demo.wuye.cn');
  const { projects } = await gql<{ projects: { items: Array<{ id: string; name: string }> } }>(api.baseUrl, staff.gm.token, '{ projects(take: 100) { items { id name } } }');
  project = projects.items.find((p) => p.name === '翠湖花园')!;
  // The GM issues the partner a key for one project (the console's API keys screen does the same).
  const { createApiKey } = await gql<{ createApiKey: { secret: string } }>(
    api.baseUrl,
    staff.gm.token,
    `mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }`,
    { i: { name: '业主 App', scopes: ['CATALOG_READ', 'ORDERS_WRITE', 'COMPLAINTS_WRITE', 'SURVEYS_WRITE', 'REPORTS_READ'], projectId: project.id } },
  );
  client = new PartnerClient({ baseUrl: api.baseUrl, apiKey: createApiKey.secret, locale: 'en' });
  receiver = await startWebhookReceiver({ secret: () => secret });
});

afterAll(async () => {
  await receiver?.close();
  await api?.stop();
});

const ofEntity = (id: string) => receiver.events.filter((e) => e.entityId === id);

describe('a partner app, from its own key', () => {
  it('sees its key, its scopes and only its project', async () => {
    const me = await whoAmI(client);
    expect(me.key).toMatchObject({ name: '业主 App', projectId: project.id });
    expect(me.key.scopes.sort()).toEqual(['CATALOG_READ', 'COMPLAINTS_WRITE', 'ORDERS_WRITE', 'REPORTS_READ', 'SURVEYS_WRITE']);
    expect(me.projects.map((p) => p.name)).toEqual(['翠湖花园']);
  });

  it('registers its webhook endpoint and keeps the secret shown once', async () => {
    const created = await registerWebhook(client, receiver.url, [
      'ORDER_STATUS_CHANGED',
      'ORDER_COMPLETED',
      'COMPLAINT_CREATED',
      'COMPLAINT_SLA_BREACHED',
      'COMPLAINT_RESOLVED',
      'PRICE_LIST_PUBLISHED',
      'SURVEY_RESPONSE_RECEIVED',
    ]);
    secret = created.secret;
    endpoint = created.endpoint;
    expect(secret).toMatch(/^whsec_/);
    expect(created.endpoint).toMatchObject({ url: receiver.url, enabled: true, status: 'ACTIVE' });
  });

  it('journey 1: reads the published catalog of its project', async () => {
    const catalog = await readPublishedCatalog(client, project.id);
    expect(catalog).not.toBeNull();
    expect(catalog!.version).toBeGreaterThanOrEqual(1);
    expect(catalog!.items.length).toBeGreaterThan(10);
    for (const item of catalog!.items) expect(item.price, item.name).toMatch(/¥|元|面议|按/);
  });

  it('journey 2: files an order for a unit and follows it to completion, by query and by webhook', async () => {
    const unit = await findUnit(client, project.id);
    expect(unit).not.toBeNull();
    const day = new Date(Date.now() + 8 * 3600_000 + 2 * 86_400_000).toISOString().slice(0, 10);
    const order = await fileOrder(client, {
      unitId: unit!.id,
      contactName: '王女士',
      contactPhone: '13800138000',
      description: '卫生间地漏堵塞',
      serviceType: 'REPAIR',
      charge: 'FREE',
      urgency: 'NORMAL',
      appointmentStart: `${day}T10:00:00+08:00`,
      appointmentEnd: `${day}T12:00:00+08:00`,
    });
    expect(order).toMatchObject({ state: 'REGISTERED', channel: 'APP', unitId: unit!.id });

    // The company works the order; after every step the partner sees the new state both ways.
    const steps: Array<[string, string, Record<string, unknown>, keyof typeof staff, string]> = [
      ['recordConsent', 'ConsentInput', { method: 'IN_PERSON', consentBy: '王女士' }, 'desk', 'ACCEPTED'],
      ['dispatchServiceOrder', 'DispatchInput', { supervisorId: staff.supervisor.id }, 'desk', 'DISPATCHED'],
      ['assignServiceOrder', 'AssignInput', { workerId: staff.worker.id }, 'supervisor', 'ASSIGNED'],
      ['startServiceOrder', 'OrderStepInput', {}, 'worker', 'IN_PROGRESS'],
      ['completeServiceOrder', 'CompleteInput', { rating: 5, minutesSpent: 30, comment: '很满意' }, 'worker', 'COMPLETED'],
    ];
    let version = order.version;
    for (const [mutation, type, input, who, state] of steps) {
      version = (await orderStep(api.baseUrl, staff[who].token, mutation, type, { id: order.id, version, ...input })).version;
      expect((await orderStatus(client, order.id))!.state).toBe(state);
      const event = (await receiver.waitFor((e) => e.entityId === order.id && e.type === 'order.status_changed' && e.data.order.state === state)) as OrderStatusChangedEvent;
      expect(event).toMatchObject({ projectId: project.id, entityType: 'ServiceOrder', data: { order: { id: order.id, number: order.number } } });
    }
    await receiver.waitFor((e) => e.entityId === order.id && e.type === 'order.completed');
    expect(ofEntity(order.id).map((e) => (e.type === 'order.completed' ? 'completed' : (e as OrderStatusChangedEvent).data.previousState))).toEqual([
      'REGISTERED',
      'ACCEPTED',
      'DISPATCHED',
      'ASSIGNED',
      'IN_PROGRESS',
      'completed',
    ]);
    const timeline = (await orderStatus(client, order.id))!.timeline;
    expect(timeline.map((t) => t.toState)).toEqual(['registered', 'accepted', 'dispatched', 'assigned', 'in_progress', 'completed']);
    expect(receiver.rejected).toEqual([]);
  });

  it('journey 3: files a complaint and hears of it', async () => {
    const unit = await findUnit(client, project.id);
    const complaint = await fileComplaint(client, {
      projectId: project.id,
      unitId: unit!.id,
      contactName: '王女士',
      contactPhone: '13800138000',
      description: '夜间电梯噪音大，影响休息',
      channel: 'app',
      category: 1,
      valid: true,
      severity: 'GENERAL',
      responsibleDepartment: 'ENGINEERING',
    });
    expect(complaint).toMatchObject({ kind: 'COMPLAINT', state: 'registered', severity: 'GENERAL' });
    const event = await receiver.waitFor((e) => e.entityId === complaint.id && e.type === 'complaint.created');
    expect(event.data).toMatchObject({ complaint: { id: complaint.id, number: complaint.number, responsibleDepartment: 'ENGINEERING' } });
  });

  it('journey 4: submits a unit’s satisfaction survey response and hears of it', async () => {
    let [survey] = await openSurveys(client, project.id);
    if (!survey) {
      // The project manager opens one for a period not yet surveyed (the company's side, through the API).
      const pm = await login(api.baseUrl, 'pm1@demo.wuye.cn');
      const { satisfactionSurveys } = await gql<{ satisfactionSurveys: { items: Array<{ period: string }> } }>(api.baseUrl, pm.token, `query($p: ID!) { satisfactionSurveys(projectId: $p, take: 100) { items { period } } }`, { p: project.id });
      const taken = new Set(satisfactionSurveys.items.map((s) => s.period));
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
      const year = Number(today.slice(0, 4));
      const period = [`${year}-H1`, `${year}-H2`, `${year}`, `${year + 1}-H1`, `${year + 1}-H2`].find((p) => !taken.has(p))!;
      await gql(api.baseUrl, pm.token, `mutation($i: CreateSurveyInput!) { createSatisfactionSurvey(input: $i) { id } }`, {
        i: { projectId: project.id, period, distributed: 500, opensOn: today, closesOn: today },
      });
      [survey] = await openSurveys(client, project.id);
    }
    expect(survey!.items.length).toBeGreaterThan(0);
    const { units } = await gql<{ units: { items: Array<{ id: string }> } }>(api.baseUrl, staff.gm.token, `query($p: ID) { units(filter: { projectId: $p }, take: 100) { items { id } } }`, { p: project.id });
    const answers = survey!.items.map((item, i) => ({ item: item.code, level: i === 0 ? null : 5 - (i % 3) }));
    let response: Awaited<ReturnType<typeof submitSurveyResponse>> | undefined;
    for (const unit of units.items) {
      // A unit that already answered this survey is a CONFLICT: take the next one.
      response = await submitSurveyResponse(client, { surveyId: survey!.id, unitId: unit.id, answers, comment: '保洁及时，绿化维护得好' }).catch((e: unknown) => {
        if (e instanceof PartnerApiError && e.code === 'CONFLICT') return undefined;
        throw e;
      });
      if (response) break;
    }
    expect(response).toMatchObject({ surveyId: survey!.id, source: 'partner' });
    const event = await receiver.waitFor((e) => e.type === 'survey.response_received' && e.entityId === response!.id);
    expect(event.data).toMatchObject({ surveyResponse: { surveyId: survey!.id, unitId: response!.unitId, answers, comment: '保洁及时，绿化维护得好' } });
  });

  it('journey 5: reads the month’s statistics', async () => {
    const now = new Date(Date.now() + 8 * 3600_000);
    const stats = await readMonthlyStatistics(client, { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, projectId: project.id });
    expect(stats.complaints).toMatchObject({ year: now.getUTCFullYear(), month: now.getUTCMonth() + 1 });
    expect(stats.complaints.complaints).toBeGreaterThanOrEqual(1);
    expect(stats.complaints.households).toBeGreaterThan(0);
    expect(Number.isInteger(stats.paidServices.revenueFen)).toBe(true);
    expect(stats.paidServices.orders).toBeGreaterThanOrEqual(0);
  });

  it('errors come typed, with the field at fault, in the language asked for', async () => {
    const unit = await findUnit(client, project.id);
    const bad = await fileOrder(client, { unitId: unit!.id, contactName: '王女士', contactPhone: '12345', description: '漏水', serviceType: 'REPAIR', charge: 'FREE', urgency: 'EMERGENCY' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(PartnerApiError);
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED', field: 'contactPhone', message: 'contactPhone: is not a valid phone number' });
    const { projects } = await gql<{ projects: { items: Array<{ id: string; name: string }> } }>(api.baseUrl, staff.gm.token, '{ projects(take: 100) { items { id name } } }');
    const elsewhere = projects.items.find((p) => p.id !== project.id)!;
    await expect(readPublishedCatalog(client, elsewhere.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rotates its secret without losing an event, and reads its delivery log', async () => {
    const rotated = await rotateWebhookSecret(client, endpoint);
    const old = secret;
    secret = rotated.secret; // the receiver switches at once: deliveries carry both signatures for a day
    expect(rotated.secret).not.toBe(old);
    const unit = await findUnit(client, project.id);
    const complaint = await fileComplaint(client, {
      projectId: project.id,
      unitId: unit!.id,
      contactName: '王女士',
      contactPhone: '13800138000',
      description: '车库照明损坏',
      channel: 'app',
      category: 1,
      valid: true,
      severity: 'GENERAL',
      responsibleDepartment: 'ENGINEERING',
    });
    await receiver.waitFor((e) => e.entityId === complaint.id && e.type === 'complaint.created');
    expect(receiver.rejected).toEqual([]);
    // The receiver answers before the server records the answer: give the log a moment to catch up.
    let log = await webhookDeliveries(client, endpoint.id);
    for (let i = 0; i < 50 && log.some((d) => d.status === 'PENDING'); i++) {
      await new Promise((r) => setTimeout(r, 200));
      log = await webhookDeliveries(client, endpoint.id);
    }
    const delivered = log.filter((d) => d.status === 'DELIVERED');
    expect(delivered.length).toBe(receiver.events.length);
    expect(delivered.every((d) => d.attempts === 1 && d.lastResponseCode === 204)).toBe(true);
    expect(new Set(log.map((d) => d.eventId))).toEqual(new Set(receiver.events.map((e: WebhookEvent) => e.id)));
  });
});
