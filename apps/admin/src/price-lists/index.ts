import RequestQuoteIcon from '@mui/icons-material/RequestQuote';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 价目表: each project's versions, their approval and 公示; the edit view is the draft editor. */
export const priceLists: ResourceProps = {
  name: 'priceLists',
  icon: RequestQuoteIcon,
  list: lazy(() => import('./price-list-list')),
  show: lazy(() => import('./price-list-show')),
  edit: lazy(() => import('./price-list-editor')),
  recordRepresentation: (record) => `${record.project?.name ?? ''} #${record.number}`,
};
