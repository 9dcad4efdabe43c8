import type { MessageParams } from '../catalog/catalog-messages.js';

/**
 * zh-CN and English texts for every messageKey the complaint, suggestion,
 * repeat-detection and follow-up rules return, plus the labels of milestones,
 * alerts and intake duties. `{name}` placeholders are filled from params;
 * times arrive formatted in Asia/Shanghai ("2025-10-09 16:30").
 */
export const complaintMessages = {
  // intake classification
  'complaint.department.required': { zh: '请选择责任部门', en: 'Choose the responsible department' },
  'complaint.department.unknown': { zh: '未知的责任部门“{department}”', en: 'Unknown responsible department "{department}"' },
  'complaint.category.required': { zh: '请选择投诉类别', en: 'Choose the complaint category' },
  'complaint.category.unknown': { zh: '未知的投诉类别“{category}”', en: 'Unknown complaint category "{category}"' },
  'complaint.validity.required': { zh: '请判定是否为有效投诉', en: 'Decide whether the complaint is valid' },
  'complaint.invalidReason.required': { zh: '无效投诉请填写原因', en: 'Give the reason the complaint is invalid' },
  'complaint.severity.required': { zh: '请选择投诉等级', en: 'Choose the severity' },
  'complaint.severity.unknown': { zh: '未知的投诉等级“{severity}”', en: 'Unknown severity "{severity}"' },
  'complaint.category2.engineering': {
    zh: '开发商及房屋质量类投诉由工程部负责',
    en: 'Developer and building-quality complaints are handled by engineering',
  },
  'complaint.suggestion.noCategory': { zh: '建议不分投诉类别', en: 'A suggestion has no complaint category' },
  'complaint.suggestion.noValidity': { zh: '建议不判定有效或无效', en: 'A suggestion is not judged valid or invalid' },
  'complaint.suggestion.noSeverity': { zh: '建议不分等级', en: 'A suggestion has no severity' },

  // SLA settings and agreed extensions
  'complaint.settings.hoursPositive': { zh: '时限必须是大于 0 的小时数', en: 'A time limit must be a number of hours above 0' },
  'complaint.settings.daysWhole': { zh: '工作日时限必须是至少 1 天的整数', en: 'A working-day limit must be a whole number of at least 1' },
  'complaint.settings.baseUnknown': { zh: '未知的计时方式“{base}”', en: 'Unknown time base "{base}"' },
  'complaint.settings.majorLaxer': {
    zh: '重大投诉的处理时限不能长于严重投诉',
    en: 'Major complaints cannot be given longer than serious ones',
  },
  'complaint.extension.milestoneReached': { zh: '该节点已完成，无需约定新时间', en: 'This milestone is already reached' },
  'complaint.extension.tooLate': {
    zh: '时限已过，不能再约定新的答复时间；超时记录保留',
    en: 'The deadline has passed, so a new reply time can no longer be agreed; the breach stands',
  },
  'complaint.extension.invalidDate': { zh: '约定的答复时间无效', en: 'The agreed reply time is not a valid time' },
  'complaint.extension.notLater': {
    zh: '约定的答复时间必须晚于当前时限',
    en: 'The agreed reply time must be later than the current deadline',
  },

  // lifecycle
  'complaint.transition.invalid': {
    zh: '投诉当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a complaint in state {from}',
  },
  'complaint.transition.wrongCategory': {
    zh: '第 {category} 类投诉不能执行此操作（{action}）',
    en: 'This action ({action}) does not apply to a category {category} complaint',
  },
  'complaint.forbidden.departmentHead': {
    zh: '只有责任部门主管或项目经理可以执行此操作',
    en: 'Only the responsible department’s supervisor or the project manager can do this',
  },
  'complaint.forbidden.engineering': { zh: '只有工程部可以执行此操作', en: 'Only engineering can do this' },
  'complaint.forbidden.engineeringOrProjectManager': {
    zh: '只有工程部或项目经理可以执行此操作',
    en: 'Only engineering or the project manager can do this',
  },
  'complaint.forbidden.projectManager': { zh: '只有项目经理可以签字', en: 'Only the project manager can sign this' },
  'complaint.forbidden.handler': { zh: '您不能登记投诉处理结果', en: 'You cannot record the handling of a complaint' },
  'complaint.forbidden.customerService': {
    zh: '只有客服人员可以验证处理结果',
    en: 'Only customer service can verify the result',
  },
  'complaint.forbidden.closer': {
    zh: '只有客服、项目经理或总经理可以关闭投诉',
    en: 'Only customer service, the project manager or the general manager can close a complaint',
  },
  'complaint.sign.sameSigner': {
    zh: '工程部经理和项目经理须由两人分别签字',
    en: 'The engineering manager and the project manager must be two different people',
  },
  'complaint.verify.ownResolution': {
    zh: '不能验证自己登记的处理结果',
    en: 'You cannot verify a resolution you recorded yourself',
  },
  'complaint.reason.required': { zh: '请填写原因', en: 'Give a reason' },
  'complaint.findings.required': { zh: '请填写现场核实情况', en: 'Record what was found on site' },
  'complaint.developerResponseDueAt.required': {
    zh: '请填写开发商的答复期限',
    en: 'Set the date by which the developer must respond',
  },
  'complaint.developerResponseDueAt.notFuture': {
    zh: '开发商答复期限必须晚于当前时间',
    en: 'The developer’s response date must be in the future',
  },
  'complaint.developerResponse.required': { zh: '请填写开发商的答复', en: 'Record the developer’s response' },
  'complaint.date.invalid': { zh: '时间无效', en: 'Not a valid time' },
  'complaint.resolution.causeRequired': { zh: '请填写原因分析', en: 'Record the cause' },
  'complaint.resolution.handlingRequired': { zh: '请填写处理措施', en: 'Record how it was handled' },
  'complaint.resolution.completedAtRequired': { zh: '请填写完成时间', en: 'Record when the handling was completed' },
  'complaint.resolution.completedInFuture': { zh: '完成时间不能晚于当前时间', en: 'The completion time cannot be in the future' },
  'complaint.resolution.completedBeforeRegistered': {
    zh: '完成时间不能早于投诉登记时间',
    en: 'The completion time cannot be before the complaint was registered',
  },

  // suggestions
  'suggestion.transition.invalid': {
    zh: '建议当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a suggestion in state {from}',
  },
  'suggestion.forbidden.decide': {
    zh: '只有责任部门主管、项目经理或总经理可以决定是否采纳建议',
    en: 'Only the responsible supervisor, the project manager or the general manager can decide on a suggestion',
  },
  'suggestion.forbidden.tell': {
    zh: '只有客服人员或项目经理可以答复住户',
    en: 'Only customer service or the project manager can tell the resident',
  },
  'suggestion.reason.required': {
    zh: '请填写采纳或不采纳的理由，以便答复住户',
    en: 'Give the reason for the decision so the resident can be told',
  },

  // repeat detection
  'complaint.repeat.sameMatter': {
    zh: '同一房号 {days} 天内就同一事项投诉 {count} 次，须开具不合格报告',
    en: 'The same unit has complained about the same matter {count} times in {days} days: raise a nonconformity',
  },
  'complaint.repeat.sameRepair': {
    zh: '同一房号 {days} 天内同一维修项目返修 {count} 次，须开具不合格报告',
    en: 'The same repair was needed {count} times for the same unit in {days} days: raise a nonconformity',
  },

  // follow-up rules
  'followUp.rate.outsideProcedure': {
    zh: '回访比例须在 {min} 至 {max} 之间',
    en: 'The follow-up share must be between {min} and {max}',
  },
  'followUp.window.invalid': { zh: '回访期限必须是整数天或整数月', en: 'A follow-up window is a whole number of days or months' },
  'followUp.window.closesBeforeOpening': {
    zh: '回访期限的截止早于开始',
    en: 'The follow-up window closes before it opens',
  },

  // milestones and alerts
  'complaint.milestone.on_site': { zh: '到达现场', en: 'On site' },
  'complaint.milestone.first_feedback': { zh: '首次反馈', en: 'First feedback' },
  'complaint.milestone.resolution': { zh: '处理完成', en: 'Resolution' },
  'complaint.milestone.developer_response': { zh: '开发商答复', en: 'Developer response' },
  'complaint.alert.on_site.warning': { zh: '投诉即将超过到场时限（{due}）', en: 'The on-site deadline ({due}) is close' },
  'complaint.alert.on_site.breach': { zh: '投诉已超过到场时限（{due}）', en: 'The on-site deadline ({due}) has passed' },
  'complaint.alert.first_feedback.warning': {
    zh: '投诉即将超过首次反馈时限（{due}）',
    en: 'The first-feedback deadline ({due}) is close',
  },
  'complaint.alert.first_feedback.breach': {
    zh: '投诉已超过首次反馈时限（{due}）',
    en: 'The first-feedback deadline ({due}) has passed',
  },
  'complaint.alert.resolution.warning': { zh: '投诉即将超过处理时限（{due}）', en: 'The resolution deadline ({due}) is close' },
  'complaint.alert.resolution.breach': { zh: '投诉已超过处理时限（{due}）', en: 'The resolution deadline ({due}) has passed' },
  'complaint.alert.developer_response.warning': {
    zh: '开发商即将超过答复期限（{due}）',
    en: 'The developer’s response date ({due}) is close',
  },
  'complaint.alert.developer_response.breach': {
    zh: '开发商已超过答复期限（{due}）',
    en: 'The developer’s response date ({due}) has passed',
  },

  // intake duties
  'complaint.duty.thank_resident': { zh: '感谢住户提出建议', en: 'Thank the resident for the suggestion' },
  'complaint.duty.apologise': { zh: '向住户致歉', en: 'Apologise to the resident' },
  'complaint.duty.apologise_in_person_or_by_phone': {
    zh: '当面或电话向住户致歉',
    en: 'Apologise to the resident in person or by phone',
  },
  'complaint.duty.notify_project_manager': { zh: '立即报告项目经理', en: 'Tell the project manager at once' },
  'complaint.duty.engineering_site_check': { zh: '工程部到现场核实', en: 'Engineering verifies on site' },
  'complaint.duty.explain_and_refer': { zh: '向住户解释并转介相关单位', en: 'Explain to the resident and refer the matter' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type ComplaintMessageKey = keyof typeof complaintMessages;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderComplaintMessage(messageKey: ComplaintMessageKey, locale: 'zh' | 'en', params: MessageParams = {}): string {
  return complaintMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
