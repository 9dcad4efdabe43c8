import type { MonthlyStatementDetailFragment, MonthlyStatementRowFragment } from '@wuye/schema';

export type StatementRow = MonthlyStatementRowFragment;
export type StatementDetail = MonthlyStatementDetailFragment;
