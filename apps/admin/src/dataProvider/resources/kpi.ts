import {
  GetPenaltyEntryDocument,
  KpiDashboardDocument,
  KpiSettingsDocument,
  ListPenaltyEntriesDocument,
  MonthlyScoresDocument,
  MyPenaltyEntriesDocument,
  MyScorecardDocument,
  ProjectKpisDocument,
  RecordCommendationDocument,
  RecordPenaltyDocument,
  StaffPickerDocument,
  StepPenaltyEntryDocument,
  UpdateKpiSettingsDocument,
  type PenaltyState,
  type PenaltyStepInput,
  type RecordCommendationInput,
  type RecordPenaltyInput,
  type Role,
  type UpdateKpiSettingsInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { pageArgs, type ResourceAdapter } from '../adapter';

const blank = (value: unknown) => value === undefined || value === null || value === '';
const text = (value: unknown) => (blank(value) ? undefined : String(value));
/** The filter value for "waiting for someone": a proposal to judge or an appeal to decide. */
export const AWAITING_REVIEW = 'AWAITING_REVIEW';

/** The API filters by a list of states; the screens pick one, or those awaiting review. */
const states = (value: unknown): PenaltyState[] | undefined => {
  if (blank(value)) return undefined;
  return value === AWAITING_REVIEW ? ['PROPOSED', 'APPEALED'] : [String(value) as PenaltyState];
};

/** The API's page size ceiling. */
const MAX_TAKE = 100;

/** 扣分审核: others' entries the viewer may judge or review (a supervisor: their departments). */
export const penaltyEntries: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { penaltyEntries } = await request(ListPenaltyEntriesDocument, {
      projectId: text(f.projectId),
      month: text(f.month),
      states: states(f.state),
      userId: text(f.userId),
      ...pageArgs(params),
    });
    return { data: penaltyEntries.items, total: penaltyEntries.totalCount };
  },
  getOne: async (id) => (await request(GetPenaltyEntryDocument, { id: String(id) })).penaltyEntry,
};

export type StaffChoice = { id: string; name: string; roles: ReadonlyArray<{ role: Role; projectId?: string | null; department?: string | null }> };

/** Penalties, commendations, scores, the KPI dashboard and the company's KPI settings (domain README §7). */
export const kpiActions = {
  kpiDashboard: async (month: string, months = 12) => (await request(KpiDashboardDocument, { month, months })).kpiDashboard,
  projectKpis: async (projectId: string, month: string) => (await request(ProjectKpisDocument, { projectId, month })).projectKpis,
  myScorecard: async (month: string) => (await request(MyScorecardDocument, { month })).myScorecard,
  /** The viewer's own entries of a month (at most a page of 100: a month has far fewer). */
  myPenaltyEntries: async (month?: string) => (await request(MyPenaltyEntriesDocument, { month, take: MAX_TAKE })).myPenaltyEntries,
  monthlyScores: async (projectId: string, month: string) => (await request(MonthlyScoresDocument, { projectId, month })).monthlyScores,
  stepPenaltyEntry: async (input: PenaltyStepInput) => (await request(StepPenaltyEntryDocument, { input })).stepPenaltyEntry,
  recordPenalty: async (input: RecordPenaltyInput) => (await request(RecordPenaltyDocument, { input })).recordPenalty,
  recordCommendation: async (input: RecordCommendationInput) => (await request(RecordCommendationDocument, { input })).recordCommendation,
  kpiSettings: async () => (await request(KpiSettingsDocument, {})).kpiSettings,
  updateKpiSettings: async (input: UpdateKpiSettingsInput) => (await request(UpdateKpiSettingsDocument, { input })).updateKpiSettings,
  /** Active staff of a project (or the company), optionally of one role, for pickers; every page of them. */
  staffOf: async (projectId?: string | null, role?: Role): Promise<StaffChoice[]> => {
    const out: StaffChoice[] = [];
    for (let skip = 0; ; skip += MAX_TAKE) {
      const { staffUsers } = await request(StaffPickerDocument, { projectId: projectId ?? undefined, role, skip, take: MAX_TAKE });
      out.push(...staffUsers.items.filter((u) => u.active));
      if (skip + MAX_TAKE >= staffUsers.totalCount || staffUsers.items.length === 0) return out;
    }
  },
};

export type KpiActions = typeof kpiActions;
