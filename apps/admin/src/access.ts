/**
 * Which viewer permission (from `me.permissions`) opens which screen. The API enforces the same
 * permissions on every operation; this only keeps the console from offering what would be refused.
 */
type Rule = {
  /** null: every staff member (an API key signs in without an inbox of its own). */
  read: string | null;
  manage?: string;
  role?: string;
};

const RESOURCE_PERMISSIONS: Record<string, Rule> = {
  projects: { read: 'project.read', manage: 'project.manage' },
  buildings: { read: 'project.read', manage: 'building.manage' },
  units: { read: 'project.read', manage: 'unit.manage' },
  residents: { read: 'resident.read', manage: 'resident.manage' },
  catalogItems: { read: 'catalog.read', manage: 'catalog.manage' },
  // "edit" is the project manager's draft editor; new versions start from a draft, not a form.
  priceLists: { read: 'catalog.read', manage: 'priceList.edit' },
  priceListReviews: { read: 'priceList.decide' },
  // 损益分析 (GM, project managers, finance); 亏损处理 is the project manager's review and decisions;
  // 损益总览 is the general manager's company-wide view with the discontinuations to approve.
  profitability: { read: 'profitability.read' },
  lossDecisions: { read: 'profitability.decide' },
  pnlOverview: { read: 'profitability.approve' },
  staffUsers: { read: 'staff.read', manage: 'staff.manage' },
  apiKeys: { read: 'apiKey.manage', manage: 'apiKey.manage' },
  // 回调地址: partner keys' webhook endpoints and their delivery logs (the GM's).
  webhookEndpoints: { read: 'webhook.manage', manage: 'webhook.manage' },
  auditEntries: { read: 'audit.read' },
  serviceOrders: { read: 'order.read', manage: 'order.register' },
  // 我的工单: the orders assigned to the signed-in worker (order.act alone is also the front desk's).
  myOrders: { read: 'order.act', role: 'WORKER' },
  // 日终检查 is the front desk's: those who register orders review them at the end of the day.
  endOfDayReview: { read: 'order.register' },
  // 领料单: the API lists requisitions to those who handle materials (workers, supervisors, managers).
  materialRequisitions: { read: 'order.materials' },
  payments: { read: 'order.read' },
  // 押金账户: "create" is the first top-up of a resident who has no account yet.
  depositAccounts: { read: 'deposit.manage', manage: 'deposit.manage' },
  // 业主确认 needs only statement.read; preparing, issuing, marking paid and correcting need statement.manage.
  monthlyStatements: { read: 'statement.read' },
  notifications: { read: null },
  // 投诉: every staff member reads the inbox; registering is the front desk's (and supervisors', managers').
  complaints: { read: 'complaint.read', manage: 'complaint.register' },
  // 回访: the worklist is for those who visit (customer service, supervisors, the project manager).
  followUps: { read: 'followUp.record' },
  // 不合格记录: raised for the project manager, watched by quality.
  nonconformities: { read: 'nonconformity.read', manage: 'nonconformity.manage' },
  // 投诉统计: 投诉情况月度汇总 of the projects the viewer may read.
  complaintStats: { read: 'complaint.read' },
  // 公司设置: deadlines, follow-up rates, office hours and holidays are the general manager's; the KPI
  // numbers there are read by those who review performance too (the page shows them only that part).
  companySettings: { read: 'kpi.read', manage: 'settings.manage' },
  // 考核与品质 (README §7). 项目绩效 is the KPI dashboard's drill-down (the dashboard is the landing page).
  projectKpis: { read: 'kpi.read' },
  // 我的考核: everyone's own month and appeals.
  myScorecard: { read: 'kpi.own' },
  // 扣分审核 and 考核得分: those who judge entries (supervisors: their departments, by the API's scope).
  penaltyEntries: { read: 'kpi.read', manage: 'kpi.manage' },
  monthlyScores: { read: 'kpi.read' },
  // 三级检查: records are read by those who inspect; the form is for those who may record one.
  inspections: { read: 'inspection.read', manage: 'inspection.record' },
  inspectionPlan: { read: 'inspection.read' },
  inspectionFindings: { read: 'inspection.read' },
  // 我的整改: anyone may be named responsible for a finding or own its corrective action.
  myFindings: { read: 'inspection.act' },
  inspectionSetup: { read: 'inspection.read' },
  inspectionReports: { read: 'inspectionReport.read', manage: 'inspectionReport.write' },
  satisfactionSurveys: { read: 'survey.read', manage: 'survey.manage' },
  housekeeperAppraisals: { read: 'appraisal.read', manage: 'appraisal.manage' },
  // 空置房巡查: housekeepers check their block's vacant units monthly; managers and quality watch.
  vacantUnits: { read: 'vacantUnit.read', manage: 'vacantUnit.check' },
};

/** react-admin actions: list, show, create, edit, delete, export, … */
export function canAccess(permissions: readonly string[], resource: string, action: string, roles: readonly string[] = []): boolean {
  const rule = RESOURCE_PERMISSIONS[resource];
  if (!rule) return false;
  if (rule.role && !roles.includes(rule.role)) return false;
  switch (action) {
    case 'list':
    case 'show':
      return rule.read === null ? roles.length > 0 : permissions.includes(rule.read);
    case 'create':
    case 'edit':
      return !!rule.manage && permissions.includes(rule.manage);
    default:
      return false;
  }
}
