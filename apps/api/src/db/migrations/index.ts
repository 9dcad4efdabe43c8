import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125111200_InitialFoundation } from './Migration20261125111200_InitialFoundation.js';
import { Migration20261125112608_Catalog } from './Migration20261125112608_Catalog.js';
import { Migration20261125120351_ServiceOrders } from './Migration20261125120351_ServiceOrders.js';
import { Migration20261125122005_RequisitionsEndOfDay } from './Migration20261125122005_RequisitionsEndOfDay.js';
import { Migration20261125123111_MonthlyStatements } from './Migration20261125123111_MonthlyStatements.js';
import { Migration20261125123442_Agreements } from './Migration20261125123442_Agreements.js';
import { Migration20261125124853_Complaints } from './Migration20261125124853_Complaints.js';
import { Migration20261125134512_Notifications } from './Migration20261125134512_Notifications.js';
import { Migration20261125140442_ComplaintsFollowUpsSettings } from './Migration20261125140442_ComplaintsFollowUpsSettings.js';
import { Migration20261125142412_Profitability } from './Migration20261125142412_Profitability.js';
import { Migration20261125150355_KpiPenalties } from './Migration20261125150355_KpiPenalties.js';
import { Migration20261206033640_KpiQuality } from './Migration20261206033640_KpiQuality.js';
import { Migration20261206035651_VacantUnitChecks } from './Migration20261206035651_VacantUnitChecks.js';
import { Migration20261206041312_WebhookEvents } from './Migration20261206041312_WebhookEvents.js';
import { Migration20261206041916_ApiKeyRotation } from './Migration20261206041916_ApiKeyRotation.js';
import { Migration20261206044937_PerformanceIndexes } from './Migration20261206044937_PerformanceIndexes.js';
import { Migration20261206061305_ServiceLevelIndexes } from './Migration20261206061305_ServiceLevelIndexes.js';

/** Every committed migration, in order. `npm run migration:create -w @wuye/api` regenerates this file. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261125111200_InitialFoundation', class: Migration20261125111200_InitialFoundation },
  { name: 'Migration20261125112608_Catalog', class: Migration20261125112608_Catalog },
  { name: 'Migration20261125120351_ServiceOrders', class: Migration20261125120351_ServiceOrders },
  { name: 'Migration20261125122005_RequisitionsEndOfDay', class: Migration20261125122005_RequisitionsEndOfDay },
  { name: 'Migration20261125123111_MonthlyStatements', class: Migration20261125123111_MonthlyStatements },
  { name: 'Migration20261125123442_Agreements', class: Migration20261125123442_Agreements },
  { name: 'Migration20261125124853_Complaints', class: Migration20261125124853_Complaints },
  { name: 'Migration20261125134512_Notifications', class: Migration20261125134512_Notifications },
  { name: 'Migration20261125140442_ComplaintsFollowUpsSettings', class: Migration20261125140442_ComplaintsFollowUpsSettings },
  { name: 'Migration20261125142412_Profitability', class: Migration20261125142412_Profitability },
  { name: 'Migration20261125150355_KpiPenalties', class: Migration20261125150355_KpiPenalties },
  { name: 'Migration20261206033640_KpiQuality', class: Migration20261206033640_KpiQuality },
  { name: 'Migration20261206035651_VacantUnitChecks', class: Migration20261206035651_VacantUnitChecks },
  { name: 'Migration20261206041312_WebhookEvents', class: Migration20261206041312_WebhookEvents },
  { name: 'Migration20261206041916_ApiKeyRotation', class: Migration20261206041916_ApiKeyRotation },
  { name: 'Migration20261206044937_PerformanceIndexes', class: Migration20261206044937_PerformanceIndexes },
  { name: 'Migration20261206061305_ServiceLevelIndexes', class: Migration20261206061305_ServiceLevelIndexes },
];
