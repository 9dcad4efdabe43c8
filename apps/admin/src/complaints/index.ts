import FeedbackIcon from '@mui/icons-material/Feedback';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 投诉: the inbox with live deadlines, intake (登记) and the complaint page with its handling steps. */
export const complaints: ResourceProps = {
  name: 'complaints',
  icon: FeedbackIcon,
  list: lazy(() => import('./complaint-list')),
  create: lazy(() => import('./complaint-create')),
  show: lazy(() => import('./complaint-show')),
  recordRepresentation: 'number',
};
