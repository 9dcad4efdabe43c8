import {
  GetInspectionDocument,
  InspectionChecklistDocument,
  InspectionPlanDocument,
  InspectionPostsDocument,
  InspectionReportDocument,
  ListInspectionFindingsDocument,
  ListInspectionReportsDocument,
  ListInspectionsDocument,
  MyInspectionFindingsDocument,
  RecordInspectionDocument,
  SaveChecklistItemDocument,
  SaveInspectionPostDocument,
  SaveInspectionReportDocument,
  SaveSubcontractorDocument,
  StepInspectionFindingDocument,
  StepInspectionReportDocument,
  SubcontractorEvaluationDocument,
  SubcontractorsDocument,
  type Department,
  type FindingState,
  type FindingStepInput,
  type InspectionLevel,
  type InspectionReportState,
  type InspectionReportStepInput,
  type RecordInspectionInput,
  type SaveChecklistItemInput,
  type SaveInspectionPostInput,
  type SaveInspectionReportInput,
  type SaveSubcontractorInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { pageArgs, type ResourceAdapter } from '../adapter';

const blank = (value: unknown) => value === undefined || value === null || value === '';
const text = (value: unknown) => (blank(value) ? undefined : String(value));
/** Boolean filters are "only these" switches: false means no filter. */
const onlyWhenTrue = (value: unknown) => (value === true ? true : undefined);

/** 检查记录, newest first. */
export const inspections: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { inspections } = await request(ListInspectionsDocument, {
      projectId: text(f.projectId),
      level: text(f.level) as InspectionLevel | undefined,
      area: text(f.area) as Department | undefined,
      month: text(f.month),
      ...pageArgs(params),
    });
    return { data: inspections.items, total: inspections.totalCount };
  },
  getOne: async (id) => (await request(GetInspectionDocument, { id: String(id) })).inspection,
};

const findingFilter = (f: Record<string, unknown>) => ({
  projectId: text(f.projectId),
  states: blank(f.state) ? undefined : [String(f.state) as FindingState],
  overdue: onlyWhenTrue(f.overdue),
});

/** 整改跟踪: every nonconformity the viewer may read, open ones first by deadline. */
export const inspectionFindings: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { inspectionFindings } = await request(ListInspectionFindingsDocument, { ...findingFilter(f), subcontractorId: text(f.subcontractorId), ...pageArgs(params) });
    return { data: inspectionFindings.items, total: inspectionFindings.totalCount };
  },
};

/** 我的整改: findings the viewer must acknowledge or corrective actions they own. */
export const myFindings: ResourceAdapter = {
  async getList(params) {
    const { myInspectionFindings } = await request(MyInspectionFindingsDocument, { ...findingFilter(params.filter ?? {}), ...pageArgs(params) });
    return { data: myInspectionFindings.items, total: myInspectionFindings.totalCount };
  },
};

/**
 * 检查月报: a report is one project's month, so its console id is "<projectId>_<YYYY-MM>" (a report
 * not yet saved has no id of its own, but can be opened and written).
 */
export const reportKey = (projectId: string, month: string) => `${projectId}_${month}`;
export function parseReportKey(key: string): { projectId: string; month: string } | null {
  const match = /^(.+)_(\d{4}-\d{2})$/.exec(key);
  return match ? { projectId: match[1]!, month: match[2]! } : null;
}

export const inspectionReports: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { inspectionReports } = await request(ListInspectionReportsDocument, {
      projectId: text(f.projectId),
      states: blank(f.state) ? undefined : [String(f.state) as InspectionReportState],
      ...pageArgs(params),
    });
    return { data: inspectionReports.items.map((r) => ({ ...r, id: reportKey(r.projectId, r.month) })), total: inspectionReports.totalCount };
  },
};

/** Checklists, posts, subcontractors, recording, the plan, finding steps and the monthly report. */
export const inspectionActions = {
  inspectionChecklist: async (area?: Department | null, includeInactive = false) =>
    (await request(InspectionChecklistDocument, { area: area ?? undefined, includeInactive })).inspectionChecklist,
  saveChecklistItem: async (input: SaveChecklistItemInput) => (await request(SaveChecklistItemDocument, { input })).saveChecklistItem,
  inspectionPosts: async (projectId: string, includeInactive = false) => (await request(InspectionPostsDocument, { projectId, includeInactive })).inspectionPosts,
  saveInspectionPost: async (input: SaveInspectionPostInput) => (await request(SaveInspectionPostDocument, { input })).saveInspectionPost,
  subcontractors: async (includeInactive = false) => (await request(SubcontractorsDocument, { includeInactive })).subcontractors,
  saveSubcontractor: async (input: SaveSubcontractorInput) => (await request(SaveSubcontractorDocument, { input })).saveSubcontractor,
  subcontractorEvaluation: async (from: string, to: string) => (await request(SubcontractorEvaluationDocument, { from, to })).subcontractorEvaluation,
  recordInspection: async (input: RecordInspectionInput) => (await request(RecordInspectionDocument, { input })).recordInspection,
  inspectionPlan: async (projectId: string) => (await request(InspectionPlanDocument, { projectId })).inspectionPlan,
  stepInspectionFinding: async (input: FindingStepInput) => (await request(StepInspectionFindingDocument, { input })).stepInspectionFinding,
  inspectionReport: async (projectId: string, month: string) => (await request(InspectionReportDocument, { projectId, month })).inspectionReport,
  saveInspectionReport: async (input: SaveInspectionReportInput) => (await request(SaveInspectionReportDocument, { input })).saveInspectionReport,
  stepInspectionReport: async (input: InspectionReportStepInput) => (await request(StepInspectionReportDocument, { input })).stepInspectionReport,
};

export type InspectionActions = typeof inspectionActions;
