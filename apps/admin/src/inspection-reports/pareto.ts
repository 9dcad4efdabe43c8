import { PARETO_VITAL_FEW_BASIS_POINTS } from '@wuye/domain';
import { axisFromZero, barRects, linePath, niceDomain, scaleY, slotCenter, type Axis, type PlotBox, type Point, type Rect } from '../common/chart-scale';

export type ParetoRowLike = { category: string; count: number; cumulativeBasisPoints: number; vital: boolean };

export type ParetoGeometry = {
  /** Counts, on the left axis, from 0 in whole steps. */
  countAxis: Axis;
  /** The cumulative share, on the right axis, 0–100 % (basis points). */
  shareAxis: Axis;
  bars: Rect[];
  /** The cumulative line through each bar's centre. */
  points: Point[];
  path: string;
  /** The 80 % line that marks the vital few. */
  cutoffY: number;
};

const SHARE = axisFromZero(10_000);

/**
 * A Pareto chart (排列图) of the month's nonconformities by category: bars in the API's order
 * (largest first) on a count axis, the cumulative share as a line on a 0–100 % axis, and the 80 %
 * line. Shares and the vital few are the API's; this only places them.
 */
export function paretoChart(rows: readonly ParetoRowLike[], box: PlotBox): ParetoGeometry {
  const counts = rows.map((r) => r.count);
  const countAxis = niceDomain(counts, { niceTop: true, integer: true });
  const points = rows.map((r, i) => ({ x: slotCenter(i, rows.length, box), y: scaleY(r.cumulativeBasisPoints, SHARE, box) }));
  return {
    countAxis,
    shareAxis: SHARE,
    bars: barRects(counts, countAxis, box, { gap: 0.25 }),
    points,
    path: linePath(points),
    cutoffY: scaleY(PARETO_VITAL_FEW_BASIS_POINTS, SHARE, box),
  };
}
