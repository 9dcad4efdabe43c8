import {
  CreateCatalogItemDocument,
  ListCatalogItemsDocument,
  UpdateCatalogItemDocument,
  type CreateCatalogItemInput,
  type UpdateCatalogItemInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, type ResourceAdapter } from '../adapter';

/**
 * The company template. Forms send `pricing` and `costModel` already in fen and basis points;
 * the API has no `catalogItem(id)` query, so there is no getOne: the list edits in place.
 */
export const catalogItems: ResourceAdapter = {
  async getList(params) {
    const { catalogItems } = await request(ListCatalogItemsDocument, {
      ...(filterArgs(params.filter, ['category']) as { category?: string; search?: string }),
      ...pageArgs(params),
    });
    return { data: catalogItems.items, total: catalogItems.totalCount };
  },
  create: async (data) =>
    (await request(CreateCatalogItemDocument, {
      input: pick(data, ['category', 'name', 'unit', 'kind', 'pricing', 'costModel']) as CreateCatalogItemInput,
    })).createCatalogItem,
  update: async (params) =>
    (await request(UpdateCatalogItemDocument, {
      input: changes(params, ['category', 'name', 'unit', 'pricing', 'costModel', 'active']) as UpdateCatalogItemInput,
    })).updateCatalogItem,
};
