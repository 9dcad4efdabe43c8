import {
  BuildingSortField,
  CreateBuildingDocument,
  GetBuildingDocument,
  ListBuildingsDocument,
  UpdateBuildingDocument,
  type BuildingFilter,
  type CreateBuildingInput,
  type UpdateBuildingInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, sortArgs, type ResourceAdapter } from '../adapter';

export const buildings: ResourceAdapter = {
  async getList(params) {
    const { buildings } = await request(ListBuildingsDocument, {
      filter: filterArgs(params.filter, ['projectId']) as BuildingFilter,
      ...sortArgs(params.sort, { code: BuildingSortField.Code, name: BuildingSortField.Name }),
      ...pageArgs(params),
    });
    return { data: buildings.items, total: buildings.totalCount };
  },
  getOne: async (id) => (await request(GetBuildingDocument, { id })).building,
  create: async (data) =>
    (await request(CreateBuildingDocument, {
      input: pick(data, ['projectId', 'code', 'name', 'floors']) as CreateBuildingInput,
    })).createBuilding,
  update: async (params) =>
    (await request(UpdateBuildingDocument, {
      input: changes(params, ['code', 'name', 'floors']) as UpdateBuildingInput,
    })).updateBuilding,
};
