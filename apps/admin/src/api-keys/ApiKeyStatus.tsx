import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKeyFieldsFragment } from '@wuye/schema';

export const ApiKeyStatus = () => {
  const key = useRecordContext<ApiKeyFieldsFragment>();
  const translate = useTranslate();
  if (!key) return null;
  return key.revokedAt ? (
    <Chip size="small" label={translate('resources.apiKeys.status.revoked')} />
  ) : (
    <Chip size="small" color="success" label={translate('resources.apiKeys.status.active')} />
  );
};
