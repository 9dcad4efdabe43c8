import {
  AssignBlockHousekeeperDocument,
  HousekeeperAppraisalsDocument,
  MyAppraisalsDocument,
  SaveHousekeeperAppraisalDocument,
  type AssignBlockHousekeeperInput,
  type SaveAppraisalInput,
} from '@wuye/schema';
import { request } from '../graphql-client';

/** 管家考核: each housekeeper's month, the project manager's scores, and the buildings of a block. */
export const appraisalActions = {
  housekeeperAppraisals: async (projectId: string, month: string) => (await request(HousekeeperAppraisalsDocument, { projectId, month })).housekeeperAppraisals,
  myAppraisals: async () => (await request(MyAppraisalsDocument, {})).myAppraisals,
  saveHousekeeperAppraisal: async (input: SaveAppraisalInput) => (await request(SaveHousekeeperAppraisalDocument, { input })).saveHousekeeperAppraisal,
  assignBlockHousekeeper: async (input: AssignBlockHousekeeperInput) => (await request(AssignBlockHousekeeperDocument, { input })).assignBlockHousekeeper,
};

export type AppraisalActions = typeof appraisalActions;
