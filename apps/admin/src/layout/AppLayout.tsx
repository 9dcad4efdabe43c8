import type { ReactNode } from 'react';
import { AppBar, Layout, LoadingIndicator, LocalesMenuButton } from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';

/** react-admin's toolbar (language, loading) with the notification bell in front. */
const Toolbar = () => (
  <>
    <NotificationBell />
    <LocalesMenuButton />
    <LoadingIndicator />
  </>
);

const WuyeAppBar = () => <AppBar toolbar={<Toolbar />} />;

/** The standard layout; only the app bar gains the bell. */
export const AppLayout = ({ children }: { children: ReactNode }) => <Layout appBar={WuyeAppBar}>{children}</Layout>;
