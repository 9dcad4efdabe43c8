import { addLocalMonths, shanghaiDate, shanghaiInstant } from '../calendar/working-calendar.js';

/**
 * A calendar month in Asia/Shanghai, "YYYY-MM": the key of every monthly
 * figure (P&L rows, scores, inspection reports). An instant belongs to the
 * month of its Shanghai local date, so 2025-09-30T16:30Z (00:30 on 1 October
 * in Shanghai) is "2025-10".
 */
export type MonthKey = string;

const MONTH_KEY_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonthKey(value: unknown): value is MonthKey {
  return typeof value === 'string' && MONTH_KEY_PATTERN.test(value) && value >= '1000-01';
}

function requireMonthKey(month: MonthKey): MonthKey {
  if (!isMonthKey(month)) throw new RangeError(`Not a month "YYYY-MM": ${String(month)}`);
  return month;
}

/** The Shanghai month of an instant: 2025-09-30T16:30Z → "2025-10". */
export function shanghaiMonthKey(instant: Date): MonthKey {
  return shanghaiDate(instant).slice(0, 7);
}

/** The key of a year and month number: (2026, 3) → "2026-03". */
export function monthKeyOf(year: number, month: number): MonthKey {
  return requireMonthKey(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
}

/** The year and month number of a key: "2026-03" → { year: 2026, month: 3 }. */
export function monthParts(month: MonthKey): { readonly year: number; readonly month: number } {
  const [year, m] = requireMonthKey(month).split('-').map(Number) as [number, number];
  return { year, month: m };
}

/** The month of a local date "YYYY-MM-DD". */
export function monthKeyOfDate(date: string): MonthKey {
  return requireMonthKey(date.slice(0, 7));
}

/** A month moved by whole months: ("2025-01", -1) → "2024-12". */
export function addMonths(month: MonthKey, months: number): MonthKey {
  return addLocalMonths(`${requireMonthKey(month)}-01`, months).slice(0, 7);
}

/** Whole months from a to b: ("2025-11", "2026-02") → 3; negative when b is earlier. */
export function monthsBetween(a: MonthKey, b: MonthKey): number {
  const index = (m: MonthKey) => {
    const parts = monthParts(m);
    return parts.year * 12 + (parts.month - 1);
  };
  return index(b) - index(a);
}

/** The `count` months ending with `endMonth`, oldest first: ("2025-03", 3) → ["2025-01", "2025-02", "2025-03"]. */
export function trailingMonths(endMonth: MonthKey, count = 12): MonthKey[] {
  requireMonthKey(endMonth);
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError('count must be a whole number ≥ 1');
  return Array.from({ length: count }, (_, i) => addMonths(endMonth, i - count + 1));
}

/** The month as instants, [start, end): from 00:00 Shanghai time on the 1st to 00:00 on the 1st of the next month. */
export function monthRange(month: MonthKey): { readonly start: Date; readonly end: Date } {
  const first = `${requireMonthKey(month)}-01`;
  return { start: shanghaiInstant(first), end: shanghaiInstant(addLocalMonths(first, 1)) };
}

/** Months compare as text; a total order for sorting. */
export function compareMonths(a: MonthKey, b: MonthKey): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
