/**
 * Scaling for the statistics page's hand-drawn SVG charts (no chart library): a "nice" axis top,
 * linear scales, bar rectangles and line paths in a plot box whose y grows downwards.
 */

export type Box = { x: number; y: number; width: number; height: number };

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value` (an axis top); 1 for nothing to show. */
export function niceCeil(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    // Rounding: 0.3 / 0.1 is 2.9999999999999996.
    if (candidate >= value - magnitude * 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * magnitude;
}

/** value in [0, max] → a y in the box (0 at the bottom, max at the top), clamped to the box. */
export function scaleY(value: number, max: number, box: Box): number {
  const share = max <= 0 ? 0 : Math.min(Math.max(value / max, 0), 1);
  return box.y + box.height * (1 - share);
}

/**
 * How many steps the axis takes: five or four when they come out round (0, 1, 2 … 5 or 0, 20 % …
 * 100 %); for counts, whole steps only.
 */
export function tickCount(max: number, integer = false): number {
  for (const count of integer ? [5, 4, 3, 2, 1] : [5, 4]) {
    const step = max / count;
    if (integer ? Number.isInteger(step) : Number.isInteger(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(12)))) return count;
  }
  return 4;
}

/** An axis top for counts: a nice number, whole (2.5 → 3). */
export const countAxisMax = (value: number) => Math.ceil(niceCeil(value));

/** Evenly spaced axis values 0 … max. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Number(((max * i) / count).toPrecision(12)));
}

export type BarRect = { x: number; y: number; width: number; height: number };

/** One bar per value, side by side across the box; `gap` is the share of each slot left empty. */
export function barRects(values: readonly number[], max: number, box: Box, gap = 0.3): BarRect[] {
  if (!values.length) return [];
  const slot = box.width / values.length;
  const width = slot * (1 - gap);
  return values.map((value, i) => {
    const top = scaleY(value, max, box);
    return { x: box.x + slot * i + (slot - width) / 2, y: top, width, height: box.y + box.height - top };
  });
}

/** The centre x of slot i of n across the box (bar centres and line points share it). */
export const slotCenter = (i: number, n: number, box: Box) => box.x + (box.width / n) * (i + 0.5);

/** Points of a line, one per value; a missing value (no data that month) is a gap. */
export function linePoints(values: readonly (number | null)[], max: number, box: Box): Array<{ x: number; y: number } | null> {
  return values.map((v, i) => (v == null ? null : { x: slotCenter(i, values.length, box), y: scaleY(v, max, box) }));
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through the points: "M x y L x y …", starting again after each gap. */
export function linePath(points: ReadonlyArray<{ x: number; y: number } | null>): string {
  const parts: string[] = [];
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    parts.push(`${pen ? 'L' : 'M'}${round(p.x)} ${round(p.y)}`);
    pen = true;
  }
  return parts.join(' ');
}
