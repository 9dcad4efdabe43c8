import {
  CreateResidentDocument,
  GetResidentDocument,
  ListResidentsDocument,
  ResidentSortField,
  UpdateResidentDocument,
  type CreateResidentInput,
  type ResidentFilter,
  type UpdateResidentInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, sortArgs, type ResourceAdapter } from '../adapter';

export const residents: ResourceAdapter = {
  async getList(params) {
    const { residents } = await request(ListResidentsDocument, {
      filter: filterArgs(params.filter, ['projectId', 'unitId', 'kind']) as ResidentFilter,
      ...sortArgs(params.sort, { name: ResidentSortField.Name, createdAt: ResidentSortField.CreatedAt }),
      ...pageArgs(params),
    });
    return { data: residents.items, total: residents.totalCount };
  },
  getOne: async (id) => (await request(GetResidentDocument, { id })).resident,
  create: async (data) =>
    (await request(CreateResidentDocument, {
      input: pick(data, ['unitId', 'name', 'phone', 'kind']) as CreateResidentInput,
    })).createResident,
  update: async (params) =>
    (await request(UpdateResidentDocument, {
      input: changes(params, ['name', 'phone', 'kind', 'active']) as UpdateResidentInput,
    })).updateResident,
};
