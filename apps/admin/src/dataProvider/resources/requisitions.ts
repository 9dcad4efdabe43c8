import {
  IssueRequisitionDocument,
  ListMaterialRequisitionsDocument,
  RequestMaterialsDocument,
  SignRequisitionDocument,
  type RequestMaterialsInput,
  type RequisitionFilter,
  type VersionedIdInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, type ResourceAdapter } from '../adapter';

/** `state` (one, from a select) → the API's `states`. */
const states = (state: unknown) => (typeof state === 'string' && state ? [state] : undefined);

/** 领料单 across orders; `orderId` narrows to one order. */
export const materialRequisitions: ResourceAdapter = {
  async getList(params) {
    const { search: _none, ...known } = filterArgs(params.filter, ['projectId', 'orderId']);
    const { materialRequisitions } = await request(ListMaterialRequisitionsDocument, {
      filter: { ...known, states: states(params.filter?.state) } as RequisitionFilter,
      ...pageArgs(params),
    });
    return { data: materialRequisitions.items, total: materialRequisitions.totalCount };
  },
};

/** requested → signed (by the order's supervisor) → issued (its cost goes on the order). */
export const requisitionActions = {
  requestMaterials: async (input: RequestMaterialsInput) => (await request(RequestMaterialsDocument, { input })).requestMaterials,
  signRequisition: async (input: VersionedIdInput) => (await request(SignRequisitionDocument, { input })).signRequisition,
  issueRequisition: async (input: VersionedIdInput) => (await request(IssueRequisitionDocument, { input })).issueRequisition,
};

export type RequisitionActions = typeof requisitionActions;
