import type { CatalogLocale, MessageParams } from '../catalog/catalog-messages.js';

/**
 * zh-CN and English texts for every messageKey the KPI, inspection and survey
 * rules return. `{name}` placeholders are filled from params; dates arrive as
 * local dates ("2025-11-10"). Params may carry more than the text shows (the
 * milestone code of a breach, the requisition id) for the console's own use.
 */
export const kpiMessages = {
  // settings
  'kpi.settings.pointsInvalid': { zh: '分值须为 0 到 {max} 的整数', en: 'Points are a whole number from 0 to {max}' },
  'kpi.settings.outOfRange': { zh: '须为 {min} 到 {max} 的整数', en: 'Must be a whole number from {min} to {max}' },

  // automatic proposals: why an entry was proposed
  'kpi.proposal.dissatisfiedSignOff': { zh: '业户验收评分 {rating} 分（不满意）', en: 'The resident rated the work {rating} at sign-off (dissatisfied)' },
  'kpi.proposal.orderDeadlineBreached': { zh: '服务单超过时限', en: 'A service order missed its deadline' },
  'kpi.proposal.complaintDeadlineBreached': { zh: '投诉处理超过时限', en: 'A complaint missed its deadline' },
  'kpi.proposal.workStartedWithoutConsent': { zh: '未经业户确认报价即开始服务', en: 'Work started before the resident agreed to the quote' },
  'kpi.proposal.materialsWithoutRequisition': { zh: '领料单未经主管签字即发料', en: 'Materials were issued on a requisition the supervisor had not signed' },
  'kpi.proposal.privateChargingReported': {
    zh: '回访或投诉反映私自收费、收受礼品或人情免费',
    en: 'A follow-up or complaint reports private charging, a gift or a fee waived for a favour',
  },
  'kpi.proposal.complaintAboutService': { zh: '服务引起业户有效投诉', en: 'The service led to a valid complaint' },

  // penalty entries
  'kpi.penalty.invalidTransition': {
    zh: '扣分记录当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a penalty entry in state {from}',
  },
  'kpi.penalty.ownEntry': { zh: '不能处理与自己有关的扣分记录', en: 'You cannot act on a penalty entry about yourself' },
  'kpi.penalty.forbiddenJudge': {
    zh: '只有该员工所在部门的主管、项目经理或总经理可以确认或撤销扣分',
    en: 'Only the supervisor of the person’s department, the project manager or the GM can confirm or dismiss a penalty',
  },
  'kpi.penalty.forbiddenRecord': {
    zh: '只有该员工所在部门的主管、项目经理、总经理或品质部可以登记扣分',
    en: 'Only the supervisor of the person’s department, the project manager, the GM or quality can record a penalty',
  },
  'kpi.penalty.appealOwnOnly': { zh: '只有被扣分的员工本人可以申诉', en: 'Only the person penalised can appeal' },
  'kpi.penalty.forbiddenDecideAppeal': { zh: '申诉由项目经理裁决', en: 'An appeal is decided by the project manager' },
  'kpi.penalty.ownConfirmation': {
    zh: '不能裁决自己确认的扣分的申诉，请由总经理裁决',
    en: 'You confirmed this penalty, so you cannot decide its appeal; the GM decides it',
  },
  'kpi.penalty.appealWindowClosed': {
    zh: '申诉期已过：确认后 {days} 天内（截至 {lastDay}）可以申诉',
    en: 'The appeal period is over: appeals are accepted for {days} days after confirmation (until {lastDay})',
  },
  'kpi.penalty.reasonRequired': { zh: '请填写原因', en: 'Give a reason' },
  'kpi.penalty.appealGroundsRequired': { zh: '请填写申诉理由', en: 'Give the grounds of the appeal' },
  'kpi.penalty.delayCauseRequired': { zh: '请判定延误是主观原因还是客观原因', en: 'Say whether the delay had subjective or objective causes' },
  'kpi.penalty.objectiveDelay': {
    zh: '客观原因造成的延误不扣分，请撤销该记录并填写原因',
    en: 'A delay with objective causes is not penalised: dismiss the entry and give the reason',
  },
  'kpi.penalty.ruleUnknown': { zh: '未知的扣分项“{rule}”', en: 'Unknown penalty rule "{rule}"' },
  'kpi.penalty.ruleSwitchedOff': { zh: '该扣分项已停用', en: 'This penalty rule is switched off' },
  'kpi.penalty.userRequired': { zh: '请选择被扣分的员工', en: 'Choose the person penalised' },
  'kpi.penalty.noteRequired': { zh: '请说明发生了什么', en: 'Describe what happened' },
  'kpi.penalty.evidenceInvalid': { zh: '关联的记录无效', en: 'The linked record is not valid' },
  'kpi.penalty.occurredAtInvalid': { zh: '发生时间无效', en: 'The time it happened is not a valid time' },
  'kpi.penalty.occurredInFuture': { zh: '发生时间不能晚于当前时间', en: 'The time it happened cannot be in the future' },

  // inspection findings and corrective actions
  'kpi.finding.none': { zh: '检查记录至少需要一项检查结果', en: 'An inspection record needs at least one finding' },
  'kpi.finding.resultUnknown': { zh: '未知的检查结果“{result}”', en: 'Unknown result "{result}"' },
  'kpi.finding.classRequired': { zh: '请选择不合格类别', en: 'Choose the nonconformity class' },
  'kpi.finding.classUnknown': { zh: '未知的不合格类别“{class}”', en: 'Unknown nonconformity class "{class}"' },
  'kpi.finding.classNotAllowed': { zh: '合格项没有不合格类别', en: 'A pass has no nonconformity class' },
  'kpi.finding.descriptionRequired': { zh: '请描述不合格情况', en: 'Describe the nonconformity' },
  'kpi.finding.responsibleRequired': { zh: '请选择责任人或分包方', en: 'Choose the person responsible or the subcontractor' },
  'kpi.finding.invalidTransition': {
    zh: '不合格项当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a nonconformity in state {from}',
  },
  'kpi.finding.forbiddenAcknowledge': {
    zh: '只有责任人可以签认（分包方的不合格项由部门主管或项目经理签认）',
    en: 'Only the person responsible signs (for a subcontractor, the department’s supervisor or the project manager)',
  },
  'kpi.finding.forbiddenPlan': {
    zh: '只有检查人、部门主管、项目经理或品质部可以制定纠正措施',
    en: 'Only the inspector, the department’s supervisor, the project manager or quality can set a corrective action',
  },
  'kpi.finding.forbiddenComplete': { zh: '只有纠正措施的负责人可以报告完成', en: 'Only the owner of the corrective action can report it done' },
  'kpi.finding.forbiddenVerify': {
    zh: '只有检查人、品质部或项目经理可以验证纠正措施',
    en: 'Only the inspector, quality or the project manager can verify a corrective action',
  },
  'kpi.finding.ownAction': { zh: '不能验证自己负责的纠正措施', en: 'You cannot verify a corrective action you own' },
  'kpi.finding.actionRequired': { zh: '请填写纠正预防措施', en: 'Describe the corrective action' },
  'kpi.finding.ownerRequired': { zh: '请选择纠正措施负责人', en: 'Choose who owns the corrective action' },
  'kpi.finding.deadlineRequired': { zh: '请填写完成期限', en: 'Enter a deadline' },
  'kpi.finding.deadlineInvalid': { zh: '期限“{date}”无效，请填写如 2025-11-15 的日期', en: 'The deadline "{date}" is not valid; use a date such as 2025-11-15' },
  'kpi.finding.deadlineInPast': { zh: '完成期限不能早于今天', en: 'The deadline cannot be before today' },
  'kpi.finding.completionNoteRequired': { zh: '请说明采取了哪些措施', en: 'Describe what was done' },
  'kpi.finding.reasonRequired': { zh: '请填写验证未通过的原因', en: 'Say why the verification failed' },

  // monthly inspection report
  'kpi.report.invalidTransition': {
    zh: '检查月报当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a monthly inspection report in state {from}',
  },
  'kpi.report.forbiddenSubmit': {
    zh: '只有项目负责人或品质部可以编写和提交检查月报',
    en: 'Only the project leader or quality can write and submit the monthly inspection report',
  },
  'kpi.report.forbiddenApprove': { zh: '只有总经理可以审批检查月报', en: 'Only the general manager can approve the monthly inspection report' },
  'kpi.report.ownSubmission': { zh: '不能审批自己提交的检查月报', en: 'You cannot approve a report you submitted' },
  'kpi.report.submitterRequired': { zh: '缺少提交人，无法审批', en: 'The submitter is unknown, so the report cannot be approved' },
  'kpi.report.sectionRequired': { zh: '请填写月报的全部内容', en: 'Fill in every section of the report' },
  'kpi.report.reasonRequired': { zh: '退回时请填写原因', en: 'Give a reason for returning the report' },
  'kpi.report.notEditable': { zh: '只有草稿状态的检查月报可以修改', en: 'Only a draft report can be edited' },

  // satisfaction surveys
  'kpi.survey.itemsEmpty': { zh: '调查至少需要一个项目', en: 'A survey needs at least one item' },
  'kpi.survey.itemCodeInvalid': { zh: '项目代码“{code}”无效（小写字母、数字和下划线）', en: 'The item code "{code}" is not valid (lower-case letters, digits and _)' },
  'kpi.survey.itemDuplicate': { zh: '项目“{code}”重复', en: 'The item "{code}" is listed twice' },
  'kpi.survey.itemLabelRequired': { zh: '请填写项目名称', en: 'Enter the item’s name' },
  'kpi.survey.unitRequired': { zh: '请填写房号', en: 'Enter the unit' },
  'kpi.survey.itemUnknown': { zh: '调查中没有项目“{item}”', en: 'The survey has no item "{item}"' },
  'kpi.survey.levelInvalid': { zh: '“{item}”的评价须为 1 到 5 级', en: 'The rating of "{item}" must be from 1 to 5' },
  'kpi.survey.noAnswers': { zh: '问卷没有任何评价', en: 'The questionnaire has no ratings' },

  // checklists
  'kpi.checklist.areaUnknown': { zh: '未知的检查区域“{area}”', en: 'Unknown inspection area "{area}"' },
  'kpi.checklist.textRequired': { zh: '请填写此项', en: 'Fill this in' },
  'kpi.checklist.textTooLong': { zh: '不能超过 {max} 个字', en: 'At most {max} characters' },
  'kpi.checklist.sortRange': { zh: '排序须为 0 到 {max} 之间的整数', en: 'The position must be a whole number from 0 to {max}' },

  // housekeeper appraisal
  'kpi.appraisal.weightInvalid': { zh: '权重须为 0 到 100 的整数', en: 'A weight is a whole number from 0 to 100' },
  'kpi.appraisal.weightsSum': { zh: '各项权重之和须为 100（现为 {sum}）', en: 'The weights must add up to 100 (now {sum})' },
  'kpi.appraisal.derivedNotEditable': {
    zh: '本月此项由数据计算得出，不能手工评分',
    en: 'This dimension is derived from the month’s data and cannot be scored by hand',
  },
  'kpi.appraisal.scoreInvalid': { zh: '评分须为 0 到 100 的整数', en: 'A score is a whole number from 0 to 100' },
  'kpi.appraisal.scoreRequired': { zh: '定稿前请为此项评分', en: 'Score this dimension before finalising' },

  // KPI targets
  'kpi.target.directionUnknown': { zh: '未知的指标方向“{direction}”', en: 'Unknown direction "{direction}"' },
  'kpi.target.notWholeNumber': { zh: '目标值须为整数', en: 'A target is a whole number' },
  'kpi.target.amberNegative': { zh: '预警区间不能为负数', en: 'The amber band cannot be negative' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type KpiMessageKey = keyof typeof kpiMessages;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderKpiMessage(messageKey: KpiMessageKey, locale: CatalogLocale, params: MessageParams = {}): string {
  return kpiMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
