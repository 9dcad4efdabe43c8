import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 审批: the GM's inbox of submitted price list versions (priceList.decide). */
export const priceListReviews: ResourceProps = {
  name: 'priceListReviews',
  icon: FactCheckIcon,
  list: lazy(() => import('./review-list')),
  show: lazy(() => import('./review-show')),
  recordRepresentation: (record) => `${record.project?.name ?? ''} #${record.number}`,
};
