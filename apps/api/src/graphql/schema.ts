import 'reflect-metadata';
import { GraphQLDateTime } from 'graphql-scalars';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { rejectUnusableArguments } from './text-input.js';
import { ApiKeyResolver } from '../modules/api-keys/api-keys.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { CatalogItemResolver, PriceListEntryResolver, PriceListResolver } from '../modules/catalog/catalog.resolver.js';
import { ServiceOrderResolver } from '../modules/orders/orders.resolver.js';
import { PaymentResolver } from '../modules/orders/payments.resolver.js';
import { DepositAccountResolver, DepositTransactionResolver } from '../modules/orders/deposits.resolver.js';
import { OrderRequisitionsResolver, RequisitionResolver } from '../modules/orders/requisitions.resolver.js';
import { StatementResolver } from '../modules/statements/statements.resolver.js';
import { AgreementResolver } from '../modules/agreements/agreements.resolver.js';
import { ComplaintResolver } from '../modules/complaints/complaints.resolver.js';
import { NotificationResolver } from '../modules/notifications/notifications.resolver.js';
import { SettingsResolver } from '../modules/settings/settings.resolver.js';
import { FollowUpResolver } from '../modules/follow-ups/follow-ups.resolver.js';
import { NonconformityResolver } from '../modules/nonconformities/nonconformities.resolver.js';
import { LossDecisionResolver, ProfitabilityResolver } from '../modules/profitability/profitability.resolver.js';
import { KpiResolver, StaffScoreResolver } from '../modules/kpi/kpi.resolver.js';
import { InspectionFindingResolver, InspectionResolver } from '../modules/inspections/inspections.resolver.js';
import { SurveyActionResolver, SurveyResolver, SurveyResponseResolver } from '../modules/surveys/surveys.resolver.js';
import { AppraisalResolver } from '../modules/appraisals/appraisals.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { BuildingResolver, ProjectResolver, UnitResolver } from '../modules/projects/projects.resolver.js';
import { ResidentResolver, UnitResidentsResolver } from '../modules/residents/residents.resolver.js';
import { RoleAssignmentResolver, StaffResolver } from '../modules/staff/staff.resolver.js';
import {
  ComplaintPhoneResolver,
  FollowUpPhoneResolver,
  ResidentPhoneResolver,
  RevealPhoneResolver,
  ServiceOrderPhoneResolver,
} from '../modules/privacy/privacy.resolver.js';
import { WebhookEndpointResolver } from '../modules/webhooks/webhooks.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  ProjectResolver,
  BuildingResolver,
  UnitResolver,
  ResidentResolver,
  UnitResidentsResolver,
  StaffResolver,
  RoleAssignmentResolver,
  ApiKeyResolver,
  AuditResolver,
  CatalogItemResolver,
  PriceListResolver,
  PriceListEntryResolver,
  ServiceOrderResolver,
  PaymentResolver,
  DepositAccountResolver,
  DepositTransactionResolver,
  RequisitionResolver,
  OrderRequisitionsResolver,
  StatementResolver,
  AgreementResolver,
  ComplaintResolver,
  NotificationResolver,
  SettingsResolver,
  FollowUpResolver,
  NonconformityResolver,
  ProfitabilityResolver,
  LossDecisionResolver,
  KpiResolver,
  StaffScoreResolver,
  InspectionResolver,
  InspectionFindingResolver,
  SurveyResolver,
  SurveyResponseResolver,
  SurveyActionResolver,
  AppraisalResolver,
  ResidentPhoneResolver,
  ServiceOrderPhoneResolver,
  ComplaintPhoneResolver,
  FollowUpPhoneResolver,
  RevealPhoneResolver,
  WebhookEndpointResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** Built once per process: type-graphql's metadata is global. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    // Args and inputs are validated with class-validator; objects without decorators are allowed.
    validate: { forbidUnknownValues: false },
    scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
    emitSchemaFile: false,
    globalMiddlewares: [rejectUnusableArguments],
  });
  return built;
}
