/** Texts for the money issues, keyed by messageKey; `{name}` placeholders are filled from params. */
export const moneyMessages = {
  'money.yuan.empty': { zh: '请填写金额', en: 'Enter an amount' },
  'money.yuan.format': {
    zh: '金额格式不正确，请填写如 30、30.5 或 30.50 的数字',
    en: 'Enter the amount as a number such as 30, 30.5 or 30.50',
  },
  'money.yuan.tooManyDecimals': {
    zh: '金额最多保留两位小数（精确到分）',
    en: 'An amount has at most two decimal places (to the fen)',
  },
  'money.yuan.tooLarge': { zh: '金额超出允许范围', en: 'The amount is too large' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type MoneyMessageKey = keyof typeof moneyMessages;
