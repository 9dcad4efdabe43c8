import { scaleX, type PlotBox } from '../common/chart-scale';

export type LevelCount = { level: number; count: number };

export type Segment = { level: number; count: number; x: number; width: number };

/**
 * One item's answers as a stacked bar across the box, 5 (非常满意) at the left to 1 at the right,
 * each level as wide as its share of the answers. Levels nobody chose take no width.
 */
export function distributionSegments(distribution: readonly LevelCount[], box: PlotBox): Segment[] {
  const answered = distribution.reduce((n, d) => n + d.count, 0);
  const ordered = [...distribution].sort((a, b) => b.level - a.level);
  let x = box.x;
  return ordered.map((d) => {
    const width = answered === 0 ? 0 : (box.width * d.count) / answered;
    const segment = { level: d.level, count: d.count, x, width };
    x += width;
    return segment;
  });
}

/** A satisfaction rate (the API's basis points) as a bar from the left edge; no rate, no bar. */
export function rateBar(rateBasisPoints: number | null | undefined, box: PlotBox): { x: number; width: number } | null {
  if (rateBasisPoints == null) return null;
  return { x: box.x, width: scaleX(rateBasisPoints, { min: 0, max: 10_000 }, box) - box.x };
}
