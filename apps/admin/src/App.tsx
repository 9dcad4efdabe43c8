import { Admin, Resource } from 'react-admin';
import { apiKeys } from './api-keys';
import { housekeeperAppraisals } from './appraisals';
import { auditEntries } from './audit-entries';
import { authProvider } from './authProvider';
import { buildings } from './buildings';
import { catalogItems } from './catalog-items';
import { complaintStats } from './complaint-stats';
import { complaints } from './complaints';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { depositAccounts } from './deposit-accounts';
import { inspectionFindings, myFindings } from './findings';
import { followUps } from './follow-ups';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/AppLayout';
import { inspectionReports } from './inspection-reports';
import { inspectionPlan, inspections, inspectionSetup } from './inspections';
import { projectKpis } from './kpi-dashboard';
import { LoginPage } from './layout/LoginPage';
import { lossDecisions } from './loss-decisions';
import { monthlyStatements } from './monthly-statements';
import { nonconformities } from './nonconformities';
import { notifications } from './notifications';
import { payments } from './payments';
import { monthlyScores, penaltyEntries } from './penalties';
import { pnlOverview } from './pnl-overview';
import { priceListReviews } from './price-list-reviews';
import { priceLists } from './price-lists';
import { profitability } from './profitability';
import { projects } from './projects';
import { materialRequisitions } from './requisitions';
import { residents } from './residents';
import { myScorecard } from './scorecard';
import { endOfDayReview, myOrders, serviceOrders } from './service-orders';
import { companySettings } from './settings';
import { staffUsers } from './staff-users';
import { satisfactionSurveys } from './surveys';
import { units } from './units';
import { vacantUnits } from './vacant-units';
import { webhookEndpoints } from './webhook-endpoints';

// Menu entries and create/edit buttons follow authProvider.canAccess (the viewer's permissions).
// The landing page is the KPI dashboard for those who review performance (see dashboard/).
export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    layout={AppLayout}
    requireAuth
    disableTelemetry
  >
    {[
      serviceOrders,
      myOrders,
      endOfDayReview,
      complaints,
      followUps,
      nonconformities,
      complaintStats,
      // 考核与品质: one's own score first, then judging, inspections, surveys and appraisals.
      myScorecard,
      myFindings,
      penaltyEntries,
      monthlyScores,
      inspections,
      inspectionFindings,
      inspectionPlan,
      inspectionReports,
      satisfactionSurveys,
      housekeeperAppraisals,
      vacantUnits,
      inspectionSetup,
      projectKpis,
      materialRequisitions,
      notifications,
      payments,
      depositAccounts,
      monthlyStatements,
      projects,
      buildings,
      units,
      residents,
      catalogItems,
      priceLists,
      priceListReviews,
      profitability,
      lossDecisions,
      pnlOverview,
      staffUsers,
      apiKeys,
      webhookEndpoints,
      auditEntries,
      companySettings,
    ].map((props) => (
      <Resource key={props.name} {...props} />
    ))}
  </Admin>
);
