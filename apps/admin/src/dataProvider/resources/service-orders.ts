import {
  AssignServiceOrderDocument,
  BookServiceOrderDocument,
  CancelServiceOrderDocument,
  CloseServiceOrderDocument,
  CompleteServiceOrderDocument,
  DeclineServiceOrderDocument,
  DispatchServiceOrderDocument,
  EndOfDayReviewDocument,
  GetServiceOrderDocument,
  ListOrderSupervisorsDocument,
  ListServiceOrdersDocument,
  ListStaffUsersDocument,
  PayServiceOrderDocument,
  PublishedPricesDocument,
  QuoteServiceOrderDocument,
  RecordConsentDocument,
  RecordEndOfDayNoteDocument,
  RecordNoOneHomeDocument,
  RegisterServiceOrderDocument,
  RejectServiceOrderDocument,
  Role,
  ServiceOrderSortField,
  StartServiceOrderDocument,
  type AssignInput,
  type BookInput,
  type CancelInput,
  type CompleteInput,
  type ConsentInput,
  type DispatchInput,
  type EndOfDayNoteInput,
  type NoOneHomeInput,
  type OrderStepInput,
  type PayServiceOrderInput,
  type QuoteServiceOrderInput,
  type ReasonInput,
  type RegisterServiceOrderInput,
  type ServiceOrderFilter,
  type ServiceOrderState,
} from '@wuye/schema';
import { HttpError } from 'react-admin';
import { chinaDayStart, chinaNextDayStart } from '../../common/china-time';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, pick, sortArgs, type ResourceAdapter } from '../adapter';

/** `state` (one, from a select) or `states` (several) → the API's `states`. */
function states(filter: Record<string, unknown> | undefined): ServiceOrderState[] | undefined {
  if (Array.isArray(filter?.states) && filter.states.length) return filter.states as ServiceOrderState[];
  if (filter?.state) return [filter.state as ServiceOrderState];
  return undefined;
}

/** Boolean filters are "only these" switches: false means no filter, not "only the others". */
const onlyWhenTrue = (value: unknown) => (value === true ? true : undefined);

export const serviceOrders: ResourceAdapter = {
  async getList(params) {
    const { serviceOrders } = await request(ListServiceOrdersDocument, {
      filter: {
        ...filterArgs(params.filter, ['projectId', 'urgency', 'workerId', 'supervisorId']),
        states: states(params.filter),
        breached: onlyWhenTrue(params.filter?.breached),
        dissatisfied: onlyWhenTrue(params.filter?.dissatisfied),
        createdFrom: chinaDayStart(params.filter?.createdFrom),
        createdTo: chinaNextDayStart(params.filter?.createdTo),
      } as ServiceOrderFilter,
      ...sortArgs(params.sort, {
        createdAt: ServiceOrderSortField.CreatedAt,
        number: ServiceOrderSortField.Number,
        state: ServiceOrderSortField.State,
      }),
      ...pageArgs(params),
    });
    return { data: serviceOrders.items, total: serviceOrders.totalCount };
  },
  getOne: async (id) => (await request(GetServiceOrderDocument, { id: String(id) })).serviceOrder,
  create: async (data) =>
    (await request(RegisterServiceOrderDocument, {
      input: pick(data, [
        'unitId',
        'residentId',
        'contactName',
        'contactPhone',
        'description',
        'channel',
        'serviceType',
        'charge',
        'urgency',
        'appointmentStart',
        'appointmentEnd',
      ]) as RegisterServiceOrderInput,
    })).registerServiceOrder,
};

/** 日终检查: every open order of one project not signed off yet (no paging: a day's worth). */
export const endOfDayReview: ResourceAdapter = {
  async getList(params) {
    const projectId = params.filter?.projectId as string | undefined;
    if (!projectId) return { data: [], total: 0 };
    const rows = (await request(EndOfDayReviewDocument, { projectId })).endOfDayReview;
    return { data: rows, total: rows.length };
  },
};

export type StaffChoice = { id: string; name: string; department?: string | null };

const isForbidden = (error: unknown) => (error as HttpError | null)?.status === 403;

/**
 * Supervisors of a project for 派工. The front desk dispatches but may not read the staff list
 * (`staff.read`); it then gets the supervisors already on the project's recent orders.
 */
async function projectSupervisors(projectId: string): Promise<StaffChoice[]> {
  try {
    const { staffUsers } = await request(ListStaffUsersDocument, { filter: { projectId, role: Role.Supervisor }, take: 100 });
    return staffUsers.items.map((s) => ({
      id: s.id,
      name: s.name,
      department: s.roles.find((r) => r.role === Role.Supervisor && (r.projectId === projectId || !r.projectId))?.department,
    }));
  } catch (error) {
    if (!isForbidden(error)) throw error;
  }
  const { serviceOrders } = await request(ListOrderSupervisorsDocument, { filter: { projectId }, take: 100 });
  const byId = new Map<string, StaffChoice>();
  for (const { supervisor } of serviceOrders.items) {
    if (!supervisor || byId.has(supervisor.id)) continue;
    const role = supervisor.roles.find((r) => r.role === Role.Supervisor && r.projectId === projectId);
    if (role) byId.set(supervisor.id, { id: supervisor.id, name: supervisor.name, department: role.department });
  }
  return [...byId.values()];
}

async function projectWorkers(projectId: string): Promise<StaffChoice[]> {
  const { staffUsers } = await request(ListStaffUsersDocument, { filter: { projectId, role: Role.Worker }, take: 100 });
  return staffUsers.items.map((s) => ({ id: s.id, name: s.name }));
}

/** Workflow steps of a service order; each takes the version the user saw (CONFLICT otherwise). */
export const serviceOrderActions = {
  publishedPrices: async (projectId: string) => (await request(PublishedPricesDocument, { projectId })).publishedPriceList,
  endOfDayReview: async (projectId: string) => (await request(EndOfDayReviewDocument, { projectId })).endOfDayReview,
  projectSupervisors,
  projectWorkers,
  quoteServiceOrder: async (input: QuoteServiceOrderInput) => (await request(QuoteServiceOrderDocument, { input })).quoteServiceOrder,
  recordConsent: async (input: ConsentInput) => (await request(RecordConsentDocument, { input })).recordConsent,
  declineServiceOrder: async (input: ReasonInput) => (await request(DeclineServiceOrderDocument, { input })).declineServiceOrder,
  dispatchServiceOrder: async (input: DispatchInput) => (await request(DispatchServiceOrderDocument, { input })).dispatchServiceOrder,
  assignServiceOrder: async (input: AssignInput) => (await request(AssignServiceOrderDocument, { input })).assignServiceOrder,
  bookServiceOrder: async (input: BookInput) => (await request(BookServiceOrderDocument, { input })).bookServiceOrder,
  startServiceOrder: async (input: OrderStepInput) => (await request(StartServiceOrderDocument, { input })).startServiceOrder,
  recordNoOneHome: async (input: NoOneHomeInput) => (await request(RecordNoOneHomeDocument, { input })).recordNoOneHome,
  completeServiceOrder: async (input: CompleteInput) => (await request(CompleteServiceOrderDocument, { input })).completeServiceOrder,
  /** Idempotent by key: the same key sent twice returns the first payment. */
  payServiceOrder: async (input: PayServiceOrderInput) => (await request(PayServiceOrderDocument, { input })).payServiceOrder,
  closeServiceOrder: async (input: OrderStepInput) => (await request(CloseServiceOrderDocument, { input })).closeServiceOrder,
  cancelServiceOrder: async (input: CancelInput) => (await request(CancelServiceOrderDocument, { input })).cancelServiceOrder,
  rejectServiceOrder: async (input: ReasonInput) => (await request(RejectServiceOrderDocument, { input })).rejectServiceOrder,
  recordEndOfDayNote: async (input: EndOfDayNoteInput) => (await request(RecordEndOfDayNoteDocument, { input })).recordEndOfDayNote,
};

export type ServiceOrderActions = typeof serviceOrderActions;
