import { linePath, linePoints, scaleY, spanDomain, type PlotBox, type Point } from '../common/chart-scale';

export type SparklineGeometry = {
  /** The line, lifting the pen over months without data. */
  path: string;
  /** One per month; null where there is no value. */
  points: Array<Point | null>;
  /** The target's height, or null when there is none. */
  targetY: number | null;
};

/**
 * A twelve-month sparkline in a small box: scaled from the lowest to the highest value, the target
 * included so its dashed line is always inside the box.
 */
export function sparkline(values: ReadonlyArray<number | null>, target: number | null | undefined, box: PlotBox): SparklineGeometry {
  const domain = spanDomain([...values, target]);
  const points = linePoints(values, domain, box);
  return { path: linePath(points), points, targetY: target == null ? null : scaleY(target, domain, box) };
}
