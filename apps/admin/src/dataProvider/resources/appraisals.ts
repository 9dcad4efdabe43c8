import {
  AssignBlockHousekeeperDocument,
  HousekeeperAppraisalsDocument,
  MyAppraisalsDocument,
  RecordVacantUnitCheckDocument,
  SaveHousekeeperAppraisalDocument,
  VacantUnitsDocument,
  type AssignBlockHousekeeperInput,
  type RecordVacantUnitCheckInput,
  type SaveAppraisalInput,
} from '@wuye/schema';
import { request } from '../graphql-client';

/** 管家考核: each housekeeper's month, the project manager's scores, the buildings of a block; 空置房巡查. */
export const appraisalActions = {
  housekeeperAppraisals: async (projectId: string, month: string) => (await request(HousekeeperAppraisalsDocument, { projectId, month })).housekeeperAppraisals,
  myAppraisals: async () => (await request(MyAppraisalsDocument, {})).myAppraisals,
  saveHousekeeperAppraisal: async (input: SaveAppraisalInput) => (await request(SaveHousekeeperAppraisalDocument, { input })).saveHousekeeperAppraisal,
  vacantUnits: async (projectId: string, month: string) => (await request(VacantUnitsDocument, { projectId, month })).vacantUnits,
  recordVacantUnitCheck: async (input: RecordVacantUnitCheckInput) => (await request(RecordVacantUnitCheckDocument, { input })).recordVacantUnitCheck,
  assignBlockHousekeeper: async (input: AssignBlockHousekeeperInput) => (await request(AssignBlockHousekeeperDocument, { input })).assignBlockHousekeeper,
};

export type AppraisalActions = typeof appraisalActions;
