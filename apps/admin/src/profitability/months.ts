import { addMonths, isMonthKey, monthsBetween, shanghaiMonthKey, trailingMonths } from '@wuye/domain';

/** The API's longest P&L range. */
export const MAX_MONTHS = 24;

/** The month it is in China now, "YYYY-MM". */
export const currentMonth = (now = new Date()) => shanghaiMonthKey(now);

/** The default range: the last 12 months, this one included. */
export function lastTwelveMonths(now = new Date()): { from: string; to: string } {
  const to = currentMonth(now);
  return { from: addMonths(to, -11), to };
}

/** The previous month: the last one that is over, what a review looks at by default. */
export const previousMonth = (now = new Date()) => addMonths(currentMonth(now), -1);

/** Every month of the range, oldest first; [] when the range is not valid. */
export function monthsOf(from: string, to: string): string[] {
  if (!isMonthKey(from) || !isMonthKey(to)) return [];
  const span = monthsBetween(from, to);
  if (span < 0 || span >= MAX_MONTHS) return [];
  return trailingMonths(to, span + 1);
}

/** Why a range cannot be asked for, as an i18n key; null when it can. */
export function rangeProblem(from: string, to: string): string | null {
  if (!isMonthKey(from) || !isMonthKey(to)) return 'resources.profitability.range.incomplete';
  const span = monthsBetween(from, to);
  if (span < 0) return 'resources.profitability.range.reversed';
  if (span >= MAX_MONTHS) return 'resources.profitability.range.tooLong';
  return null;
}

/** "2026-03" → "26/03" for a narrow column or an axis. */
export const shortMonth = (month: string) => `${month.slice(2, 4)}/${month.slice(5, 7)}`;
