import FactCheckIcon from '@mui/icons-material/FactCheck';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 扣分审核: proposals to confirm or dismiss, appeals to decide, manual penalties and commendations. */
export const penaltyEntries: ResourceProps = {
  name: 'penaltyEntries',
  icon: FactCheckIcon,
  list: lazy(() => import('./penalty-list')),
};

/** 考核得分: the month's scores of a project's staff with department and project averages. */
export const monthlyScores: ResourceProps = {
  name: 'monthlyScores',
  icon: LeaderboardIcon,
  list: lazy(() => import('./monthly-scores-page')),
};
