import SettingsIcon from '@mui/icons-material/Settings';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 公司设置: complaint deadlines, follow-up rates, repeat thresholds, office hours, holidays (GM); the KPI numbers (GM edits, managers read). */
export const companySettings: ResourceProps = {
  name: 'companySettings',
  icon: SettingsIcon,
  list: lazy(() => import('./settings-page')),
};
