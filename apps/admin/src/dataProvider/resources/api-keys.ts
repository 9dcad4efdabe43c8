import { CreateApiKeyDocument, ListApiKeysDocument, RevokeApiKeyDocument, RotateApiKeyDocument, type CreateApiKeyInput } from '@wuye/schema';
import type { Identifier } from 'react-admin';
import { request } from '../graphql-client';
import { pageArgs, pick, type ResourceAdapter } from '../adapter';

export const apiKeys: ResourceAdapter = {
  async getList(params) {
    const { apiKeys } = await request(ListApiKeysDocument, pageArgs(params));
    return { data: apiKeys.items, total: apiKeys.totalCount };
  },
  /** The secret rides along on the created record so the create page can show it once. */
  async create(data) {
    const { createApiKey } = await request(CreateApiKeyDocument, {
      input: pick(data, ['name', 'scopes', 'projectId']) as CreateApiKeyInput,
    });
    return { ...createApiKey.apiKey, secret: createApiKey.secret };
  },
};

export const revokeApiKey = async (id: Identifier) => ({
  data: (await request(RevokeApiKeyDocument, { id })).revokeApiKey,
});

/** The new key's secret, shown once; the old key keeps working for `graceHours`. */
export const rotateApiKey = async (id: Identifier, graceHours: number) => {
  const { rotateApiKey } = await request(RotateApiKeyDocument, { input: { id: String(id), graceHours } });
  return { data: { ...rotateApiKey.apiKey, secret: rotateApiKey.secret } };
};
