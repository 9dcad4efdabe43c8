import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { Identity } from '../authProvider';
import { RoleChips } from '../staff-users/RoleChips';

/** Landing page: who is signed in, for which company, in which roles. */
const Dashboard = () => {
  const { data, isPending } = useGetIdentity();
  const translate = useTranslate();
  if (isPending || !data) return <Loading />;
  const { viewer } = data as Identity;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            {viewer.user
              ? translate('app.dashboard.greeting', { name: viewer.user.name })
              : translate('app.dashboard.apiKeyViewer', { name: viewer.apiKey?.name ?? '' })}
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
  );
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
