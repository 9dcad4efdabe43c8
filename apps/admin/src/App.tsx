import { Admin, Resource } from 'react-admin';
import { apiKeys } from './api-keys';
import { auditEntries } from './audit-entries';
import { authProvider } from './authProvider';
import { buildings } from './buildings';
import { catalogItems } from './catalog-items';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { LoginPage } from './layout/LoginPage';
import { priceListReviews } from './price-list-reviews';
import { priceLists } from './price-lists';
import { projects } from './projects';
import { residents } from './residents';
import { endOfDayReview, myOrders, serviceOrders } from './service-orders';
import { staffUsers } from './staff-users';
import { units } from './units';

// Menu entries and create/edit buttons follow authProvider.canAccess (the viewer's permissions).
export const App = () => (
  <Admin
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Dashboard}
    loginPage={LoginPage}
    requireAuth
    disableTelemetry
  >
    {[serviceOrders, myOrders, endOfDayReview, projects, buildings, units, residents, catalogItems, priceLists, priceListReviews, staffUsers, apiKeys, auditEntries].map((props) => (
      <Resource key={props.name} {...props} />
    ))}
  </Admin>
);
