import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

// Read-only. The contract has no `auditEntry(id)` query, so an entry is shown by expanding its row.
export const auditEntries: ResourceProps = {
  name: 'auditEntries',
  icon: HistoryIcon,
  list: lazy(() => import('./audit-entry-list')),
};
