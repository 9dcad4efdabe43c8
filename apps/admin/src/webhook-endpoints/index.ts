import WebhookIcon from '@mui/icons-material/Webhook';
import { lazy } from 'react';
import type { ResourceProps } from 'react-admin';

/** 回调地址: where a partner key's events are pushed, with each endpoint's delivery log. */
export const webhookEndpoints: ResourceProps = {
  name: 'webhookEndpoints',
  icon: WebhookIcon,
  list: lazy(() => import('./webhook-endpoint-list')),
  create: lazy(() => import('./webhook-endpoint-create')),
  show: lazy(() => import('./webhook-endpoint-show')),
  edit: lazy(() => import('./webhook-endpoint-edit')),
  recordRepresentation: 'url',
};
