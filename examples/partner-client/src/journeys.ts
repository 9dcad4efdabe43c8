import {
  PartnerComplaintStatisticsDocument,
  PartnerFileComplaintDocument,
  PartnerFileOrderDocument,
  PartnerMonthlyPnlDocument,
  PartnerOpenSurveysDocument,
  PartnerOrderDocument,
  PartnerPublishedCatalogDocument,
  PartnerRegisterWebhookDocument,
  PartnerRotateWebhookSecretDocument,
  PartnerSubmitSurveyResponseDocument,
  PartnerUnitsDocument,
  PartnerViewerDocument,
  PartnerWebhookDeliveriesDocument,
  type RegisterComplaintInput,
  type RegisterServiceOrderInput,
  type ServiceOrderState,
  type SubmitSurveyResponseInput,
  type WebhookEventType,
} from '@wuye/schema/partner';
import type { PartnerClient } from './client.js';

/**
 * The journeys of docs/partner-api.md, one function each. A partner's own code would look much
 * like this; the test in ../test runs every one against a real server.
 */

/** Who am I: the key's scopes and the projects it may see. */
export async function whoAmI(client: PartnerClient) {
  const { me } = await client.request(PartnerViewerDocument);
  return { key: me.apiKey!, projects: me.projects, permissions: me.permissions };
}

/** Journey 1: the published catalog (公示价目表) of a project, with each item's price as residents see it. */
export async function readPublishedCatalog(client: PartnerClient, projectId: string) {
  const { publishedPriceList } = await client.request(PartnerPublishedCatalogDocument, { projectId });
  if (!publishedPriceList) return null;
  return {
    version: publishedPriceList.number,
    approvalRef: publishedPriceList.approvalRef,
    effectiveFrom: publishedPriceList.effectiveFrom,
    items: publishedPriceList.entries.map((e) => ({ category: e.category, name: e.name, unit: e.unit, price: e.priceText, mode: e.mode })),
  };
}

/** Units are found by number within a project (paged: 25 a page by default, at most 100). */
export async function findUnit(client: PartnerClient, projectId: string, number?: string) {
  const { units } = await client.request(PartnerUnitsDocument, { projectId, search: number ?? null, take: 1 });
  return units.items[0] ?? null;
}

/** Journey 2a: file an order for a unit on a resident's behalf. */
export async function fileOrder(client: PartnerClient, input: Omit<RegisterServiceOrderInput, 'channel'>) {
  const { registerServiceOrder } = await client.request(PartnerFileOrderDocument, { input: { ...input, channel: 'APP' } });
  return registerServiceOrder;
}

/** Journey 2b: follow its status by asking (webhooks push the same changes; see registerWebhook). */
export async function orderStatus(client: PartnerClient, id: string) {
  const { serviceOrder } = await client.request(PartnerOrderDocument, { id });
  return serviceOrder;
}

/** Polls until the order reaches one of the states (for partners without a public webhook URL). */
export async function waitForOrderState(client: PartnerClient, id: string, states: ServiceOrderState[], opts: { intervalMs?: number; timeoutMs?: number } = {}) {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  for (;;) {
    const order = await orderStatus(client, id);
    if (order && states.includes(order.state)) return order;
    if (Date.now() > deadline) throw new Error(`order ${id} is ${order?.state}, not ${states.join('/')}`);
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 2_000));
  }
}

/** Journey 3: file a complaint, classified as the front desk would (category, validity, severity, department). */
export async function fileComplaint(client: PartnerClient, input: RegisterComplaintInput) {
  const { registerComplaint } = await client.request(PartnerFileComplaintDocument, { input: { ...input, channel: input.channel ?? 'app' } });
  return registerComplaint;
}

/** Journey 4a: the project's open satisfaction surveys, with the items each asks about. */
export async function openSurveys(client: PartnerClient, projectId: string) {
  const { satisfactionSurveys } = await client.request(PartnerOpenSurveysDocument, { projectId });
  return satisfactionSurveys.items;
}

/** Journey 4b: one unit's questionnaire: a level per item (5 非常满意 … 1 非常不满意, null to skip), and a comment. */
export async function submitSurveyResponse(client: PartnerClient, input: SubmitSurveyResponseInput) {
  const { submitSurveyResponse } = await client.request(PartnerSubmitSurveyResponseDocument, { input });
  return submitSurveyResponse;
}

/** Journey 5: a month's statistics — complaints (complaints:read) and the paid services' P&L (reports:read). */
export async function readMonthlyStatistics(client: PartnerClient, opts: { year: number; month: number; projectId: string }) {
  const { complaintStatistics } = await client.request(PartnerComplaintStatisticsDocument, opts);
  const month = `${opts.year}-${String(opts.month).padStart(2, '0')}`;
  const { pnlOverview } = await client.request(PartnerMonthlyPnlDocument, { filter: { fromMonth: month, toMonth: month, projectId: opts.projectId } });
  return { complaints: complaintStatistics.total, paidServices: pnlOverview.total };
}

/** Webhooks: register this app's endpoint for its own key; keep the secret (shown only now). */
export async function registerWebhook(client: PartnerClient, url: string, events: WebhookEventType[], description = 'partner-client example') {
  const { createWebhookEndpoint } = await client.request(PartnerRegisterWebhookDocument, { input: { url, events, description } });
  return createWebhookEndpoint;
}

/** A new secret; the old one keeps signing beside it for 24 hours, so switch receivers over within a day. */
export async function rotateWebhookSecret(client: PartnerClient, endpoint: { id: string; version: number }) {
  const { rotateWebhookSecret } = await client.request(PartnerRotateWebhookSecretDocument, { input: { id: endpoint.id, version: endpoint.version } });
  return rotateWebhookSecret;
}

export async function webhookDeliveries(client: PartnerClient, endpointId: string) {
  const { webhookDeliveries } = await client.request(PartnerWebhookDeliveriesDocument, { endpointId, take: 100 });
  return webhookDeliveries.items;
}
