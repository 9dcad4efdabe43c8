import {
  CreateWebhookEndpointDocument,
  GetWebhookEndpointDocument,
  ListWebhookDeliveriesDocument,
  ListWebhookEndpointsDocument,
  ResendWebhookDeliveryDocument,
  RotateWebhookSecretDocument,
  UpdateWebhookEndpointDocument,
  type CreateWebhookEndpointInput,
  type UpdateWebhookEndpointInput,
  type WebhookDeliveryStatus,
} from '@wuye/schema';
import type { Identifier } from 'react-admin';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, type ResourceAdapter } from '../adapter';

/** 回调地址: a partner key's webhook endpoints; the signing secret rides on the created record, shown once. */
export const webhookEndpoints: ResourceAdapter = {
  async getList(params) {
    const { apiKeyId } = filterArgs(params.filter, ['apiKeyId']) as { apiKeyId?: string };
    const { webhookEndpoints } = await request(ListWebhookEndpointsDocument, { apiKeyId, ...pageArgs(params) });
    return { data: webhookEndpoints.items, total: webhookEndpoints.totalCount };
  },
  getOne: async (id) => (await request(GetWebhookEndpointDocument, { id: String(id) })).webhookEndpoint,
  async create(data) {
    const input = pick(data, ['apiKeyId', 'url', 'events', 'description']) as CreateWebhookEndpointInput;
    const { createWebhookEndpoint } = await request(CreateWebhookEndpointDocument, { input });
    return { ...createWebhookEndpoint.endpoint, secret: createWebhookEndpoint.secret };
  },
  async update(params) {
    const input = changes(params, ['url', 'events', 'description', 'enabled']) as UpdateWebhookEndpointInput;
    return (await request(UpdateWebhookEndpointDocument, { input })).updateWebhookEndpoint;
  },
};

/** An endpoint's delivery log, newest first (`filter.endpointId` is required). */
export const webhookDeliveries: ResourceAdapter = {
  async getList(params) {
    const { endpointId, status } = filterArgs(params.filter, ['endpointId', 'status']) as { endpointId?: string; status?: WebhookDeliveryStatus };
    if (!endpointId) return { data: [], total: 0 };
    const { webhookDeliveries } = await request(ListWebhookDeliveriesDocument, { endpointId, status, ...pageArgs(params) });
    return { data: webhookDeliveries.items, total: webhookDeliveries.totalCount };
  },
};

export const webhookActions = {
  setWebhookEnabled: async (endpoint: { id: Identifier; version: number }, enabled: boolean) =>
    (await request(UpdateWebhookEndpointDocument, { input: { id: String(endpoint.id), version: endpoint.version, enabled } })).updateWebhookEndpoint,
  rotateWebhookSecret: async (endpoint: { id: Identifier; version: number }) =>
    (await request(RotateWebhookSecretDocument, { input: { id: String(endpoint.id), version: endpoint.version } })).rotateWebhookSecret,
  resendWebhookDelivery: async (id: Identifier) => (await request(ResendWebhookDeliveryDocument, { id: String(id) })).resendWebhookDelivery,
};

export type WebhookActions = typeof webhookActions;
