/**
 * The emitted schema lists enum values alphabetically; select lists follow the order people
 * know from the procedures instead (总经理 first). Values missing here still appear, last.
 */
const DISPLAY_ORDER: Record<string, readonly string[]> = {
  Role: ['GENERAL_MANAGER', 'PROJECT_MANAGER', 'SUPERVISOR', 'FRONT_DESK', 'WORKER', 'FINANCE', 'QUALITY', 'HOUSEKEEPER', 'ENGINEERING'],
  Department: ['CUSTOMER_SERVICE', 'ENGINEERING', 'CLEANING', 'GREENING', 'SECURITY'],
  ProjectKind: ['RESIDENTIAL', 'OFFICE'],
  ResidentKind: ['OWNER', 'TENANT', 'OCCUPANT'],
  CatalogItemKind: ['PAID', 'FREE'],
  PricingMode: ['FIXED', 'RANGE', 'WORKLOAD', 'FREE', 'UNSET'],
  PriceListState: ['DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PUBLISHED', 'SUPERSEDED'],
  DraftSource: ['PUBLISHED', 'TEMPLATE'],
  ServiceOrderState: ['REGISTERED', 'QUOTED', 'ACCEPTED', 'DISPATCHED', 'ASSIGNED', 'IN_PROGRESS', 'COMPLETED', 'SETTLED', 'CLOSED', 'DECLINED', 'CANCELLED', 'REJECTED'],
  OrderUrgency: ['NORMAL', 'EMERGENCY'],
  OrderChannel: ['PHONE', 'WALK_IN', 'APP'],
  OrderCharge: ['PAID', 'FREE'],
  ServiceType: ['REPAIR', 'CLEANING', 'ERRAND', 'HOUSEKEEPING', 'OTHER'],
  ConsentMethod: ['IN_PERSON', 'PAPER_SIGNATURE', 'PHONE', 'APP'],
  PaymentMethod: ['CASH', 'QR', 'DEPOSIT', 'PREPAID', 'STATEMENT'],
  ComplaintKind: ['COMPLAINT', 'SUGGESTION'],
  ComplaintSeverity: ['GENERAL', 'SERIOUS', 'MAJOR'],
  ComplaintPauseReason: ['WAITING_ON_RESIDENT', 'WAITING_ON_OUTSIDE_PARTY'],
  FollowUpState: ['PLANNED', 'VISITED', 'NOT_SAMPLED'],
  FollowUpRating: ['SATISFIED', 'FAIRLY_SATISFIED', 'DISSATISFIED'],
  FollowUpSubject: ['COMPLAINT', 'HOUSEHOLD_REPAIR', 'ENGINEERING_WORKS', 'EMERGENCY_ASSISTANCE', 'ACTIVITY_SURVEY', 'SPECIAL_INCIDENT'],
  ResolutionBase: ['WORKING_HOURS', 'CLOCK_HOURS'],
  PenaltyRule: ['PROCEDURE_VIOLATION', 'SUBJECTIVE_DELAY', 'DISSATISFIED_AT_ACCEPTANCE', 'CAUSED_COMPLAINT', 'PRIVATE_CHARGING'],
  PenaltyState: ['PROPOSED', 'CONFIRMED', 'APPEALED', 'UPHELD', 'OVERTURNED', 'DISMISSED'],
  CommendationKind: ['RESIDENT_PRAISE', 'OUTSTANDING_SERVICE'],
  InspectionLevel: ['DAILY', 'WEEKLY', 'MONTHLY', 'HALF_YEARLY_AUDIT'],
  NonconformityClass: ['SERIOUS', 'GENERAL', 'MINOR'],
  FindingState: ['OPEN', 'ACKNOWLEDGED', 'CORRECTING', 'AWAITING_VERIFICATION', 'VERIFIED'],
  InspectionReportState: ['DRAFT', 'SUBMITTED', 'APPROVED'],
  SurveyState: ['OPEN', 'CLOSED'],
  SurveyFrequency: ['YEARLY', 'HALF_YEARLY'],
  ApiScope: ['CATALOG_READ', 'ORDERS_READ', 'ORDERS_WRITE', 'COMPLAINTS_READ', 'COMPLAINTS_WRITE', 'SURVEYS_WRITE', 'REPORTS_READ'],
  WebhookEventType: ['ORDER_STATUS_CHANGED', 'ORDER_COMPLETED', 'COMPLAINT_CREATED', 'COMPLAINT_SLA_BREACHED', 'COMPLAINT_RESOLVED', 'PRICE_LIST_PUBLISHED', 'SURVEY_RESPONSE_RECEIVED'],
};

const rank = (enumName: string, value: string) => {
  const i = DISPLAY_ORDER[enumName]?.indexOf(value) ?? -1;
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
};

/** Select choices for a generated GraphQL enum; labels are the `enums.<Enum>.<VALUE>` keys. */
export const enumChoices = (enumName: string, values: Record<string, string>) =>
  Object.values(values)
    .sort((a, b) => rank(enumName, a) - rank(enumName, b))
    .map((value) => ({ id: value, name: `enums.${enumName}.${value}` }));

/** Sort enum values (e.g. a key's scopes) in display order. */
export const inDisplayOrder = (enumName: string, values: readonly string[]) =>
  [...values].sort((a, b) => rank(enumName, a) - rank(enumName, b));
