import { CatalogItem } from '../modules/catalog/catalog-item.entity.js';
import { PriceListEntry } from '../modules/catalog/price-list-entry.entity.js';
import { PriceList } from '../modules/catalog/price-list.entity.js';
import { DepositAccount } from '../modules/orders/deposit-account.entity.js';
import { DepositTransaction } from '../modules/orders/deposit-transaction.entity.js';
import { MaterialRequisition } from '../modules/orders/material-requisition.entity.js';
import { OrderEvent } from '../modules/orders/order-event.entity.js';
import { Notification } from '../modules/notifications/notification.entity.js';
import { CompanySettings } from '../modules/settings/company-settings.entity.js';
import { FollowUp } from '../modules/follow-ups/follow-up.entity.js';
import { Nonconformity } from '../modules/nonconformities/nonconformity.entity.js';
import { PnlItemMonth } from '../modules/profitability/pnl-item-month.entity.js';
import { LossDecision } from '../modules/profitability/loss-decision.entity.js';
import { Commendation, PenaltyEntry } from '../modules/kpi/penalty-entry.entity.js';
import { KpiMonth } from '../modules/kpi/kpi-month.entity.js';
import { ChecklistItem } from '../modules/inspections/checklist-item.entity.js';
import { InspectionPost } from '../modules/inspections/inspection-post.entity.js';
import { Subcontractor } from '../modules/inspections/subcontractor.entity.js';
import { Inspection, InspectionFinding } from '../modules/inspections/inspection.entity.js';
import { InspectionReport } from '../modules/inspections/inspection-report.entity.js';
import { SatisfactionSurvey, SurveyAction, SurveyResponse } from '../modules/surveys/survey.entity.js';
import { HousekeeperAppraisal } from '../modules/appraisals/housekeeper-appraisal.entity.js';
import { VacantUnitCheck } from '../modules/appraisals/vacant-unit-check.entity.js';
import { Payment } from '../modules/orders/payment.entity.js';
import { QuoteLine } from '../modules/orders/quote-line.entity.js';
import { ServiceOrder } from '../modules/orders/service-order.entity.js';
import { Sequence } from '../modules/sequences/sequence.entity.js';
import { MonthlyStatement } from '../modules/statements/monthly-statement.entity.js';
import { StatementAdjustment } from '../modules/statements/statement-adjustment.entity.js';
import { ServiceAgreement } from '../modules/agreements/agreement.entity.js';
import { Complaint } from '../modules/complaints/complaint.entity.js';
import { ApiKey } from '../modules/api-keys/api-key.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { Company } from '../modules/company/company.entity.js';
import { Building } from '../modules/projects/building.entity.js';
import { Project } from '../modules/projects/project.entity.js';
import { Unit } from '../modules/projects/unit.entity.js';
import { Resident } from '../modules/residents/resident.entity.js';
import { StaffUser } from '../modules/staff/staff-user.entity.js';
import { TenantEntity, VersionedEntity } from './base.entity.js';
import { PricedEntity } from '../modules/catalog/priced.entity.js';
import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity.js';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity.js';
import { WebhookEvent } from '../modules/webhooks/webhook-event.entity.js';

/** Listed explicitly: no folder scanning, so the compiled and the test build see the same set. */
export const ENTITIES = [TenantEntity, VersionedEntity, PricedEntity, Company, Project, Building, Unit, Resident, StaffUser, ApiKey, AuditEntry, CatalogItem, PriceList, PriceListEntry,
  Sequence, ServiceOrder, OrderEvent, QuoteLine, Payment, DepositAccount, DepositTransaction, MaterialRequisition, MonthlyStatement, StatementAdjustment, ServiceAgreement, Complaint, Notification, CompanySettings, FollowUp, Nonconformity, PnlItemMonth, LossDecision, PenaltyEntry, Commendation,
  KpiMonth, ChecklistItem, InspectionPost, Subcontractor, Inspection, InspectionFinding, InspectionReport, SatisfactionSurvey, SurveyResponse, SurveyAction,
  HousekeeperAppraisal, VacantUnitCheck, WebhookEndpoint, WebhookEvent, WebhookDelivery];
