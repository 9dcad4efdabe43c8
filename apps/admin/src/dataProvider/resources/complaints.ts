import {
  AgreeComplaintExtensionDocument,
  CloseNonconformityDocument,
  CompanySettingsDocument,
  ComplaintStatisticsDocument,
  ComplaintTrendDocument,
  GetComplaintDocument,
  ListComplaintsDocument,
  ListFollowUpsDocument,
  ListNonconformitiesDocument,
  PauseComplaintDocument,
  RecordComplaintFeedbackDocument,
  RecordComplaintOnSiteDocument,
  RecordFollowUpDocument,
  RegisterComplaintDocument,
  StepComplaintDocument,
  StepSuggestionDocument,
  UpdateCompanySettingsDocument,
  type AgreeExtensionInput,
  type CloseNonconformityInput,
  type ComplaintKind,
  type ComplaintMilestoneInput,
  type ComplaintPauseInput,
  type ComplaintSeverity,
  type ComplaintStepInput,
  type Department,
  type FollowUpState,
  type RecordFollowUpInput,
  type RegisterComplaintInput,
  type SuggestionStepInput,
  type UpdateCompanySettingsInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { pageArgs, pick, type FormValues, type ResourceAdapter } from '../adapter';

const blank = (value: unknown) => value === undefined || value === null || value === '';
const text = (value: unknown) => (blank(value) ? undefined : String(value));

/** Boolean filters are "only these" switches: false means no filter, not "only the others". */
const onlyWhenTrue = (value: unknown) => (value === true ? true : undefined);

/** 投诉 inbox: newest first; `open` hides closed ones, `q` searches number, name and phone. */
export const complaints: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { complaints } = await request(ListComplaintsDocument, {
      projectId: text(f.projectId),
      category: blank(f.category) ? undefined : Number(f.category),
      severity: text(f.severity) as ComplaintSeverity | undefined,
      department: text(f.department) as Department | undefined,
      kind: text(f.kind) as ComplaintKind | undefined,
      open: onlyWhenTrue(f.open),
      search: text(f.q),
      ...pageArgs(params),
    });
    return { data: complaints.items, total: complaints.totalCount };
  },
  getOne: async (id) => (await request(GetComplaintDocument, { id: String(id) })).complaint,
  create: async (data) => (await request(RegisterComplaintDocument, { input: registerInput(data) })).registerComplaint,
};

/**
 * The intake form → RegisterComplaintInput. A suggestion carries no category, validity or severity;
 * the form's radio values are strings ("1", "valid"), the API's are an Int and a Boolean.
 */
export function registerInput(data: FormValues): RegisterComplaintInput {
  const base = pick(data, ['projectId', 'kind', 'unitId', 'residentId', 'contactName', 'contactPhone', 'description', 'wants', 'happenedAt', 'channel', 'responsibleDepartment']);
  if (data.kind === 'SUGGESTION') return base as RegisterComplaintInput;
  const valid = data.validity === 'valid' ? true : data.validity === 'invalid' ? false : undefined;
  return {
    ...base,
    category: blank(data.category) ? undefined : Number(data.category),
    valid,
    invalidReason: valid === false ? text(data.invalidReason) : undefined,
    severity: text(data.severity) as ComplaintSeverity | undefined,
  } as RegisterComplaintInput;
}

/** 回访 worklist, due soonest first; the state filter defaults to planned (the API's default too). */
export const followUps: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { followUps } = await request(ListFollowUpsDocument, {
      projectId: text(f.projectId),
      state: text(f.state) as FollowUpState | undefined,
      overdue: onlyWhenTrue(f.overdue),
      ...pageArgs(params),
    });
    return { data: followUps.items, total: followUps.totalCount };
  },
};

/** 不合格记录, newest first. */
export const nonconformities: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { nonconformities } = await request(ListNonconformitiesDocument, {
      projectId: text(f.projectId),
      open: onlyWhenTrue(f.open),
      ...pageArgs(params),
    });
    return { data: nonconformities.items, total: nonconformities.totalCount };
  },
};

/** The statistics and settings pages are menu entries without records of their own. */
const pageOnly: ResourceAdapter = { getList: async () => ({ data: [], total: 0 }) };

export const complaintAdapters: Record<string, ResourceAdapter> = {
  complaints,
  followUps,
  nonconformities,
  complaintStats: pageOnly,
  companySettings: pageOnly,
};

/** Handling steps, follow-up visits, nonconformities, statistics and settings; steps take the version the user saw. */
export const complaintActions = {
  stepComplaint: async (input: ComplaintStepInput) => (await request(StepComplaintDocument, { input })).stepComplaint,
  recordComplaintOnSite: async (input: ComplaintMilestoneInput) => (await request(RecordComplaintOnSiteDocument, { input })).recordComplaintOnSite,
  recordComplaintFeedback: async (input: ComplaintMilestoneInput) => (await request(RecordComplaintFeedbackDocument, { input })).recordComplaintFeedback,
  /** Without a reason: resume. */
  pauseComplaint: async (input: ComplaintPauseInput) => (await request(PauseComplaintDocument, { input })).pauseComplaint,
  agreeComplaintExtension: async (input: AgreeExtensionInput) => (await request(AgreeComplaintExtensionDocument, { input })).agreeComplaintExtension,
  stepSuggestion: async (input: SuggestionStepInput) => (await request(StepSuggestionDocument, { input })).stepSuggestion,
  /** An unsatisfactory visit answers with `openedComplaintId`. */
  recordFollowUp: async (input: RecordFollowUpInput) => (await request(RecordFollowUpDocument, { input })).recordFollowUp,
  closeNonconformity: async (input: CloseNonconformityInput) => (await request(CloseNonconformityDocument, { input })).closeNonconformity,
  complaintStatistics: async (year: number, month: number, projectId?: string | null) =>
    (await request(ComplaintStatisticsDocument, { year, month, projectId: projectId || undefined })).complaintStatistics,
  complaintTrend: async (year: number, month: number, months = 12, projectId?: string | null) =>
    (await request(ComplaintTrendDocument, { year, month, months, projectId: projectId || undefined })).complaintTrend,
  companySettings: async () => (await request(CompanySettingsDocument, {})).companySettings,
  updateCompanySettings: async (input: UpdateCompanySettingsInput) => (await request(UpdateCompanySettingsDocument, { input })).updateCompanySettings,
};

export type ComplaintActions = typeof complaintActions;
