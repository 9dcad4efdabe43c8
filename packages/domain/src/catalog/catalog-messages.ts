import { moneyMessages } from '../money/money-messages.js';

/**
 * zh-CN and English texts for every messageKey the catalog rules return, so the
 * API can localise an issue. `{name}` placeholders are filled from the issue's
 * params; amounts arrive pre-formatted as "¥30.00", rates as "20.00%".
 */
export const catalogMessages = {
  ...moneyMessages,

  'catalog.unit.required': { zh: '请填写计价单位', en: 'Enter a unit of charge' },
  'catalog.unit.unknown': {
    zh: '计价单位“{unit}”不在本公司的单位列表中',
    en: 'The unit of charge "{unit}" is not in the company’s list of units',
  },

  'catalog.pricing.modeUnknown': { zh: '未知的定价方式“{mode}”', en: 'Unknown pricing mode "{mode}"' },
  'catalog.price.required': { zh: '请填写价格', en: 'Enter a price' },
  'catalog.price.minRequired': { zh: '请填写最低价', en: 'Enter a minimum price' },
  'catalog.price.maxRequired': { zh: '请填写最高价', en: 'Enter a maximum price' },
  'catalog.price.notWholeFen': { zh: '金额必须精确到分', en: 'An amount must be a whole number of fen' },
  'catalog.price.negative': { zh: '金额不能为负数', en: 'An amount cannot be negative' },
  'catalog.price.minAboveMax': {
    zh: '最低价 {min} 高于最高价 {max}',
    en: 'The minimum price {min} is above the maximum price {max}',
  },
  'catalog.price.rangeNotAllowed': {
    zh: '固定价、免费或未定价的项目不能设置价格区间',
    en: 'A fixed-price, free or unpriced item has no price range',
  },
  'catalog.price.priceNotAllowed': {
    zh: '区间定价、视工程量定价或未定价的项目不能设置单一价格',
    en: 'A range, by-workload or unpriced item has no single price',
  },
  'catalog.price.freeMustBeZero': { zh: '免费服务的价格必须为 0', en: 'A free service’s price must be 0' },
  'catalog.price.unset': {
    zh: '“{item}”尚未定价，请先定价再提交审批',
    en: '"{item}" has no price yet; price it before submitting for approval',
  },

  'catalog.quote.mustEqualPrice': {
    zh: '报价必须等于公示价 {price}',
    en: 'The quote must equal the published price {price}',
  },
  'catalog.quote.outOfRange': {
    zh: '报价 {quoted} 必须在公示价格区间 {min}–{max} 之内',
    en: 'The quote {quoted} must be within the published range {min}–{max}',
  },
  'catalog.quote.mustBeFree': { zh: '免费服务不能收费', en: 'A free service cannot be charged' },
  'catalog.quote.unpriced': {
    zh: '该项目尚未定价，不能报价',
    en: 'This item has no price and cannot be quoted',
  },

  'catalog.cost.notWholeNumber': { zh: '必须为整数', en: 'Must be a whole number' },
  'catalog.cost.negative': { zh: '不能为负数', en: 'Cannot be negative' },
  'catalog.margin.loss': {
    zh: '按 {price} 收费低于成本 {cost}，亏损 {loss}',
    en: 'At {price} the service is below its cost of {cost}: a loss of {loss}',
  },
  'catalog.margin.overCeiling': {
    zh: '按 {price} 收费利润率为 {rate}，超过保本微利上限 {ceiling}，请复核',
    en: 'At {price} the margin is {rate}, above the break-even-with-small-profit ceiling of {ceiling}; please review',
  },
  'catalog.margin.goodwill': {
    zh: '免费服务，成本 {cost} 由公司承担',
    en: 'Free service: its cost of {cost} is borne by the company',
  },

  'catalog.priceList.invalidTransition': {
    zh: '价目表当前状态（{from}）不允许此操作（{action}）',
    en: 'This action ({action}) is not allowed on a price list in state {from}',
  },
  'catalog.priceList.notEditable': {
    zh: '只有草稿状态的价目表可以修改',
    en: 'Only a draft price list can be edited',
  },
  'catalog.priceList.onlyProjectManager': {
    zh: '只有本项目的项目经理可以编制和提交价目表',
    en: 'Only a manager of this project can draft and submit its price list',
  },
  'catalog.priceList.onlyGeneralManager': {
    zh: '只有总经理可以审批价目表',
    en: 'Only the general manager can approve or reject a price list',
  },
  'catalog.priceList.ownSubmission': {
    zh: '不能审批自己提交的价目表',
    en: 'You cannot approve or reject a price list you submitted',
  },
  'catalog.priceList.publishForbidden': {
    zh: '只有总经理或本项目的项目经理可以公示价目表',
    en: 'Only the general manager or a manager of this project can publish its price list',
  },
  'catalog.priceList.submitterRequired': {
    zh: '缺少提交人，无法审批',
    en: 'The submitter is unknown, so the price list cannot be approved or rejected',
  },
  'catalog.priceList.reasonRequired': { zh: '驳回时请填写原因', en: 'Give a reason for the rejection' },
  'catalog.priceList.effectiveAtInvalid': { zh: '生效时间无效', en: 'The effective time is not a valid time' },
  'catalog.priceList.effectiveAtInPast': {
    zh: '生效时间不能早于当前时间',
    en: 'The effective time cannot be in the past',
  },
  'catalog.priceList.empty': { zh: '价目表中没有任何服务项目', en: 'The price list has no items' },
  'catalog.priceList.duplicateItem': {
    zh: '“{item}”在价目表中出现了多次',
    en: '"{item}" appears more than once in the price list',
  },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type CatalogMessageKey = keyof typeof catalogMessages;
export type CatalogLocale = 'zh' | 'en';
export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderCatalogMessage(
  messageKey: CatalogMessageKey,
  locale: CatalogLocale,
  params: MessageParams = {},
): string {
  return catalogMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
