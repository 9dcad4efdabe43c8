import { isMonthKey } from '@wuye/domain';
import { useQueryParams } from '../common/use-query-params';
import { previousMonth } from '../profitability/months';

/**
 * The month a KPI screen shows, kept in the URL (`?month=2026-11`) so a drill-down and the way
 * back keep it. Default: the last month that is over, since a month in progress is not yet
 * comparable across projects.
 */
export function useMonthParam(fallback: () => string = () => previousMonth()): [string, (month: string) => void] {
  const [params, set] = useQueryParams();
  const value = params.get('month') ?? '';
  return [isMonthKey(value) ? value : fallback(), (month) => set('month', month)];
}
