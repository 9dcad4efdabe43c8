import type {
  ComplaintKind,
  ComplaintSeverity,
  Department,
  OrderChannel,
  OrderCharge,
  OrderUrgency,
  PriceListState,
  ServiceOrderState,
  ServiceType,
  WebhookEventType,
} from '../generated/partner.js';

/**
 * The JSON body of a webhook delivery (docs/partner-api.md, "Webhooks"). Enum values are spelled
 * as in the GraphQL schema; times are ISO 8601 in UTC; money is integer fen. An event carries the
 * entity as it was at that moment — query the API for anything more.
 */
export interface WebhookEnvelope<Type extends string, Entity extends string, Data> {
  /** The event id: also the Wuye-Webhook-Id header, the same on every attempt and resend. Deduplicate by it. */
  id: string;
  type: Type;
  occurredAt: string;
  projectId: string | null;
  entityType: Entity;
  entityId: string;
  data: Data;
}

export interface WebhookOrder {
  id: string;
  number: string;
  projectId: string;
  unitId: string;
  residentId: string | null;
  state: ServiceOrderState;
  serviceType: ServiceType;
  charge: OrderCharge;
  urgency: OrderUrgency;
  channel: OrderChannel;
  quoteTotalFen: number | null;
  paidFen: number;
  appointmentStart: string | null;
  appointmentEnd: string | null;
  completedAt: string | null;
  rating: number | null;
  createdAt: string | null;
}

export interface WebhookComplaint {
  id: string;
  number: string;
  projectId: string;
  unitId: string | null;
  kind: ComplaintKind;
  /** 1 property service, 2 developer/building quality, 3 external */
  category: number | null;
  severity: ComplaintSeverity | null;
  valid: boolean | null;
  responsibleDepartment: Department | null;
  /** As `Complaint.state` in the schema (registered, accepted, …, closed). */
  state: string;
  channel: string;
  createdAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}

export interface WebhookPriceList {
  id: string;
  projectId: string;
  number: number;
  state: PriceListState;
  approvalRef: string | null;
  basedOnId: string | null;
  effectiveFrom: string | null;
}

export interface WebhookSurveyResponse {
  id: string;
  surveyId: string;
  projectId: string;
  unitId: string;
  /** Item code and level (5 非常满意 … 1 非常不满意; null: skipped), as `SurveyResponse.answers` in the schema. */
  answers: Array<{ item: string; level: number | null }>;
  comment: string | null;
  /** staff | partner */
  source: string;
  createdAt: string | null;
}

export type ComplaintMilestoneName = 'ON_SITE' | 'FIRST_FEEDBACK' | 'RESOLUTION' | 'DEVELOPER_RESPONSE';

export type OrderStatusChangedEvent = WebhookEnvelope<'order.status_changed', 'ServiceOrder', { order: WebhookOrder; previousState: ServiceOrderState }>;
export type OrderCompletedEvent = WebhookEnvelope<'order.completed', 'ServiceOrder', { order: WebhookOrder }>;
export type ComplaintCreatedEvent = WebhookEnvelope<'complaint.created', 'Complaint', { complaint: WebhookComplaint }>;
export type ComplaintSlaBreachedEvent = WebhookEnvelope<'complaint.sla_breached', 'Complaint', { complaint: WebhookComplaint; milestone: ComplaintMilestoneName; dueAt: string }>;
export type ComplaintResolvedEvent = WebhookEnvelope<'complaint.resolved', 'Complaint', { complaint: WebhookComplaint }>;
export type PriceListPublishedEvent = WebhookEnvelope<'price_list.published', 'PriceList', { priceList: WebhookPriceList }>;
export type SurveyResponseReceivedEvent = WebhookEnvelope<'survey.response_received', 'SurveyResponse', { surveyResponse: WebhookSurveyResponse }>;

export type WebhookEvent =
  | OrderStatusChangedEvent
  | OrderCompletedEvent
  | ComplaintCreatedEvent
  | ComplaintSlaBreachedEvent
  | ComplaintResolvedEvent
  | PriceListPublishedEvent
  | SurveyResponseReceivedEvent;

export type WebhookEventName = WebhookEvent['type'];

/** The GraphQL enum value of each event (what `createWebhookEndpoint` takes) and its `type` in a delivery. */
export const WEBHOOK_EVENT_NAMES = {
  ORDER_STATUS_CHANGED: 'order.status_changed',
  ORDER_COMPLETED: 'order.completed',
  COMPLAINT_CREATED: 'complaint.created',
  COMPLAINT_SLA_BREACHED: 'complaint.sla_breached',
  COMPLAINT_RESOLVED: 'complaint.resolved',
  PRICE_LIST_PUBLISHED: 'price_list.published',
  SURVEY_RESPONSE_RECEIVED: 'survey.response_received',
} as const satisfies Record<WebhookEventType, WebhookEventName>;

/** Headers of a delivery. Node lower-cases incoming header names: read them as `req.headers['wuye-webhook-signature']`. */
export const WEBHOOK_HEADERS = {
  id: 'Wuye-Webhook-Id',
  event: 'Wuye-Webhook-Event',
  timestamp: 'Wuye-Webhook-Timestamp',
  signature: 'Wuye-Webhook-Signature',
} as const;

/** Reject a delivery signed longer ago than this: it is a replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;
