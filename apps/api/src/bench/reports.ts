import { addMonths, monthParts, shanghaiMonthKey, type MonthKey } from '@wuye/domain';
import { ComplaintStatisticsDocument, ComplaintTrendDocument, KpiDashboardDocument, PnlOverviewDocument, ProjectKpisDocument } from '@wuye/schema';
import { print, type DocumentNode } from 'graphql';

/** What a report's variables are made from: the current month and one project of the history. */
export interface ReportScope {
  current: MonthKey;
  /** The last closed month: a project manager's monthly review. */
  lastClosed: MonthKey;
  projectId: string;
}

export interface ReportSpec {
  name: string;
  /** Company-wide 12 months or one project-month: the two targets of the issue. */
  scope: 'company, 12 months' | 'project-month';
  targetMs: number;
  query: string;
  variables(s: ReportScope): Record<string, unknown>;
}

const COMPANY_MS = 500;
const PROJECT_MONTH_MS = 50;

const yearMonth = (m: MonthKey) => monthParts(m);

/**
 * The reports timed over the history, as the console sends them (its own documents from
 * @wuye/schema). One more report is one more entry here.
 */
export const REPORTS: ReportSpec[] = [
  {
    name: 'P&L overview (pnlOverview)',
    scope: 'company, 12 months',
    targetMs: COMPANY_MS,
    query: print(PnlOverviewDocument as DocumentNode),
    variables: (s) => ({ filter: { fromMonth: addMonths(s.current, -11), toMonth: s.current } }),
  },
  {
    name: 'P&L overview (pnlOverview)',
    scope: 'project-month',
    targetMs: PROJECT_MONTH_MS,
    query: print(PnlOverviewDocument as DocumentNode),
    variables: (s) => ({ filter: { projectId: s.projectId, fromMonth: s.lastClosed, toMonth: s.lastClosed } }),
  },
  {
    name: 'Complaint trend (complaintTrend)',
    scope: 'company, 12 months',
    targetMs: COMPANY_MS,
    query: print(ComplaintTrendDocument as DocumentNode),
    variables: (s) => ({ ...yearMonth(s.current), months: 12 }),
  },
  {
    name: 'Complaint statistics (complaintStatistics)',
    scope: 'project-month',
    targetMs: PROJECT_MONTH_MS,
    query: print(ComplaintStatisticsDocument as DocumentNode),
    variables: (s) => ({ ...yearMonth(s.lastClosed), projectId: s.projectId }),
  },
  {
    name: 'KPI dashboard (kpiDashboard: projects × KPIs, 12-month sparklines)',
    scope: 'company, 12 months',
    targetMs: COMPANY_MS,
    query: print(KpiDashboardDocument as DocumentNode),
    variables: (s) => ({ month: s.current, months: 12 }),
  },
  {
    name: 'Project KPIs (projectKpis)',
    scope: 'project-month',
    targetMs: PROJECT_MONTH_MS,
    query: print(ProjectKpisDocument as DocumentNode),
    variables: (s) => ({ projectId: s.projectId, month: s.lastClosed }),
  },
];

export function reportScope(now: Date, projectId: string): ReportScope {
  const current = shanghaiMonthKey(now);
  return { current, lastClosed: addMonths(current, -1), projectId };
}
