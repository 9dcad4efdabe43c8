import { Admin, Resource } from 'react-admin';
import { apiKeys } from './api-keys';
import { auditEntries } from './audit-entries';
import { authProvider } from './authProvider';
import { buildings } from './buildings';
import { Dashboard } from './dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { LoginPage } from './layout/LoginPage';
import { projects } from './projects';
import { residents } from './residents';
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
    {[projects, buildings, units, residents, staffUsers, apiKeys, auditEntries].map((props) => (
      <Resource key={props.name} {...props} />
    ))}
  </Admin>
);
