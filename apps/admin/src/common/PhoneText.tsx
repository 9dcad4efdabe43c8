import VisibilityIcon from '@mui/icons-material/Visibility';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { isMaskedPhone } from '@wuye/domain';
import { RevealPhoneDocument, type PhoneSubject } from '@wuye/schema';
import { request } from '../dataProvider/graphql-client';
import { useHasPermission } from './use-has-permission';

type Props = { phone: string | null | undefined; subject: PhoneSubject; id: string };

/**
 * A resident's number as the API gives it: in full for those who call residents, 138****5678
 * for others, who may reveal it (the API records that in the audit log).
 */
export const PhoneText = ({ phone, subject, id }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const mayReveal = useHasPermission('resident.phone.reveal');
  const [revealed, setRevealed] = useState<string | null>(null);
  if (!phone) return null;
  const shown = revealed ?? phone;
  if (!isMaskedPhone(shown)) return <a href={`tel:${shown}`} onClick={(e) => e.stopPropagation()}>{shown}</a>;

  const reveal = async (e: React.MouseEvent) => {
    e.stopPropagation();
    try {
      setRevealed((await request(RevealPhoneDocument, { input: { subject, id } })).revealPhone.phone);
    } catch (error) {
      notify((error as Error).message || 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <span data-testid="masked-phone">
      {shown}
      {mayReveal && (
        <Tooltip title={translate('app.phone.revealHint')}>
          <IconButton size="small" aria-label={translate('app.phone.reveal')} onClick={reveal}>
            <VisibilityIcon fontSize="inherit" />
          </IconButton>
        </Tooltip>
      )}
    </span>
  );
};
