import {
  CreateUnitDocument,
  GetUnitDocument,
  ListUnitsDocument,
  UnitSortField,
  UpdateUnitDocument,
  type CreateUnitInput,
  type UnitFilter,
  type UpdateUnitInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { changes, filterArgs, pageArgs, pick, sortArgs, type ResourceAdapter } from '../adapter';

export const units: ResourceAdapter = {
  async getList(params) {
    const { units } = await request(ListUnitsDocument, {
      filter: filterArgs(params.filter, ['projectId', 'buildingId']) as UnitFilter,
      ...sortArgs(params.sort, { number: UnitSortField.Number, floor: UnitSortField.Floor }),
      ...pageArgs(params),
    });
    return { data: units.items, total: units.totalCount };
  },
  getOne: async (id) => (await request(GetUnitDocument, { id })).unit,
  create: async (data) =>
    (await request(CreateUnitDocument, {
      input: pick(data, ['buildingId', 'number', 'floor', 'areaSqm']) as CreateUnitInput,
    })).createUnit,
  update: async (params) =>
    (await request(UpdateUnitDocument, {
      input: changes(params, ['number', 'floor', 'areaSqm']) as UpdateUnitInput,
    })).updateUnit,
};
