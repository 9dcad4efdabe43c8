import { HttpError, type DataProvider, type Identifier, type RaRecord } from 'react-admin';
import type { ResourceAdapter } from './adapter';
import { apiKeys, revokeApiKey, rotateApiKey } from './resources/api-keys';
import { auditEntries } from './resources/audit-entries';
import { buildings } from './resources/buildings';
import { catalogItems } from './resources/catalog-items';
import { appraisalActions, type AppraisalActions } from './resources/appraisals';
import { complaintActions, complaintAdapters, type ComplaintActions } from './resources/complaints';
import { depositAccounts, depositActions, type DepositActions } from './resources/deposit-accounts';
import { inspectionActions, inspectionFindings, inspectionReports, inspections, myFindings, type InspectionActions } from './resources/inspections';
import { kpiActions, penaltyEntries, type KpiActions } from './resources/kpi';
import { monthlyStatements, statementActions, type StatementActions } from './resources/monthly-statements';
import { notificationActions, notifications, type NotificationActions } from './resources/notifications';
import { payments } from './resources/payments';
import { priceListActions, priceListReviews, priceLists, type PriceListActions } from './resources/price-lists';
import { profitabilityActions, type ProfitabilityActions } from './resources/profitability';
import { projects } from './resources/projects';
import { materialRequisitions, requisitionActions, type RequisitionActions } from './resources/requisitions';
import { residents } from './resources/residents';
import { endOfDayReview, serviceOrderActions, serviceOrders, type ServiceOrderActions } from './resources/service-orders';
import { staffUsers } from './resources/staff-users';
import { satisfactionSurveys, surveyActions, type SurveyActions } from './resources/surveys';
import { units } from './resources/units';
import { webhookActions, webhookDeliveries, webhookEndpoints, type WebhookActions } from './resources/webhook-endpoints';

const pageOnly: ResourceAdapter = { getList: async () => ({ data: [], total: 0 }) };

const adapters: Record<string, ResourceAdapter> = {
  projects,
  buildings,
  units,
  residents,
  catalogItems,
  priceLists,
  priceListReviews,
  staffUsers,
  apiKeys,
  auditEntries,
  serviceOrders,
  endOfDayReview,
  materialRequisitions,
  payments,
  depositAccounts,
  monthlyStatements,
  notifications,
  webhookEndpoints,
  webhookDeliveries,
  ...complaintAdapters,
  penaltyEntries,
  inspections,
  inspectionFindings,
  myFindings,
  inspectionReports,
  satisfactionSurveys,
  // Pages of their own (dashboards, forms) that list no records through react-admin.
  ...Object.fromEntries(['myScorecard', 'monthlyScores', 'inspectionPlan', 'inspectionSetup', 'housekeeperAppraisals', 'vacantUnits'].map((name) => [name, pageOnly])),
};

const unsupported = () => new HttpError('app.errors.notSupported', 405);

function method<M extends keyof ResourceAdapter>(resource: string, name: M): NonNullable<ResourceAdapter[M]> {
  const fn = adapters[resource]?.[name];
  if (!fn) throw unsupported();
  return fn;
}

async function getOne(resource: string, id: Identifier, meta?: Record<string, unknown>): Promise<RaRecord> {
  const record = await method(resource, 'getOne')(id, meta);
  if (!record) throw new HttpError('ra.notification.item_doesnt_exist', 404);
  return record;
}

export type WuyeDataProvider = DataProvider & {
  revokeApiKey: typeof revokeApiKey;
  rotateApiKey: typeof rotateApiKey;
} & PriceListActions &
  ProfitabilityActions &
  ServiceOrderActions &
  RequisitionActions &
  DepositActions &
  StatementActions &
  NotificationActions &
  ComplaintActions &
  WebhookActions &
  KpiActions &
  InspectionActions &
  SurveyActions &
  AppraisalActions;

/**
 * Maps react-admin calls onto the typed GraphQL operations. Deleting is not part of the
 * contract; the one destructive action, revoking an API key, is `revokeApiKey`. The price-list
 * workflow steps (submit, approve, publish, …), the service-order steps (quote, consent,
 * dispatch, …), requisitions, deposits, statements, the notification inbox, webhook endpoints and the KPI
 * and quality screens' steps are methods of their own.
 */
export const dataProvider: WuyeDataProvider = {
  getList: async (resource, params) => (await method(resource, 'getList')(params)) as never,
  getOne: async (resource, { id, meta }) => ({ data: (await getOne(resource, id, meta)) as never }),
  // The API has no "by ids" filter: fetch the few referenced records in parallel.
  getMany: async (resource, { ids }) => ({ data: (await Promise.all(ids.map((id) => getOne(resource, id)))) as never }),
  getManyReference: async (resource, { target, id, filter, ...params }) =>
    (await method(resource, 'getList')({ ...params, filter: { ...filter, [target]: id } })) as never,
  create: async (resource, { data }) => ({ data: (await method(resource, 'create')(data)) as never }),
  update: async (resource, params) => ({ data: (await method(resource, 'update')(params)) as never }),
  updateMany: () => Promise.reject(unsupported()),
  delete: () => Promise.reject(unsupported()),
  deleteMany: () => Promise.reject(unsupported()),
  revokeApiKey,
  rotateApiKey,
  ...priceListActions,
  ...profitabilityActions,
  ...serviceOrderActions,
  ...requisitionActions,
  ...depositActions,
  ...statementActions,
  ...notificationActions,
  ...complaintActions,
  ...webhookActions,
  ...kpiActions,
  ...inspectionActions,
  ...surveyActions,
  ...appraisalActions,
};
