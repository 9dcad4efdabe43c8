import { calendarMessages, catalogMessages, complaintMessages, kpiMessages, notificationMessages, orderMessages, profitabilityMessages, webhookMessages } from '@wuye/domain';

/**
 * Server-side messages in zh-CN and English. Errors carry a key and params; the
 * formatter renders the caller's language (Accept-Language, zh-CN by default).
 */
export const MESSAGES = {
  'error.unauthenticated': { zh: '请先登录', en: 'Please sign in' },
  'error.tokenExpired': { zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  'error.forbidden': { zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  'error.notFound': { zh: '找不到该%{entity}', en: '%{entity} not found' },
  'error.conflict': {
    zh: '该%{entity}已被他人修改，请刷新后重试',
    en: 'This %{entity} was changed by someone else; reload and try again',
  },
  'error.duplicate': { zh: '%{field}已存在', en: '%{field} already exists' },
  'error.referenceMissing': { zh: '引用的记录不存在', en: 'A referenced record does not exist' },
  'error.validation': { zh: '输入有误：%{detail}', en: 'Invalid input: %{detail}' },
  'error.internal': { zh: '服务器内部错误，请稍后重试', en: 'Internal server error; please try again later' },
  'error.unavailable': { zh: '服务暂时不可用，请稍后重试', en: 'Service temporarily unavailable; please try again shortly' },
  'error.invalidValue': { zh: '输入的值无法保存，请检查后重试', en: 'A value could not be stored; check the input and try again' },
  'error.tooManyInvalidValues': { zh: '输入中无效的值过多，已停止处理', en: 'Too many invalid values in the input; processing stopped' },
  'error.rateLimited': {
    zh: '请求过于频繁，请 %{seconds} 秒后重试',
    en: 'Too many requests; try again in %{seconds} s',
  },
  'error.queryTooCostly': {
    zh: '查询过于复杂（估算成本 %{cost}，上限 %{max}），请减少字段或每页条数',
    en: 'Query too costly (estimated %{cost}, limit %{max}); ask for fewer fields or smaller pages',
  },
  'error.invalidState': { zh: '当前状态不允许此操作', en: 'This is not allowed in the current state' },
  'apiKey.revoked': { zh: '该密钥已吊销', en: 'This key has been revoked' },
  'apiKey.alreadyRotated': { zh: '该密钥已轮换，请轮换它的新密钥', en: 'This key was already rotated; rotate its replacement' },
  'auth.invalidCredentials': { zh: '账号或密码错误', en: 'Wrong login or password' },
  'auth.locked': {
    zh: '连续登录失败次数过多，账号已锁定至 %{until}',
    en: 'Too many failed logins; the account is locked until %{until}',
  },
  'auth.inactive': { zh: '账号已停用', en: 'This account is disabled' },
  'access.assignment.projectRequired': { zh: '该角色必须指定项目', en: 'This role needs a project' },
  'access.assignment.projectNotAllowed': {
    zh: '总经理和品质管理部为全公司角色，不能指定项目',
    en: 'General manager and quality are company-wide roles and take no project',
  },
  'access.assignment.departmentRequired': { zh: '部门主管必须指定部门', en: 'A supervisor needs a department' },
  'validation.length': { zh: '长度须在 %{min} 到 %{max} 之间', en: 'length must be between %{min} and %{max}' },
  'validation.maxLength': { zh: '长度不能超过 %{max}', en: 'must be at most %{max} characters' },
  'validation.notEmpty': { zh: '不能为空', en: 'must not be empty' },
  'validation.email': { zh: '邮箱格式不正确', en: 'is not a valid email address' },
  'validation.phone': { zh: '手机号格式不正确', en: 'is not a valid phone number' },
  'validation.code': { zh: '只能包含字母、数字和 -_', en: 'may only contain letters, digits, - and _' },
  'validation.min': { zh: '不能小于 %{min}', en: 'must be at least %{min}' },
  'validation.max': { zh: '不能大于 %{max}', en: 'must be at most %{max}' },
  'validation.password': { zh: '密码至少 8 位', en: 'password must be at least 8 characters' },
  'validation.arrayNotEmpty': { zh: '至少选择一项', en: 'choose at least one' },
  'validation.invalid': { zh: '值无效', en: 'is not valid' },
  'validation.nulCharacter': { zh: '不能包含空字符（U+0000）', en: 'must not contain a NUL character (U+0000)' },
  'validation.malformedText': { zh: '包含无效的字符', en: 'contains characters that are not valid text' },
  'validation.dateRange': { zh: '时间须在 1900 年至 2199 年之间', en: 'must be a time between the years 1900 and 2199' },
  'validation.emptyId': { zh: '编号不能为空字符串', en: 'must not be an empty id' },
  'validation.duplicateEntry': { zh: '列表中有重复项', en: 'An entry is listed twice' },
  'validation.allDimensions': { zh: '请填写全部五项的权重', en: 'Give the weights of all five dimensions' },
  'validation.date': { zh: '日期格式应为 YYYY-MM-DD', en: 'A date is written YYYY-MM-DD' },
  'validation.month': { zh: '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM' },
  'kpi.userNotInProject': { zh: '该员工不在此项目', en: 'This person does not work in this project' },
  'inspection.forbiddenLevel': {
    zh: '您不能进行此级别或此区域的检查（日检：班组长；周检：部门经理；月检：项目负责人或品质部；半年审核：总部）',
    en: 'You cannot inspect at this level or in this area (daily: team leaders; weekly: department managers; monthly: project leader or quality; half-yearly: head office)',
  },
  'inspection.itemNotInArea': { zh: '检查项“%{item}”不属于该区域或已停用', en: 'The checklist item "%{item}" is not an active item of this area' },
  'inspection.itemTwice': { zh: '同一检查项只能记录一次', en: 'Each checklist item is recorded once' },
  'inspection.postNotInArea': { zh: '该岗位不属于本项目的这个区域', en: 'The post is not a post of this area in this project' },
  'inspection.inFuture': { zh: '检查时间不能晚于当前时间', en: 'The inspection cannot be in the future' },
  'inspection.subcontractorUnknown': { zh: '分包方不存在或不承接该区域', en: 'No such subcontractor working in this area' },
  'survey.periodInvalid': { zh: '调查期间应为年份（如 2026）或半年（如 2026-H1）', en: 'The period is a year (2026) or a half year (2026-H1)' },
  'survey.periodTaken': { zh: '该项目本期已有满意度调查', en: 'This project already has a survey for this period' },
  'survey.closed': { zh: '调查已结束，不能再录入问卷', en: 'The survey is closed; no more questionnaires can be entered' },
  'survey.unitNotInProject': { zh: '房号不属于该项目', en: 'The unit is not in this project' },
  'survey.unitAnswered': { zh: '该房号已提交过问卷', en: 'This unit has already returned its questionnaire' },
  'survey.returnedExceedsDistributed': {
    zh: '回收份数（%{returned}）不能多于发放份数',
    en: 'More questionnaires were returned (%{returned}) than handed out',
  },
  'survey.datesInvalid': { zh: '结束日期不能早于开始日期', en: 'The survey cannot close before it opens' },
  'survey.actionDone': { zh: '该整改措施已完成', en: 'This improvement action is already done' },
  'vacantUnit.occupied': { zh: '该房号有住户，不是空置房', en: 'Someone lives in this unit: it is not vacant' },
  'vacantUnit.notYourBlock': { zh: '该房号不在您负责的组团', en: 'This unit is not in your block' },
  'appraisal.notHousekeeper': { zh: '该员工不是本项目的管家', en: 'This person is not a housekeeper of this project' },
  'appraisal.final': { zh: '考核已定稿，不能修改', en: 'The appraisal is final and cannot be changed' },
  'appraisal.monthNotOver': { zh: '月份结束后才能定稿', en: 'An appraisal is finalised once its month is over' },
  'order.partnerDailyLimit': {
    zh: '该手机号今日通过合作方应用提交的服务单已达 %{limit} 单上限',
    en: 'This phone number has reached the limit of %{limit} orders a day through partner apps',
  },
  'order.dispatch.notSupervisor': { zh: '只能派给本项目的部门主管', en: 'Dispatch to a supervisor of this project' },
  'order.assign.notWorker': { zh: '只能指派本项目的服务人员', en: 'Assign a worker of this project' },
  'order.startedInFuture': { zh: '开始时间不能晚于当前时间', en: 'The start cannot be in the future' },
  'order.startedBeforeRegistration': { zh: '开始时间不能早于登记时间', en: 'The work cannot start before the order was registered' },
  'order.requisition.issuedInFuture': { zh: '发料时间不能晚于当前时间', en: 'The issue cannot be in the future' },
  'order.requisition.issuedBeforeRequest': { zh: '发料时间不能早于领料申请时间', en: 'Stock cannot be issued before it was requested' },
  'complaint.accusedNotInProject': { zh: '被反映的员工不在此项目', en: 'The person named does not work in this project' },
  'order.requisition.notSigned': { zh: '领料单须先经主管签字才能发料', en: 'A requisition must be signed by the supervisor before stock is issued' },
  'complaint.extension.noSuchClock': { zh: '该投诉没有这个时限节点', en: 'This complaint has no such deadline' },
  'profitability.decision.viaPriceList': {
    zh: '调价通过价目表审批生效，请在价目表审批中处理',
    en: 'A price rise is decided in the price list approval',
  },
  'profitability.decision.priceListBusy': {
    zh: '该项目第 %{number} 版价目表正在审批中，请待其处理后再提出调价',
    en: 'Version %{number} of this project’s price list is under approval; propose the rise once it is decided',
  },
  'profitability.discontinued': { zh: '该服务项目已经总经理批准停办，不能再报价：%{item}', en: 'This service was discontinued with the GM’s approval and cannot be quoted: %{item}' },
  'settings.sevenDays': { zh: '请为周一至周日七天分别填写工作时间', en: 'Give the working hours of all seven days, Monday to Sunday' },
  'settings.holidayYearTwice': { zh: '同一年份的节假日安排只能有一份', en: 'Each year’s holiday schedule can appear only once' },
  'order.residentNotInUnit': { zh: '该住户不属于所选房号', en: 'The resident does not live in that unit' },
  'order.idempotencyKeyReused': {
    zh: '该幂等键已用于另一笔付款',
    en: 'This idempotency key was already used for a different payment',
  },
  'catalog.quote.itemNotPublished': {
    zh: '“%{item}”不在该项目当前公示的价目表中，不能报价',
    en: '"%{item}" is not in the project’s published price list and cannot be quoted',
  },
  'catalog.priceList.openExists': {
    zh: '该项目已有一个进行中的价目表（第 %{number} 版），请先完成它',
    en: 'This project already has price list version %{number} in progress; finish it first',
  },
  'catalog.priceList.nothingPublished': { zh: '该项目还没有已公示的价目表', en: 'This project has no published price list yet' },
  'catalog.priceList.notReady': {
    zh: '价目表还有 %{count} 处需要完善，暂不能提交',
    en: 'The price list has %{count} issue(s) to fix before it can be submitted',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type MessageKey = keyof typeof MESSAGES;

/** Entity names as users say them, for "找不到该项目" rather than "Project not found" in Chinese. */
export const ENTITY_LABELS: Record<string, { zh: string; en: string }> = {
  Project: { zh: '项目', en: 'project' },
  Building: { zh: '楼栋', en: 'building' },
  Unit: { zh: '房号', en: 'unit' },
  Resident: { zh: '住户', en: 'resident' },
  StaffUser: { zh: '员工', en: 'staff member' },
  ApiKey: { zh: 'API 密钥', en: 'API key' },
  CatalogItem: { zh: '服务项目', en: 'catalog item' },
  PriceList: { zh: '价目表', en: 'price list' },
  PriceListEntry: { zh: '价目表条目', en: 'price list entry' },
  ServiceOrder: { zh: '服务单', en: 'service order' },
  MonthlyStatement: { zh: '月结账单', en: 'monthly statement' },
  Complaint: { zh: '投诉', en: 'complaint' },
  DepositAccount: { zh: '押金账户', en: 'deposit account' },
  Company: { zh: '公司', en: 'company' },
  CompanySettings: { zh: '公司设置', en: 'company settings' },
  PenaltyEntry: { zh: '扣分记录', en: 'penalty entry' },
  ChecklistItem: { zh: '检查项', en: 'checklist item' },
  InspectionPost: { zh: '岗位', en: 'post' },
  Subcontractor: { zh: '分包方', en: 'subcontractor' },
  Inspection: { zh: '检查记录', en: 'inspection' },
  InspectionFinding: { zh: '不合格项', en: 'finding' },
  InspectionReport: { zh: '检查月报', en: 'monthly inspection report' },
  SatisfactionSurvey: { zh: '满意度调查', en: 'satisfaction survey' },
  SurveyAction: { zh: '整改措施', en: 'improvement action' },
  HousekeeperAppraisal: { zh: '管家考核', en: 'housekeeper appraisal' },
  WebhookEndpoint: { zh: '回调地址', en: 'webhook endpoint' },
  WebhookDelivery: { zh: '推送记录', en: 'webhook delivery' },
};

export type Params = Record<string, string | number>;

/** Fills `%{name}` (ours) and `{name}` (the domain's) placeholders. */
export function render(template: string, params: Params): string {
  return template.replace(/%?\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** Our messages plus the domain's rule messages, so a domain issue's key can be thrown as is. */
const CATALOGUE: Record<string, { zh: string; en: string }> = {
  ...catalogMessages,
  ...orderMessages,
  ...complaintMessages,
  ...calendarMessages,
  ...notificationMessages,
  ...profitabilityMessages,
  ...kpiMessages,
  ...webhookMessages,
  ...MESSAGES,
};

export function translate(
  key: string,
  params: Params,
  extra: Record<string, { zh: string; en: string }> = {},
): { zh: string; en: string } {
  const entry = CATALOGUE[key] ?? extra[key];
  if (!entry) return { zh: key, en: key };
  const entity = typeof params.entity === 'string' ? ENTITY_LABELS[params.entity] : undefined;
  return {
    zh: render(entry.zh, entity ? { ...params, entity: entity.zh } : params),
    en: render(entry.en, entity ? { ...params, entity: entity.en } : params),
  };
}
