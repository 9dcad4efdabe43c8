import WebhookIcon from '@mui/icons-material/Webhook';
import type { ApiKeyFieldsFragment } from '@wuye/schema';
import { Button, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';

/** The key's webhook endpoints: the endpoint list filtered to it. */
export const KeyWebhooksLink = () => {
  const key = useRecordContext<ApiKeyFieldsFragment>();
  if (!key) return null;
  const search = `filter=${encodeURIComponent(JSON.stringify({ apiKeyId: key.id }))}`;
  return <Button component={Link} to={{ pathname: '/webhookEndpoints', search }} label="resources.apiKeys.webhooks" startIcon={<WebhookIcon />} />;
};
