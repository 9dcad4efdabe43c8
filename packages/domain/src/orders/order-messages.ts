import { catalogMessages, type CatalogLocale, type MessageParams } from '../catalog/catalog-messages.js';

/**
 * zh-CN and English texts for every messageKey the order rules return. It
 * includes the catalog's (and money's) texts, because a quote line's price is
 * checked by the catalog's validateQuotedPrice and keeps its messageKey.
 * `{name}` placeholders are filled from params; amounts arrive formatted ("¥30.00").
 */
export const orderMessages = {
  ...catalogMessages,

  'order.invalidTransition': {
    zh: '服务单当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a service order in state {from}',
  },
  'order.forbidden.role': { zh: '你的岗位不能执行此操作（{action}）', en: 'Your role does not allow this action ({action})' },
  'order.forbidden.notAssignedWorker': {
    zh: '只有被指派的服务人员可以执行此操作（{action}）',
    en: 'Only the worker assigned to this order can do this ({action})',
  },
  'order.forbidden.notOrderSupervisor': {
    zh: '只有接单的部门主管可以执行此操作（{action}）',
    en: 'Only the supervisor this order was dispatched to can do this ({action})',
  },
  'order.reasonRequired': { zh: '请填写原因', en: 'Give a reason' },

  'order.intake.residentNameRequired': { zh: '请填写业户姓名', en: 'Enter the resident’s name' },
  'order.intake.unitRequired': { zh: '请填写房号', en: 'Enter the unit' },
  'order.intake.phoneRequired': { zh: '请填写联系电话', en: 'Enter a phone number' },
  'order.intake.phoneInvalid': {
    zh: '电话号码格式不正确，请填写 11 位手机号或带区号的固定电话',
    en: 'Enter an 11-digit mobile number or a landline with its area code',
  },
  'order.intake.descriptionRequired': { zh: '请填写服务内容', en: 'Describe what is needed' },
  'order.intake.valueUnknown': { zh: '未知的选项“{value}”', en: 'Unknown option "{value}"' },
  'order.intake.partnerChannel': { zh: '合作方应用提交的服务单，来源必须为 App', en: 'An order filed by a partner app has the channel "app"' },

  'order.appointment.required': { zh: '请约定上门时间', en: 'Agree a time for the visit' },
  'order.appointment.invalidTime': { zh: '预约时间无效', en: 'The appointment time is not a valid time' },
  'order.appointment.tooSoon': {
    zh: '预约须至少预留 {minutes} 分钟，最早可约 {earliest}',
    en: 'Leave at least {minutes} minutes before the appointment: the earliest is {earliest}',
  },
  'order.appointment.endNotAfterStart': { zh: '预约结束时间须晚于开始时间', en: 'The appointment must end after it starts' },

  'order.quote.empty': { zh: '报价单至少需要一项', en: 'A quote needs at least one line' },
  'order.quote.freeOrder': { zh: '免费服务无需报价', en: 'A free service is not quoted' },
  'order.quote.nameRequired': { zh: '第 {line} 行：请填写名称', en: 'Line {line}: enter a name' },
  'order.quote.quantityNotWhole': {
    zh: '第 {line} 行：数量最多保留三位小数',
    en: 'Line {line}: a quantity has at most three decimal places',
  },
  'order.quote.quantityNotPositive': { zh: '第 {line} 行：数量必须大于 0', en: 'Line {line}: the quantity must be above 0' },
  'order.quote.goodsOnlyForErrands': {
    zh: '第 {line} 行：只有代订代购服务可以计入代购商品费用',
    en: 'Line {line}: only an errand (purchase on the resident’s behalf) has goods',
  },
  'order.quote.goodsAmountNotPositive': { zh: '第 {line} 行：商品金额必须大于 0', en: 'Line {line}: the goods amount must be above 0' },
  'order.quote.lineKindUnknown': { zh: '第 {line} 行：未知的报价项类型“{kind}”', en: 'Line {line}: unknown kind of line "{kind}"' },

  'order.consent.noQuote': { zh: '尚未报价，业户无法确认', en: 'There is no quote for the resident to agree to yet' },
  'order.consent.alreadyGiven': { zh: '业户已确认当前报价', en: 'The resident has already agreed to the current quote' },
  'order.verbalConsent.emergencyOnly': {
    zh: '只有紧急服务可以凭口头同意先行处理',
    en: 'Only an emergency may go ahead on the resident’s verbal consent',
  },
  'order.verbalConsent.alreadyRecorded': { zh: '已记录业户的口头同意', en: 'The resident’s verbal consent is already recorded' },
  'order.verbalConsent.noteRequired': {
    zh: '请记录口头同意的内容：谁同意、同意了什么',
    en: 'Record the verbal consent: who agreed, and to what',
  },
  'order.decline.nothingToDecline': { zh: '没有待业户确认的报价', en: 'There is no quote waiting for the resident’s answer' },

  'order.dispatch.consentFirst': {
    zh: '业户确认报价后才能派工（紧急服务除外）',
    en: 'An order is dispatched once the resident has agreed to the quote (emergencies excepted)',
  },
  'order.dispatch.wrongDepartment': {
    zh: '该类服务须派给负责部门的主管',
    en: 'This kind of service goes to a supervisor of the department that handles it',
  },
  'order.dispatch.supervisorRequired': { zh: '请选择接单的部门主管', en: 'Choose the supervisor to dispatch to' },
  'order.assign.workerRequired': { zh: '请选择服务人员', en: 'Choose a worker' },
  'order.assign.workerIsSupervisor': {
    zh: '派工主管与服务人员不能是同一人',
    en: 'The supervisor who assigns the work cannot also be the worker',
  },

  'order.start.consentRequired': {
    zh: '业户确认当前报价后才能开始服务（紧急服务须记录口头同意）',
    en: 'Work starts only after the resident agrees to the current quote (or, in an emergency, gives recorded verbal consent)',
  },
  'order.errand.quoteFirst': { zh: '代办服务须先报价，按报价预收费用', en: 'Quote the errand first: its prepayment follows the quote' },
  'order.errand.notPrepaid': {
    zh: '代办费用须在采购前预收：报价 {total}，已预收 {prepaid}，尚差 {due}',
    en: 'An errand is paid before the purchase: quoted {total}, prepaid {prepaid}, {due} still due',
  },
  'order.noOneHome.noteRequired': { zh: '请记录留下的温馨提示卡内容', en: 'Record the note card left at the door' },
  'order.noOneHome.arrivedAtRequired': { zh: '请填写到达时间', en: 'Enter when you arrived' },
  'order.noOneHome.arrivedInFuture': { zh: '到达时间不能晚于当前时间', en: 'The arrival time cannot be in the future' },
  'order.noOneHome.waitLonger': {
    zh: '无人在家时须等候至少 {minutes} 分钟再留言离开',
    en: 'Wait at least {minutes} minutes before leaving a note when nobody is home',
  },
  'order.complete.quoteRequired': { zh: '有偿服务须先报价才能完工', en: 'A paid service is quoted before it is completed' },
  'order.complete.consentRequired': {
    zh: '报价已变更，须业户重新确认后才能完工',
    en: 'The quote has changed: the resident must agree to it before completion',
  },
  'order.complete.ratingRequired': { zh: '请业户评价（1–5 分）', en: 'Ask the resident for a rating from 1 to 5' },
  'order.settle.freeOrder': { zh: '免费服务无需结算', en: 'A free service is not settled' },
  'order.settle.noQuote': { zh: '没有报价，无法结算', en: 'There is no quote to settle' },
  'order.settle.paymentRequired': { zh: '请填写收款方式', en: 'Enter how it is paid' },
  'order.close.settleFirst': { zh: '有偿服务须结算后才能关闭', en: 'A paid service is settled before it is closed' },
  'order.cancel.cancelledByRequired': { zh: '请选择由业户还是员工取消', en: 'Say whether the resident or staff cancelled' },
  'order.cancel.partnerForResidentOnly': {
    zh: '合作方应用只能代业户取消服务单',
    en: 'A partner app cancels only on the resident’s behalf',
  },

  'order.payment.amountNotPositive': { zh: '收款金额必须大于 0', en: 'The amount must be above 0' },
  'order.payment.methodUnknown': { zh: '未知的付款方式“{method}”', en: 'Unknown payment method "{method}"' },
  'order.payment.payerUnknown': { zh: '未知的付款人类型“{payerKind}”', en: 'Unknown kind of payer "{payerKind}"' },
  'order.payment.statementOwnersOnly': { zh: '只有业主可以记账月结', en: 'Only an owner can be billed on the monthly statement' },
  'order.payment.noDepositAccount': { zh: '付款人没有预交押金账户', en: 'The payer has no deposit account' },
  'order.payment.prepaymentMethod': {
    zh: '代办费用须现场预收（现金、扫码或押金），不能使用“{method}”',
    en: 'An errand’s prepayment is collected now (cash, QR or deposit), not by "{method}"',
  },
  'order.payment.collectorRequired': { zh: '请填写收款人', en: 'Enter who collected the money' },
  'order.payment.supervisorCollects': {
    zh: '{amount} 达到 {limit}，须由主管及以上人员收取',
    en: '{amount} is {limit} or more and must be collected by a supervisor or above',
  },
  'order.payment.notACollector': { zh: '你的岗位不能收取服务费用', en: 'Your role does not collect payment for services' },
  'order.payment.coveredByPrepayment': { zh: '预收费用已足额，请以预收款结算', en: 'The prepayment covers it: settle from the prepayment' },
  'order.payment.prepaymentShort': {
    zh: '预收费用不足，尚需收取 {due}，请选择其他付款方式',
    en: 'The prepayment falls short by {due}: choose another method for the rest',
  },
  'order.prepayment.errandsOnly': { zh: '只有代办服务预收费用', en: 'Only errands are prepaid' },
  'order.prepayment.tooLate': { zh: '服务已开始，不能再预收费用', en: 'The work has started: it is too late to prepay' },
  'order.prepayment.exceedsQuote': {
    zh: '预收 {amount} 超过尚未收取的报价金额 {outstanding}',
    en: 'A prepayment of {amount} is more than the {outstanding} still to pay on the quote',
  },

  'order.deposit.amountNotPositive': { zh: '金额必须大于 0', en: 'The amount must be above 0' },
  'order.deposit.insufficientFunds': {
    zh: '押金余额 {balance} 不足以支付 {amount}',
    en: 'The deposit balance of {balance} does not cover {amount}',
  },
  'order.deposit.refundExceedsBalance': {
    zh: '退款 {amount} 超过押金余额 {balance}',
    en: 'A refund of {amount} is more than the deposit balance of {balance}',
  },
  'order.deposit.operationUnknown': { zh: '未知的押金操作“{kind}”', en: 'Unknown deposit operation "{kind}"' },

  'order.requisition.orderNumberRequired': { zh: '领料单须注明服务单号', en: 'A materials requisition cites the order number' },
  'order.requisition.orderNumberMismatch': {
    zh: '领料单注明的单号 {cited} 与服务单号 {orderNumber} 不符',
    en: 'The requisition cites {cited}, not the order number {orderNumber}',
  },
  'order.requisition.orderNotActive': {
    zh: '只有已派工或进行中的服务单可以领料',
    en: 'Materials are issued only for an order that is assigned or in progress',
  },
  'order.requisition.supervisorSigns': {
    zh: '领料单须由接单的部门主管签字',
    en: 'The supervisor the order was dispatched to signs the requisition',
  },

  'order.review.expectedFinishRequired': { zh: '请填写预计完成时间', en: 'Enter when it will be finished' },
  'order.review.expectedFinishInPast': { zh: '预计完成时间须晚于当前时间', en: 'The expected finish must be later than now' },

  'order.statement.invalidTransition': {
    zh: '月结单当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a statement in state {from}',
  },
  'order.statement.notEditable': {
    zh: '月结单发出后不能修改，更正请记入下月月结单',
    en: 'An issued statement cannot change: correct it on the next one',
  },
  'order.statement.correctDraftDirectly': { zh: '草稿月结单请直接修改', en: 'A draft statement is edited directly' },
  'order.statement.periodNotOver': { zh: '本月尚未结束，不能发出月结单', en: 'The month is not over yet: the statement cannot be issued' },
  'order.statement.empty': { zh: '月结单没有任何费用', en: 'The statement has no lines' },
  'order.statement.adjustmentTargetRequired': { zh: '请选择要更正的月结单', en: 'Choose the statement being corrected' },
  'order.statement.adjustmentDescriptionRequired': { zh: '请填写更正说明', en: 'Describe the correction' },
  'order.statement.adjustmentAmountZero': { zh: '更正金额不能为 0', en: 'A correction amount cannot be 0' },
  'order.statement.adjustmentNotEarlier': {
    zh: '只能更正以前月份的月结单',
    en: 'Only a statement of an earlier month can be corrected',
  },

  'order.settings.hoursPositive': { zh: '时限须为大于 0 的小时数', en: 'A target is a number of hours above 0' },
  'order.alert.response.warning': { zh: '服务单即将超过响应时限（{due}）', en: 'The response deadline ({due}) is close' },
  'order.alert.response.breach': { zh: '服务单已超过响应时限（{due}）', en: 'The response deadline ({due}) has passed' },
  'order.alert.on_site.warning': { zh: '紧急服务即将超过到场时限（{due}）', en: 'The emergency on-site deadline ({due}) is close' },
  'order.alert.on_site.breach': { zh: '紧急服务已超过到场时限（{due}）', en: 'The emergency on-site deadline ({due}) has passed' },
  'order.alert.resolution.warning': { zh: '故障即将超过处理时限（{due}）', en: 'The resolution deadline ({due}) is close' },
  'order.alert.resolution.breach': { zh: '故障已超过处理时限（{due}）', en: 'The resolution deadline ({due}) has passed' },

  'order.schedule.frequencyUnknown': { zh: '未知的服务周期“{frequency}”', en: 'Unknown frequency "{frequency}"' },
  'order.schedule.weekdayInvalid': { zh: '请选择星期一至星期日', en: 'Choose a weekday, Monday to Sunday' },
  'order.schedule.dayInvalid': { zh: '日期须为 1 至 31 日', en: 'The day must be from 1 to 31' },
  'order.schedule.timeInvalid': { zh: '时间格式须为 HH:mm，如 09:00', en: 'Enter the time as HH:mm, e.g. 09:00' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type OrderMessageKey = keyof typeof orderMessages;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderOrderMessage(messageKey: OrderMessageKey, locale: CatalogLocale, params: MessageParams = {}): string {
  return orderMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
