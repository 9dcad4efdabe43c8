/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What a partner API key may do */
export const ApiScope = {
  CatalogRead: 'CATALOG_READ',
  ComplaintsRead: 'COMPLAINTS_READ',
  ComplaintsWrite: 'COMPLAINTS_WRITE',
  OrdersRead: 'ORDERS_READ',
  OrdersWrite: 'ORDERS_WRITE',
  ReportsRead: 'REPORTS_READ',
  SurveysWrite: 'SURVEYS_WRITE'
} as const;

export type ApiScope = typeof ApiScope[keyof typeof ApiScope];
export const ComplaintKind = {
  Complaint: 'COMPLAINT',
  Suggestion: 'SUGGESTION'
} as const;

export type ComplaintKind = typeof ComplaintKind[keyof typeof ComplaintKind];
export const ComplaintSeverity = {
  General: 'GENERAL',
  Major: 'MAJOR',
  Serious: 'SERIOUS'
} as const;

export type ComplaintSeverity = typeof ComplaintSeverity[keyof typeof ComplaintSeverity];
export type CreateWebhookEndpointInput = {
  /** The key whose events are sent; a partner key may leave it out (its own) */
  apiKeyId?: string | number | null | undefined;
  description?: string | null | undefined;
  events: Array<WebhookEventType>;
  url: string;
};

export const Department = {
  Cleaning: 'CLEANING',
  CustomerService: 'CUSTOMER_SERVICE',
  Engineering: 'ENGINEERING',
  Greening: 'GREENING',
  Security: 'SECURITY'
} as const;

export type Department = typeof Department[keyof typeof Department];
export const OrderChannel = {
  App: 'APP',
  Phone: 'PHONE',
  WalkIn: 'WALK_IN'
} as const;

export type OrderChannel = typeof OrderChannel[keyof typeof OrderChannel];
export const OrderCharge = {
  Free: 'FREE',
  Paid: 'PAID'
} as const;

export type OrderCharge = typeof OrderCharge[keyof typeof OrderCharge];
export const OrderUrgency = {
  Emergency: 'EMERGENCY',
  Normal: 'NORMAL'
} as const;

export type OrderUrgency = typeof OrderUrgency[keyof typeof OrderUrgency];
export type PnlFilter = {
  category?: string | null | undefined;
  /** YYYY-MM */
  fromMonth: string;
  itemId?: string | number | null | undefined;
  projectId?: string | number | null | undefined;
  /** YYYY-MM, at most 24 months after fromMonth */
  toMonth: string;
};

/** loss, thin (below the target band), healthy, over_margin (above the 保本微利 ceiling), idle (no revenue), goodwill (a free service) */
export const PnlStatus = {
  Goodwill: 'GOODWILL',
  Healthy: 'HEALTHY',
  Idle: 'IDLE',
  Loss: 'LOSS',
  OverMargin: 'OVER_MARGIN',
  Thin: 'THIN'
} as const;

export type PnlStatus = typeof PnlStatus[keyof typeof PnlStatus];
export const PriceListState = {
  Approved: 'APPROVED',
  Draft: 'DRAFT',
  Published: 'PUBLISHED',
  Rejected: 'REJECTED',
  Submitted: 'SUBMITTED',
  Superseded: 'SUPERSEDED'
} as const;

export type PriceListState = typeof PriceListState[keyof typeof PriceListState];
/** fixed price, a range, priced by workload (视工程量定价), free, or not priced yet */
export const PricingMode = {
  Fixed: 'FIXED',
  Free: 'FREE',
  Range: 'RANGE',
  Unset: 'UNSET',
  Workload: 'WORKLOAD'
} as const;

export type PricingMode = typeof PricingMode[keyof typeof PricingMode];
export type RegisterComplaintInput = {
  /** The member of staff the report names; default the related order’s worker */
  accusedUserId?: string | number | null | undefined;
  category?: number | null | undefined;
  /** phone | walk_in | app | visit */
  channel: string;
  contactName: string;
  contactPhone: string;
  description: string;
  happenedAt?: string | null | undefined;
  invalidReason?: string | null | undefined;
  kind?: ComplaintKind;
  /** The resident reports private charging, a gift taken or a fee waived for a favour (proposes −20) */
  privateChargingReported?: boolean;
  projectId: string | number;
  /** The service order the complaint is about, if any */
  relatedOrderId?: string | number | null | undefined;
  residentId?: string | number | null | undefined;
  responsibleDepartment?: Department | null | undefined;
  severity?: ComplaintSeverity | null | undefined;
  unitId?: string | number | null | undefined;
  valid?: boolean | null | undefined;
  wants?: string | null | undefined;
};

export type RegisterServiceOrderInput = {
  appointmentEnd?: string | null | undefined;
  /** Requested window; not needed for an emergency */
  appointmentStart?: string | null | undefined;
  channel: OrderChannel;
  charge: OrderCharge;
  contactName: string;
  contactPhone: string;
  description: string;
  /** Omit for a visitor named in contactName */
  residentId?: string | number | null | undefined;
  serviceType: ServiceType;
  unitId: string | number;
  urgency: OrderUrgency;
};

export type RotateWebhookSecretInput = {
  id: string | number;
  version: number;
};

export type ServiceOrderFilter = {
  /** Open orders past their response or on-site deadline */
  breached?: boolean | null | undefined;
  /** Registered at or after */
  createdFrom?: string | null | undefined;
  /** Registered before */
  createdTo?: string | null | undefined;
  /** Signed off with a dissatisfied rating (1–2): the supervisor sees these at once */
  dissatisfied?: boolean | null | undefined;
  projectId?: string | number | null | undefined;
  search?: string | null | undefined;
  states?: Array<ServiceOrderState> | null | undefined;
  supervisorId?: string | number | null | undefined;
  urgency?: OrderUrgency | null | undefined;
  workerId?: string | number | null | undefined;
};

export const ServiceOrderState = {
  Accepted: 'ACCEPTED',
  Assigned: 'ASSIGNED',
  Cancelled: 'CANCELLED',
  Closed: 'CLOSED',
  Completed: 'COMPLETED',
  Declined: 'DECLINED',
  Dispatched: 'DISPATCHED',
  InProgress: 'IN_PROGRESS',
  Quoted: 'QUOTED',
  Registered: 'REGISTERED',
  Rejected: 'REJECTED',
  Settled: 'SETTLED'
} as const;

export type ServiceOrderState = typeof ServiceOrderState[keyof typeof ServiceOrderState];
/** on-site repair, special cleaning, errand/purchase (代订代购), housekeeping … */
export const ServiceType = {
  Cleaning: 'CLEANING',
  Errand: 'ERRAND',
  Housekeeping: 'HOUSEKEEPING',
  Other: 'OTHER',
  Repair: 'REPAIR'
} as const;

export type ServiceType = typeof ServiceType[keyof typeof ServiceType];
export type SubmitSurveyResponseInput = {
  answers: Array<SurveyAnswerInput>;
  comment?: string | null | undefined;
  surveyId: string | number;
  unitId: string | number;
};

export type SurveyAnswerInput = {
  /** The item code */
  item: string;
  /** 5 非常满意, 4 满意, 3 一般, 2 不满意, 1 非常不满意; null: skipped */
  level?: number | null | undefined;
};

export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** false stops sending; pending deliveries wait and go out when enabled again */
  enabled?: boolean | null | undefined;
  events?: Array<WebhookEventType> | null | undefined;
  id: string | number;
  url?: string | null | undefined;
  version: number;
};

/** PENDING: not yet sent, or waiting for a retry; FAILED: given up */
export const WebhookDeliveryStatus = {
  Delivered: 'DELIVERED',
  Failed: 'FAILED',
  Pending: 'PENDING'
} as const;

export type WebhookDeliveryStatus = typeof WebhookDeliveryStatus[keyof typeof WebhookDeliveryStatus];
/** DISABLED: not sent to; FAILING: a delivery was given up after 24 hours of retries (sending goes on, the first success clears it) */
export const WebhookEndpointStatus = {
  Active: 'ACTIVE',
  Disabled: 'DISABLED',
  Failing: 'FAILING'
} as const;

export type WebhookEndpointStatus = typeof WebhookEndpointStatus[keyof typeof WebhookEndpointStatus];
/** An event pushed to a partner’s webhook endpoint; its `type` in the delivered JSON is the dotted name (ORDER_STATUS_CHANGED → order.status_changed) */
export const WebhookEventType = {
  ComplaintCreated: 'COMPLAINT_CREATED',
  ComplaintResolved: 'COMPLAINT_RESOLVED',
  ComplaintSlaBreached: 'COMPLAINT_SLA_BREACHED',
  OrderCompleted: 'ORDER_COMPLETED',
  OrderStatusChanged: 'ORDER_STATUS_CHANGED',
  PriceListPublished: 'PRICE_LIST_PUBLISHED',
  SurveyResponseReceived: 'SURVEY_RESPONSE_RECEIVED'
} as const;

export type WebhookEventType = typeof WebhookEventType[keyof typeof WebhookEventType];
export type PartnerOrderFragment = { id: string, number: string, projectId: string, unitId: string, residentId: string | null, state: ServiceOrderState, serviceType: ServiceType, charge: OrderCharge, urgency: OrderUrgency, channel: OrderChannel, quoteTotalFen: number | null, amountDueFen: number, paidFen: number, appointmentStart: string | null, appointmentEnd: string | null, completedAt: string | null, rating: number | null, createdAt: string, version: number };

export type PartnerComplaintFragment = { id: string, number: string, projectId: string, unitId: string | null, kind: ComplaintKind, category: number | null, severity: ComplaintSeverity | null, valid: boolean | null, responsibleDepartment: Department | null, state: string, channel: string, createdAt: string, resolvedAt: string | null, closedAt: string | null };

export type PartnerWebhookEndpointFragment = { id: string, apiKeyId: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, status: WebhookEndpointStatus, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string, version: number };

export type PartnerWebhookDeliveryFragment = { id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, lastResponseCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string };

export type PartnerViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerViewerQuery = { me: { permissions: Array<string>, apiKey: { id: string, name: string, scopes: Array<ApiScope>, projectId: string | null } | null, projects: Array<{ id: string, code: string, name: string }> } };

export type PartnerUnitsQueryVariables = Exact<{
  projectId: string | number;
  search?: string | null | undefined;
  skip?: number;
  take?: number;
}>;


export type PartnerUnitsQuery = { units: { totalCount: number, items: Array<{ id: string, number: string, floor: number | null, building: { id: string, code: string, name: string } }> } };

export type PartnerPublishedCatalogQueryVariables = Exact<{
  projectId: string | number;
}>;


export type PartnerPublishedCatalogQuery = { publishedPriceList: { id: string, projectId: string, number: number, state: PriceListState, approvalRef: string | null, effectiveFrom: string | null, entries: Array<{ id: string, catalogItemId: string, category: string, name: string, unit: string, mode: PricingMode, priceFen: number | null, minFen: number | null, maxFen: number | null, priceText: string | null }> } | null };

export type PartnerFileOrderMutationVariables = Exact<{
  input: RegisterServiceOrderInput;
}>;


export type PartnerFileOrderMutation = { registerServiceOrder: { id: string, number: string, projectId: string, unitId: string, residentId: string | null, state: ServiceOrderState, serviceType: ServiceType, charge: OrderCharge, urgency: OrderUrgency, channel: OrderChannel, quoteTotalFen: number | null, amountDueFen: number, paidFen: number, appointmentStart: string | null, appointmentEnd: string | null, completedAt: string | null, rating: number | null, createdAt: string, version: number } };

export type PartnerOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerOrderQuery = { serviceOrder: { id: string, number: string, projectId: string, unitId: string, residentId: string | null, state: ServiceOrderState, serviceType: ServiceType, charge: OrderCharge, urgency: OrderUrgency, channel: OrderChannel, quoteTotalFen: number | null, amountDueFen: number, paidFen: number, appointmentStart: string | null, appointmentEnd: string | null, completedAt: string | null, rating: number | null, createdAt: string, version: number, timeline: Array<{ at: string, action: string, fromState: string | null, toState: string, note: string | null }> } | null };

export type PartnerOrdersQueryVariables = Exact<{
  filter?: ServiceOrderFilter | null | undefined;
  skip?: number;
  take?: number;
}>;


export type PartnerOrdersQuery = { serviceOrders: { totalCount: number, items: Array<{ id: string, number: string, projectId: string, unitId: string, residentId: string | null, state: ServiceOrderState, serviceType: ServiceType, charge: OrderCharge, urgency: OrderUrgency, channel: OrderChannel, quoteTotalFen: number | null, amountDueFen: number, paidFen: number, appointmentStart: string | null, appointmentEnd: string | null, completedAt: string | null, rating: number | null, createdAt: string, version: number }> } };

export type PartnerFileComplaintMutationVariables = Exact<{
  input: RegisterComplaintInput;
}>;


export type PartnerFileComplaintMutation = { registerComplaint: { id: string, number: string, projectId: string, unitId: string | null, kind: ComplaintKind, category: number | null, severity: ComplaintSeverity | null, valid: boolean | null, responsibleDepartment: Department | null, state: string, channel: string, createdAt: string, resolvedAt: string | null, closedAt: string | null } };

export type PartnerComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerComplaintQuery = { complaint: { id: string, number: string, projectId: string, unitId: string | null, kind: ComplaintKind, category: number | null, severity: ComplaintSeverity | null, valid: boolean | null, responsibleDepartment: Department | null, state: string, channel: string, createdAt: string, resolvedAt: string | null, closedAt: string | null } | null };

export type PartnerComplaintStatisticsQueryVariables = Exact<{
  year: number;
  month: number;
  projectId?: string | number | null | undefined;
}>;


export type PartnerComplaintStatisticsQuery = { complaintStatistics: { total: { year: number, month: number, households: number, complaints: number, valid: number, suggestions: number, repeats: number, ratePer100HouseholdsBasisPoints: number | null, withinTarget: boolean, followUpsDone: number, followUpSatisfactionBasisPoints: number | null, bySeverity: Array<{ key: string, count: number }>, byCategory: Array<{ key: string, count: number }>, milestones: Array<{ milestone: string, decided: number, met: number, metRateBasisPoints: number | null }> } } };

export type PartnerMonthlyPnlQueryVariables = Exact<{
  filter: PnlFilter;
}>;


export type PartnerMonthlyPnlQuery = { pnlOverview: { total: { orders: number, revenueFen: number, costFen: number, marginFen: number, marginBasisPoints: number | null, status: PnlStatus }, byMonth: Array<{ month: string | null, orders: number, revenueFen: number, marginFen: number, status: PnlStatus }> } };

export type PartnerWebhookEndpointsQueryVariables = Exact<{
  skip?: number;
  take?: number;
}>;


export type PartnerWebhookEndpointsQuery = { webhookEndpoints: { totalCount: number, items: Array<{ id: string, apiKeyId: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, status: WebhookEndpointStatus, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string, version: number }> } };

export type PartnerRegisterWebhookMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;


export type PartnerRegisterWebhookMutation = { createWebhookEndpoint: { secret: string, endpoint: { id: string, apiKeyId: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, status: WebhookEndpointStatus, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string, version: number } } };

export type PartnerUpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;


export type PartnerUpdateWebhookMutation = { updateWebhookEndpoint: { id: string, apiKeyId: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, status: WebhookEndpointStatus, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string, version: number } };

export type PartnerRotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;


export type PartnerRotateWebhookSecretMutation = { rotateWebhookSecret: { secret: string, endpoint: { id: string, apiKeyId: string, url: string, description: string | null, events: Array<WebhookEventType>, enabled: boolean, status: WebhookEndpointStatus, failingSince: string | null, previousSecretExpiresAt: string | null, createdAt: string, version: number } } };

export type PartnerWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  status?: WebhookDeliveryStatus | null | undefined;
  skip?: number;
  take?: number;
}>;


export type PartnerWebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, items: Array<{ id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, lastResponseCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string }> } };

export type PartnerResendWebhookDeliveryMutationVariables = Exact<{
  id: string | number;
}>;


export type PartnerResendWebhookDeliveryMutation = { resendWebhookDelivery: { id: string, endpointId: string, eventId: string, eventType: WebhookEventType, status: WebhookDeliveryStatus, attempts: number, lastAttemptAt: string | null, lastResponseCode: number | null, lastError: string | null, nextAttemptAt: string | null, deliveredAt: string | null, createdAt: string } };

export type PartnerOpenSurveysQueryVariables = Exact<{
  projectId: string | number;
}>;


export type PartnerOpenSurveysQuery = { satisfactionSurveys: { totalCount: number, items: Array<{ id: string, projectId: string, period: string, title: string, opensOn: string, closesOn: string, distributed: number, returned: number, items: Array<{ code: string, zh: string, en: string }> }> } };

export type PartnerSubmitSurveyResponseMutationVariables = Exact<{
  input: SubmitSurveyResponseInput;
}>;


export type PartnerSubmitSurveyResponseMutation = { submitSurveyResponse: { id: string, surveyId: string, unitId: string, source: string, createdAt: string } };

export const PartnerOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quoteTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerOrderFragment, unknown>;
export const PartnerComplaintFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PartnerComplaintFragment, unknown>;
export const PartnerWebhookEndpointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerWebhookEndpointFragment, unknown>;
export const PartnerWebhookDeliveryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PartnerWebhookDeliveryFragment, unknown>;
export const PartnerViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerViewerQuery, PartnerViewerQueryVariables>;
export const PartnerUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"building"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerUnitsQuery, PartnerUnitsQueryVariables>;
export const PartnerPublishedCatalogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPublishedCatalog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedPriceList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"approvalRef"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"catalogItemId"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"priceFen"}},{"kind":"Field","name":{"kind":"Name","value":"minFen"}},{"kind":"Field","name":{"kind":"Name","value":"maxFen"}},{"kind":"Field","name":{"kind":"Name","value":"priceText"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPublishedCatalogQuery, PartnerPublishedCatalogQueryVariables>;
export const PartnerFileOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerFileOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quoteTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerFileOrderMutation, PartnerFileOrderMutationVariables>;
export const PartnerOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quoteTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerOrderQuery, PartnerOrderQueryVariables>;
export const PartnerOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceOrder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"residentId"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"charge"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"quoteTotalFen"}},{"kind":"Field","name":{"kind":"Name","value":"amountDueFen"}},{"kind":"Field","name":{"kind":"Name","value":"paidFen"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentStart"}},{"kind":"Field","name":{"kind":"Name","value":"appointmentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerOrdersQuery, PartnerOrdersQueryVariables>;
export const PartnerFileComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerFileComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PartnerFileComplaintMutation, PartnerFileComplaintMutationVariables>;
export const PartnerComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerComplaint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerComplaint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleDepartment"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]} as unknown as DocumentNode<PartnerComplaintQuery, PartnerComplaintQueryVariables>;
export const PartnerComplaintStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerComplaintStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"}},{"kind":"Field","name":{"kind":"Name","value":"repeats"}},{"kind":"Field","name":{"kind":"Name","value":"ratePer100HouseholdsBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"withinTarget"}},{"kind":"Field","name":{"kind":"Name","value":"bySeverity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestone"}},{"kind":"Field","name":{"kind":"Name","value":"decided"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"metRateBasisPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpsDone"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSatisfactionBasisPoints"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerComplaintStatisticsQuery, PartnerComplaintStatisticsQueryVariables>;
export const PartnerMonthlyPnlDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerMonthlyPnl"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PnlFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pnlOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"revenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"costFen"}},{"kind":"Field","name":{"kind":"Name","value":"marginFen"}},{"kind":"Field","name":{"kind":"Name","value":"marginBasisPoints"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"orders"}},{"kind":"Field","name":{"kind":"Name","value":"revenueFen"}},{"kind":"Field","name":{"kind":"Name","value":"marginFen"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerMonthlyPnlQuery, PartnerMonthlyPnlQueryVariables>;
export const PartnerWebhookEndpointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWebhookEndpoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEndpoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerWebhookEndpointsQuery, PartnerWebhookEndpointsQueryVariables>;
export const PartnerRegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerRegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerRegisterWebhookMutation, PartnerRegisterWebhookMutationVariables>;
export const PartnerUpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerUpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookEndpointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhookEndpoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookEndpoint"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerUpdateWebhookMutation, PartnerUpdateWebhookMutationVariables>;
export const PartnerRotateWebhookSecretDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerRotateWebhookSecret"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RotateWebhookSecretInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateWebhookSecret"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"endpoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookEndpoint"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookEndpoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEndpoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"apiKeyId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failingSince"}},{"kind":"Field","name":{"kind":"Name","value":"previousSecretExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<PartnerRotateWebhookSecretMutation, PartnerRotateWebhookSecretMutationVariables>;
export const PartnerWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"0"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"25"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"endpointId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endpointId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookDelivery"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PartnerWebhookDeliveriesQuery, PartnerWebhookDeliveriesQueryVariables>;
export const PartnerResendWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerResendWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerWebhookDelivery"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerWebhookDelivery"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endpointId"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastResponseCode"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PartnerResendWebhookDeliveryMutation, PartnerResendWebhookDeliveryMutationVariables>;
export const PartnerOpenSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOpenSurveys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"satisfactionSurveys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"state"},"value":{"kind":"EnumValue","value":"OPEN"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"distributed"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOpenSurveysQuery, PartnerOpenSurveysQueryVariables>;
export const PartnerSubmitSurveyResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PartnerSubmitSurveyResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitSurveyResponseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSurveyResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PartnerSubmitSurveyResponseMutation, PartnerSubmitSurveyResponseMutationVariables>;