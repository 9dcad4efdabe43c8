import type { MessageParams } from '../catalog/catalog-messages.js';

/** zh-CN and English texts for every messageKey the calendar rules return; `{name}` placeholders come from params. */
export const calendarMessages = {
  'calendar.window.format': {
    zh: '工作时段 {start}–{end} 格式不正确，请填写如 08:30 的时间',
    en: 'The working window {start}–{end} is not valid; enter times such as 08:30',
  },
  'calendar.window.order': {
    zh: '工作时段的开始时间 {start} 必须早于结束时间 {end}',
    en: 'A working window must start ({start}) before it ends ({end})',
  },
  'calendar.window.overlap': {
    zh: '工作时段 {start}–{end} 与同一天的其他时段重叠',
    en: 'The working window {start}–{end} overlaps another window on the same day',
  },
  'calendar.date.invalid': { zh: '日期“{date}”无效，请填写如 2025-10-01 的日期', en: 'The date "{date}" is not valid; use a date such as 2025-10-01' },
  'calendar.date.holidayAndMakeUp': {
    zh: '{date} 不能同时是法定节假日和调休上班日',
    en: '{date} cannot be both a public holiday and a make-up working day',
  },
  'calendar.makeUp.noHours': {
    zh: '调休上班日没有工作时段，请设置调休日工作时间或周一工作时间',
    en: 'Make-up working days have no working hours; set make-up day hours or Monday hours',
  },
  'calendar.holiday.order': {
    zh: '假期开始日期 {from} 不能晚于结束日期 {to}',
    en: 'A holiday cannot start ({from}) after it ends ({to})',
  },
  'calendar.holiday.outsideYear': {
    zh: '{date} 不属于 {year} 年的放假安排',
    en: '{date} is outside the {year} holiday schedule',
  },
  'calendar.noWorkingTime': { zh: '一周中没有任何工作时段', en: 'The week has no working hours at all' },
} as const satisfies Record<string, { readonly zh: string; readonly en: string }>;

export type CalendarMessageKey = keyof typeof calendarMessages;

/** Fills `{name}` placeholders; a placeholder without a param is left as written. */
export function renderCalendarMessage(messageKey: CalendarMessageKey, locale: 'zh' | 'en', params: MessageParams = {}): string {
  return calendarMessages[messageKey][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}
