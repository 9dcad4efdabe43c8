import {
  addLocalDays,
  addLocalMonths,
  shanghaiDate,
  shanghaiInstant,
  shanghaiWeekday,
  WEEKDAYS,
  type Weekday,
} from '../calendar/working-calendar.js';
import { orderIssue, type OrderIssue } from './order-failure.js';

/**
 * When a long-term agreement's service recurs (业主特约服务协议, approved by the
 * project manager, README §3.7): every week on a weekday, or every month on a
 * day, at a Shanghai wall-clock time "HH:MM" (00:00–23:59).
 * A monthly day past the end of a month falls on that month's last day: the
 * 31st is 30 April and 28 (or 29) February.
 */
export type ScheduleRule =
  | { readonly frequency: 'weekly'; readonly weekday: Weekday; readonly time: string }
  | { readonly frequency: 'monthly'; /** 1–31. */ readonly day: number; readonly time: string };

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Issues with the rule's fields (`frequency`, `weekday`, `day`, `time`), for the agreement form. */
export function validateScheduleRule(rule: ScheduleRule): OrderIssue[] {
  const issues: OrderIssue[] = [];
  if (rule.frequency === 'weekly') {
    if (!(WEEKDAYS as readonly string[]).includes(rule.weekday)) issues.push(orderIssue('weekday', 'order.schedule.weekdayInvalid'));
  } else if (rule.frequency === 'monthly') {
    if (!Number.isSafeInteger(rule.day) || rule.day < 1 || rule.day > 31) issues.push(orderIssue('day', 'order.schedule.dayInvalid'));
  } else {
    return [orderIssue('frequency', 'order.schedule.frequencyUnknown', { frequency: String((rule as { frequency?: unknown }).frequency) })];
  }
  if (typeof rule.time !== 'string' || !TIME.test(rule.time)) issues.push(orderIssue('time', 'order.schedule.timeInvalid'));
  return issues;
}

/**
 * The instants the rule falls on in [from, to), in order. Throws RangeError for
 * an invalid rule or instant (check the rule with validateScheduleRule first).
 */
export function occurrences({ rule, from, to }: { readonly rule: ScheduleRule; readonly from: Date; readonly to: Date }): Date[] {
  const issue = validateScheduleRule(rule)[0];
  if (issue !== undefined) throw new RangeError(`Invalid schedule rule: ${issue.field}`);
  const firstDate = shanghaiDate(from);
  if (Number.isNaN(to.getTime())) throw new RangeError('to must be a valid Date');
  const result: Date[] = [];
  const take = (at: Date) => {
    if (at.getTime() >= from.getTime()) result.push(at);
  };

  if (rule.frequency === 'weekly') {
    const shift = (WEEKDAYS.indexOf(rule.weekday) - WEEKDAYS.indexOf(shanghaiWeekday(firstDate)) + 7) % 7;
    for (let date = addLocalDays(firstDate, shift); ; date = addLocalDays(date, 7)) {
      const at = shanghaiInstant(date, rule.time);
      if (at.getTime() >= to.getTime()) return result;
      take(at);
    }
  }

  // From January N of the first year, addLocalMonths lands on day N of each month or on its last day.
  const [year, month] = firstDate.split('-').map(Number) as [number, number];
  const anchor = `${year}-01-${String(rule.day).padStart(2, '0')}`;
  for (let months = month - 1; ; months += 1) {
    const at = shanghaiInstant(addLocalMonths(anchor, months), rule.time);
    if (at.getTime() >= to.getTime()) return result;
    take(at);
  }
}
