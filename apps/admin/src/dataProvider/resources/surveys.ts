import {
  CompleteSurveyActionDocument,
  CreateSatisfactionSurveyDocument,
  GetSatisfactionSurveyDocument,
  ListSatisfactionSurveysDocument,
  SaveSurveyActionDocument,
  SubmitSurveyResponseDocument,
  SurveyPeriodStatusDocument,
  UpdateSatisfactionSurveyDocument,
  type CompleteSurveyActionInput,
  type CreateSurveyInput,
  type SaveSurveyActionInput,
  type SubmitSurveyResponseInput,
  type SurveyState,
  type UpdateSurveyInput,
} from '@wuye/schema';
import { request } from '../graphql-client';
import { pageArgs, pick, type ResourceAdapter } from '../adapter';

const blank = (value: unknown) => value === undefined || value === null || value === '';

/** Questionnaires shown per page on a survey's page. */
export const RESPONSES_PAGE = 25;

/** 满意度调查, newest first; a survey's page carries its results, questionnaires and actions. */
export const satisfactionSurveys: ResourceAdapter = {
  async getList(params) {
    const f = params.filter ?? {};
    const { satisfactionSurveys } = await request(ListSatisfactionSurveysDocument, {
      projectId: blank(f.projectId) ? undefined : String(f.projectId),
      state: blank(f.state) ? undefined : (String(f.state) as SurveyState),
      ...pageArgs(params),
    });
    return { data: satisfactionSurveys.items, total: satisfactionSurveys.totalCount };
  },
  getOne: async (id, meta) =>
    (await request(GetSatisfactionSurveyDocument, { id: String(id), responsesSkip: Number(meta?.responsesSkip ?? 0), responsesTake: RESPONSES_PAGE })).satisfactionSurvey,
  create: async (data) => {
    const input = pick(data, ['projectId', 'period', 'title', 'opensOn', 'closesOn']) as CreateSurveyInput;
    return (await request(CreateSatisfactionSurveyDocument, { input: { ...input, distributed: Number(data.distributed) } })).createSatisfactionSurvey;
  },
};

export const surveyActions = {
  surveyPeriodStatus: async (projectId: string) => (await request(SurveyPeriodStatusDocument, { projectId })).surveyPeriodStatus,
  updateSatisfactionSurvey: async (input: UpdateSurveyInput) => (await request(UpdateSatisfactionSurveyDocument, { input })).updateSatisfactionSurvey,
  submitSurveyResponse: async (input: SubmitSurveyResponseInput) => (await request(SubmitSurveyResponseDocument, { input })).submitSurveyResponse,
  saveSurveyAction: async (input: SaveSurveyActionInput) => (await request(SaveSurveyActionDocument, { input })).saveSurveyAction,
  completeSurveyAction: async (input: CompleteSurveyActionInput) => (await request(CompleteSurveyActionDocument, { input })).completeSurveyAction,
};

export type SurveyActions = typeof surveyActions;
