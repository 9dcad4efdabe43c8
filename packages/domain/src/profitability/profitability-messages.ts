import { catalogMessages, type CatalogLocale, type MessageParams } from '../catalog/catalog-messages.js';

/**
 * zh-CN and English texts for every messageKey the profitability rules return.
 * It includes the catalog's (and money's) texts, because a proposed price is
 * checked by the catalog's validatePricing and keeps its messageKey.
 * `{name}` placeholders are filled from params; amounts arrive formatted
 * ("¥30.00"), rates as "20.00%".
 */
export const profitabilityMessages = {
  ...catalogMessages,

  // monthly figures handed in by the API
  'profitability.figures.notWholeNumber': { zh: '必须为整数', en: 'Must be a whole number' },
  'profitability.figures.negative': { zh: '不能为负数', en: 'Cannot be negative' },
  'profitability.figures.monthInvalid': {
    zh: '月份“{month}”无效，请填写如 2025-10 的月份',
    en: 'The month "{month}" is not valid; use a month such as 2025-10',
  },
  'profitability.figures.chargeUnknown': { zh: '未知的收费类型“{charge}”', en: 'Unknown kind of charge "{charge}"' },
  'profitability.figures.freeRevenue': {
    zh: '免费服务的收入必须为 0，实际为 {revenue}',
    en: 'A free service has no revenue, but {revenue} was recorded',
  },

  // the company's target band
  'profitability.band.notWholeNumber': { zh: '利润率须为整数个基点（0.01%）', en: 'A margin rate is a whole number of basis points (0.01%)' },
  'profitability.band.negative': { zh: '利润率目标不能为负数', en: 'A margin target cannot be negative' },
  'profitability.band.floorAboveCeiling': {
    zh: '目标利润率下限 {floor} 高于上限 {ceiling}',
    en: 'The target margin floor {floor} is above the ceiling {ceiling}',
  },

  // decisions on loss-making items
  'profitability.decision.kindUnknown': { zh: '未知的处理方式“{kind}”', en: 'Unknown kind of decision "{kind}"' },
  'profitability.decision.reasonRequired': { zh: '请填写理由', en: 'Give a reason' },
  'profitability.decision.notUnderReview': {
    zh: '该项目本月状态为“{status}”，只有亏损或微利的项目需要作出处理决定',
    en: 'This item’s status is "{status}"; only loss-making or thin-margin items need a decision',
  },
  'profitability.decision.onlyProjectManager': {
    zh: '只有本项目的项目经理可以作出亏损处理决定',
    en: 'Only a manager of this project can record a decision on a loss-making item',
  },
  'profitability.decision.onlyGeneralManager': {
    zh: '只有总经理可以审批调价或停止服务',
    en: 'Only the general manager can approve or reject a price rise or a discontinuation',
  },
  'profitability.decision.ownProposal': {
    zh: '不能审批自己提出的处理决定',
    en: 'You cannot approve or reject a decision you proposed',
  },
  'profitability.decision.proposerRequired': {
    zh: '缺少提出人，无法审批',
    en: 'The proposer is unknown, so the decision cannot be approved or rejected',
  },
  'profitability.decision.invalidTransition': {
    zh: '处理决定当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a decision in state {from}',
  },
  'profitability.decision.proposedPricingRequired': { zh: '调价须填写提议的新价格', en: 'A price rise needs the proposed price' },
  'profitability.decision.proposedPricingMode': {
    zh: '提议的新价格须为固定价、区间价或视工程量定价',
    en: 'The proposed price must be fixed, a range or by workload',
  },
  'profitability.decision.priceNotRaised': {
    zh: '提议价格 {proposed} 没有高于当前价格 {current}',
    en: 'The proposed price {proposed} is not above the current price {current}',
  },
  'profitability.decision.targetOrdersRequired': {
    zh: '请填写每月目标单数（大于 0 的整数）',
    en: 'Enter the target number of orders per month (a whole number above 0)',
  },
  'profitability.decision.reviewOnRequired': { zh: '请填写复核日期', en: 'Enter a review date' },
  'profitability.decision.reviewOnInvalid': {
    zh: '复核日期“{date}”无效，请填写如 2025-12-31 的日期',
    en: 'The review date "{date}" is not valid; use a date such as 2025-12-31',
  },
  'profitability.decision.reviewOnNotFuture': { zh: '复核日期须晚于今天', en: 'The review date must be after today' },

  // escalation to the general manager
  'profitability.escalation.lossStreak': {
    zh: '“{item}”已连续 {months} 个月亏损且没有处理决定',
    en: '"{item}" has made a loss for {months} months in a row without a decision',
  },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type ProfitabilityMessageKey = keyof typeof profitabilityMessages;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderProfitabilityMessage(
  messageKey: ProfitabilityMessageKey,
  locale: CatalogLocale,
  params: MessageParams = {},
): string {
  return profitabilityMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
