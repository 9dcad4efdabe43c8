import {
  ConfirmStatementDocument,
  CorrectStatementDocument,
  GetMonthlyStatementDocument,
  IssueStatementDocument,
  ListMonthlyStatementsDocument,
  MarkStatementPaidDocument,
  PrepareStatementsDocument,
  type CorrectStatementInput,
  type StatementFilter,
  type StatementPeriodInput,
  type StatementStepInput,
} from '@wuye/schema';
import { parseMonthInput } from '../../common/china-time';
import { request } from '../graphql-client';
import { filterArgs, pageArgs, type ResourceAdapter } from '../adapter';

/** 月结账单: newest month first (the API's order); `period` is a month input, "2026-10". */
export const monthlyStatements: ResourceAdapter = {
  async getList(params) {
    const { search: _none, ...known } = filterArgs(params.filter, ['projectId', 'residentId', 'state']);
    const { monthlyStatements } = await request(ListMonthlyStatementsDocument, {
      filter: { ...known, ...parseMonthInput(params.filter?.period) } as StatementFilter,
      ...pageArgs(params),
    });
    return { data: monthlyStatements.items, total: monthlyStatements.totalCount };
  },
  getOne: async (id) => (await request(GetMonthlyStatementDocument, { id: String(id) })).monthlyStatement,
};

/** draft → issued (immutable) → confirmed → paid; a mistake on an issued one is corrected on the next. */
export const statementActions = {
  prepareStatements: async (input: StatementPeriodInput) => (await request(PrepareStatementsDocument, { input })).prepareStatements,
  issueStatement: async (input: StatementStepInput) => (await request(IssueStatementDocument, { input })).issueStatement,
  confirmStatement: async (input: StatementStepInput) => (await request(ConfirmStatementDocument, { input })).confirmStatement,
  markStatementPaid: async (input: StatementStepInput) => (await request(MarkStatementPaidDocument, { input })).markStatementPaid,
  correctStatement: async (input: CorrectStatementInput) => (await request(CorrectStatementDocument, { input })).correctStatement,
};

export type StatementActions = typeof statementActions;
