import type { EntityManager } from '@mikro-orm/postgresql';
import type { ComplaintMilestone, OrderState, WebhookEntityType, WebhookEventType } from '@wuye/domain';
import type { ComplaintMilestoneName, WebhookComplaint, WebhookOrder, WebhookPriceList, WebhookSurveyResponse } from '@wuye/schema/partner';
import { newId } from '../../db/ids.js';
import type { PriceList } from '../catalog/price-list.entity.js';
import type { Complaint } from '../complaints/complaint.entity.js';
import type { ServiceOrder } from '../orders/service-order.entity.js';
import type { SurveyResponse } from '../surveys/survey.entity.js';
import { WebhookEvent } from './webhook-event.entity.js';

/**
 * Records an event for partner webhooks in the caller's unit of work: it is inserted by the
 * flush of the change that caused it, in the same transaction, so a rolled-back change has no
 * event and a committed one always has its event (and, through the insert trigger, its fan-out
 * job). Synchronous on purpose: services call it before their flush, wherever the change is made.
 */
export function emitWebhook(
  em: EntityManager,
  event: { companyId: string; projectId: string | null; type: WebhookEventType; entityType: WebhookEntityType; entityId: string; at: Date; data: Record<string, unknown> },
): WebhookEvent {
  const id = newId();
  // The envelope documented in docs/partner-api.md and typed in packages/schema/src/webhooks.ts.
  const body = JSON.stringify({
    id,
    type: event.type,
    occurredAt: event.at.toISOString(),
    projectId: event.projectId,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
  });
  return em.create(WebhookEvent, {
    id,
    companyId: event.companyId,
    projectId: event.projectId,
    type: event.type,
    entityType: event.entityType,
    entityId: event.entityId,
    occurredAt: event.at,
    body,
  });
}

/**
 * Enum values as the GraphQL schema spells them, so an event reads like a query result. The views
 * are typed with the partner contract (packages/schema/src/partner/webhook-events.ts).
 */
const gql = <T extends string>(value: string) => value.toUpperCase() as T;
const gqlOrNull = <T extends string>(value: string | null | undefined) => (value == null ? null : gql<T>(value));
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** What an order event says about the order: its state and the facts a partner acts on; details through `serviceOrder(id)`. */
function orderView(o: ServiceOrder): WebhookOrder {
  return {
    id: o.id,
    number: o.number,
    projectId: o.projectId,
    unitId: o.unitId,
    residentId: o.residentId ?? null,
    state: gql(o.state),
    serviceType: gql(o.serviceType),
    charge: gql(o.charge),
    urgency: gql(o.urgency),
    channel: gql(o.channel),
    quoteTotalFen: o.quoteTotalFen ?? null,
    paidFen: o.paidFen,
    appointmentStart: iso(o.appointmentStart),
    appointmentEnd: iso(o.appointmentEnd),
    completedAt: iso(o.completedAt),
    rating: o.rating ?? null,
    createdAt: iso(o.createdAt),
  };
}

function complaintView(c: Complaint): WebhookComplaint {
  return {
    id: c.id,
    number: c.number,
    projectId: c.projectId,
    unitId: c.unitId ?? null,
    kind: gql(c.kind),
    category: c.category ?? null,
    severity: gqlOrNull(c.severity),
    valid: c.valid ?? null,
    responsibleDepartment: gqlOrNull(c.responsibleDepartment),
    state: c.state,
    channel: c.channel,
    createdAt: iso(c.createdAt),
    resolvedAt: iso(c.resolvedAt),
    closedAt: iso(c.closedAt),
  };
}

function priceListView(l: PriceList): WebhookPriceList {
  return {
    id: l.id,
    projectId: l.projectId,
    number: l.number,
    state: gql(l.state),
    approvalRef: l.approvalRef ?? null,
    basedOnId: l.basedOnId ?? null,
    effectiveFrom: iso(l.effectiveFrom),
  };
}

/** An order step: `order.status_changed` when the state moved, and `order.completed` when it reached completion. */
export function emitOrderStep(em: EntityManager, order: ServiceOrder, from: OrderState | string | null, at: Date): void {
  if (!from || from === order.state) return;
  const base = { companyId: order.companyId, projectId: order.projectId, entityType: 'ServiceOrder' as const, entityId: order.id, at };
  emitWebhook(em, { ...base, type: 'order.status_changed', data: { order: orderView(order), previousState: gql(from) } });
  if (order.state === 'completed') emitWebhook(em, { ...base, type: 'order.completed', data: { order: orderView(order) } });
}

function emitComplaint(em: EntityManager, c: Complaint, type: WebhookEventType, at: Date, extra: Record<string, unknown> = {}): void {
  emitWebhook(em, { companyId: c.companyId, projectId: c.projectId, type, entityType: 'Complaint', entityId: c.id, at, data: { complaint: complaintView(c), ...extra } });
}

export const emitComplaintCreated = (em: EntityManager, c: Complaint, at: Date) => emitComplaint(em, c, 'complaint.created', at);
export const emitComplaintResolved = (em: EntityManager, c: Complaint, at: Date) => emitComplaint(em, c, 'complaint.resolved', at);

/** One event per deadline missed (the escalation job finds each breach exactly once). */
export function emitComplaintBreaches(em: EntityManager, c: Complaint, alerts: ReadonlyArray<{ kind: string; milestone: ComplaintMilestone; dueAt: Date }>, at: Date): void {
  for (const a of alerts) if (a.kind === 'breach') emitComplaint(em, c, 'complaint.sla_breached', at, { milestone: gql<ComplaintMilestoneName>(a.milestone), dueAt: a.dueAt.toISOString() });
}

export function emitPriceListPublished(em: EntityManager, list: PriceList, at: Date): void {
  emitWebhook(em, { companyId: list.companyId, projectId: list.projectId, type: 'price_list.published', entityType: 'PriceList', entityId: list.id, at, data: { priceList: priceListView(list) } });
}

function surveyResponseView(r: SurveyResponse): WebhookSurveyResponse {
  return {
    id: r.id,
    surveyId: r.surveyId,
    projectId: r.projectId,
    unitId: r.unitId,
    answers: Object.entries(r.answers).map(([item, level]) => ({ item, level })),
    comment: r.comment ?? null,
    source: r.source,
    createdAt: iso(r.createdAt),
  };
}

export function emitSurveyResponseReceived(em: EntityManager, response: SurveyResponse, at: Date): void {
  emitWebhook(em, {
    companyId: response.companyId,
    projectId: response.projectId,
    type: 'survey.response_received',
    entityType: 'SurveyResponse',
    entityId: response.id,
    at,
    data: { surveyResponse: surveyResponseView(response) },
  });
}
