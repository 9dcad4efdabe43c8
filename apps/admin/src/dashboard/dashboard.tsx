import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { KpiDashboardPage } from '../kpi-dashboard';
import { MyMonthCard } from '../scorecard';
import { RoleChips } from '../staff-users/RoleChips';

/** Who is signed in, for which company, in which roles; this month's score for staff. */
const Welcome = ({ identity, showScore }: { identity: Identity; showScore: boolean }) => {
  const translate = useTranslate();
  const { viewer } = identity;
  return (
    <>
      <Card sx={{ mt: 2 }}>
        <Title title="ra.page.dashboard" />
        <CardContent>
          <Stack spacing={2}>
            <Typography variant="h5" component="h1">
              {viewer.user ? translate('app.dashboard.greeting', { name: viewer.user.name }) : translate('app.dashboard.apiKeyViewer', { name: viewer.apiKey?.name ?? '' })}
            </Typography>
            <Section label={translate('app.dashboard.company')}>
              <Typography>{viewer.company.name}</Typography>
            </Section>
            <Section label={translate('app.dashboard.roles')}>
              {viewer.roles.length ? <RoleChips roles={viewer.roles} /> : <Typography>{translate('app.dashboard.noRoles')}</Typography>}
            </Section>
            <Section label={translate('app.dashboard.projects')}>
              <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap">
                {viewer.projects.map((p) => (
                  <Chip key={p.id} size="small" variant="outlined" label={`${p.code} ${p.name}`} />
                ))}
              </Stack>
            </Section>
          </Stack>
        </CardContent>
      </Card>
      {showScore && <MyMonthCard />}
    </>
  );
};

/**
 * Landing page. Those who review performance (GM, project managers, supervisors, quality: kpi.read)
 * land on the KPI dashboard of the projects the API lets them see; other staff on who they are and
 * this month's score, with the way to 我的考核.
 */
const Dashboard = () => {
  const { data, isPending } = useGetIdentity();
  const { permissions, isPending: permissionsPending } = usePermissions<string[]>();
  if (isPending || permissionsPending || !data) return <Loading />;
  const granted = Array.isArray(permissions) ? permissions : [];
  if (granted.includes('kpi.read')) return <KpiDashboardPage />;
  return <Welcome identity={data as Identity} showScore={granted.includes('kpi.own') && !!(data as Identity).viewer.user} />;
};

const Section = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div>
    <Typography variant="overline" color="text.secondary">
      {label}
    </Typography>
    {children}
  </div>
);

export default Dashboard;
