import AssignmentIcon from '@mui/icons-material/Assignment';
import EngineeringIcon from '@mui/icons-material/Engineering';
import NightlightIcon from '@mui/icons-material/Nightlight';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 服务单: the order board, intake (登记) and the order page with its workflow steps. */
export const serviceOrders: ResourceProps = {
  name: 'serviceOrders',
  icon: AssignmentIcon,
  list: lazy(() => import('./order-list')),
  create: lazy(() => import('./order-create')),
  show: lazy(() => import('./order-show')),
  recordRepresentation: 'number',
};

/** 我的工单: a worker's orders on a phone, with the on-site steps as big buttons. */
export const myOrders: ResourceProps = {
  name: 'myOrders',
  icon: EngineeringIcon,
  list: lazy(() => import('./my-orders')),
};

/** 日终检查: the front desk's review of every order not signed off yet (README §3.8). */
export const endOfDayReview: ResourceProps = {
  name: 'endOfDayReview',
  icon: NightlightIcon,
  list: lazy(() => import('./end-of-day')),
};
