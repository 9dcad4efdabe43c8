import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKeyFieldsFragment } from '@wuye/schema';
import { useChinaTime } from '../common/DateTimeField';

export const ApiKeyStatus = () => {
  const key = useRecordContext<ApiKeyFieldsFragment>();
  const translate = useTranslate();
  const time = useChinaTime();
  if (!key) return null;
  if (key.revokedAt) return <Chip size="small" label={translate('resources.apiKeys.status.revoked')} />;
  if (key.expiresAt && new Date(key.expiresAt) <= new Date()) return <Chip size="small" label={translate('resources.apiKeys.status.expired')} />;
  if (key.expiresAt) {
    return <Chip size="small" color="warning" label={translate('resources.apiKeys.status.expiring', { until: time(key.expiresAt) })} />;
  }
  return <Chip size="small" color="success" label={translate('resources.apiKeys.status.active')} />;
};
