import { Link, Typography } from '@mui/material';
import type { EvidenceType } from '@wuye/schema';
import { useCanAccess, useCreatePath, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';

/** Where each kind of evidence opens; a follow-up has no page of its own (it is a row of 回访). */
const RESOURCE: Partial<Record<EvidenceType, string>> = { ORDER: 'serviceOrders', COMPLAINT: 'complaints', INSPECTION: 'inspections' };

/** The order, complaint, inspection or follow-up behind an entry: a link where the viewer may open it. */
export const EvidenceLink = ({ type, id }: { type?: EvidenceType | null; id?: string | null }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const resource = type ? RESOURCE[type] : undefined;
  const { canAccess } = useCanAccess({ resource: resource ?? 'serviceOrders', action: 'show' });
  if (!type) return null;
  const label = translate(`enums.EvidenceType.${type}`);
  if (!resource || !id || !canAccess) {
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        {label}
      </Typography>
    );
  }
  return (
    <Link component={RouterLink} to={createPath({ resource, id, type: 'show' })} onClick={(e) => e.stopPropagation()} variant="body2" data-testid="evidence-link">
      {label}
    </Link>
  );
};
