import { shanghaiDate } from '../calendar/working-calendar.js';
import { compareMonths, shanghaiMonthKey, type MonthKey } from '../profitability/month-key.js';

/**
 * README §7: housekeepers inspect vacant units at least monthly (空置房巡查), so a vacant flat's
 * leak or break-in is found by us, not by the neighbour below. A unit counts as checked for a
 * month when it has a check on any day of that Shanghai month; a month that is over without one
 * is overdue; the current month without one is due.
 */
export const VACANT_CHECK_STATUSES = ['checked', 'due', 'overdue'] as const;
export type VacantCheckStatus = (typeof VACANT_CHECK_STATUSES)[number];

export function vacantUnitCheckStatus({ month, checkedAt, now }: { readonly month: MonthKey; readonly checkedAt: readonly Date[]; readonly now: Date }): VacantCheckStatus {
  if (checkedAt.some((at) => shanghaiMonthKey(at) === month)) return 'checked';
  return compareMonths(month, shanghaiMonthKey(now)) < 0 ? 'overdue' : 'due';
}

/** The last check on or before the month's end, as a local date; null if none. */
export function lastVacantCheck(month: MonthKey, checkedAt: readonly Date[]): string | null {
  const days = checkedAt.map((at) => shanghaiDate(at)).filter((d) => d.slice(0, 7) <= month);
  return days.length ? days.sort().at(-1)! : null;
}
