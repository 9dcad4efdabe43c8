/**
 * Scaling for the console's hand-drawn SVG charts (no chart library): complaint statistics (counts
 * and rates from 0) and the P&L charts (money, which goes below zero). An axis spans a "nice"
 * [min, max] that always includes 0, bars stand on the zero line (up for positive values, down for
 * negative ones), and y grows downwards in SVG.
 */

export type PlotBox = { x: number; y: number; width: number; height: number };
export type Domain = { min: number; max: number };
/** A domain with the distance between its ticks. */
export type Axis = Domain & { step: number };

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`; 0 for 0 (or nothing to show). */
export function niceStep(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    // Rounding: 0.3 / 0.1 is 2.9999999999999996.
    if (candidate >= value - magnitude * 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * magnitude;
}

/**
 * How many steps an axis [0, max] takes: five or four when they come out round (0, 1, 2 … 5 or
 * 0, 20 % … 100 %); for counts, whole steps only.
 */
function tickCount(max: number, integer: boolean): number {
  for (const count of integer ? [5, 4, 3, 2, 1] : [5, 4]) {
    const step = max / count;
    if (integer ? Number.isInteger(step) : Number.isInteger(Number((step / 10 ** Math.floor(Math.log10(step))).toPrecision(12)))) return count;
  }
  return 4;
}

/** The axis [0, max] for a fixed top (e.g. 100 %), in five or four round steps (whole ones for counts). */
export function axisFromZero(max: number, { integer = false } = {}): Axis {
  return { min: 0, max, step: max / tickCount(max, integer) };
}

export type NiceDomainOptions = {
  /** At most this many steps (the default mode only). */
  count?: number;
  /**
   * Counts and rates from 0: the top itself is the nice number (1, 2, 2.5 or 5 × 10ⁿ at or above
   * the largest value; 1 for nothing to show), split into five or four round steps. Values below 0
   * are left off the axis (they clamp to the bottom).
   */
  niceTop?: boolean;
  /** With `niceTop`: counts, so the top and the steps are whole (a top of 2.5 becomes 3). */
  integer?: boolean;
};

/**
 * An axis for the values, 0 included, in at most `count` equal nice steps: values all ≥ 0 give
 * [0, top], all ≤ 0 give [bottom, 0], mixed signs put 0 on a tick. Nothing to show gives [0, 1].
 * With `niceTop`, see there.
 */
export function niceDomain(values: ReadonlyArray<number | null | undefined>, { count = 5, niceTop = false, integer = false }: NiceDomainOptions = {}): Axis {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const hi = Math.max(0, ...finite);
  const lo = Math.min(0, ...finite);
  if (niceTop) {
    const top = niceStep(hi) || 1;
    return axisFromZero(integer ? Math.ceil(top) : top, { integer });
  }
  if (hi === 0 && lo === 0) return { min: 0, max: 1, step: 1 / count };
  // The smallest nice step with which the steps above and below 0 fit in `count`.
  let step = niceStep((hi - lo) / count);
  for (;;) {
    const up = Math.max(0, Math.ceil(hi / step - 1e-9));
    const down = Math.max(0, Math.ceil(-lo / step - 1e-9));
    if (up + down <= count) return { min: down === 0 ? 0 : -down * step, max: up === 0 ? 0 : up * step, step };
    step = niceStep(step * 1.0001);
  }
}

/** A value → its y in the box: domain.max at the top, domain.min at the bottom, clamped. */
export function scaleY(value: number, domain: Domain, box: PlotBox): number {
  const span = domain.max - domain.min;
  const share = span <= 0 ? 0 : Math.min(Math.max((value - domain.min) / span, 0), 1);
  return box.y + box.height * (1 - share);
}

/** Tick values from min to max, `step` apart. */
export function ticks(axis: Axis): number[] {
  const out: number[] = [];
  const n = Math.round((axis.max - axis.min) / axis.step);
  for (let i = 0; i <= n; i++) out.push(Number((axis.min + i * axis.step).toPrecision(12)));
  return out;
}

/** The centre x of slot i of n across the box (bars and line points share it). */
export const slotCenter = (i: number, n: number, box: PlotBox) => box.x + (box.width / n) * (i + 0.5);

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Bars from the zero line: a positive value rises from it, a negative one hangs below it; `gap` is
 * the share of each slot left empty. With `series` > 1, slot i holds that many bars side by side
 * and this draws bar number `index`.
 */
export function barRects(values: ReadonlyArray<number | null>, domain: Domain, box: PlotBox, { gap = 0.3, series = 1, index = 0 } = {}): Rect[] {
  if (!values.length) return [];
  const slot = box.width / values.length;
  const group = slot * (1 - gap);
  const width = group / series;
  const zero = scaleY(0, domain, box);
  return values.map((value, i) => {
    const y = scaleY(value ?? 0, domain, box);
    return { x: box.x + slot * i + (slot - group) / 2 + width * index, y: Math.min(y, zero), width, height: Math.abs(zero - y) };
  });
}

export type Point = { x: number; y: number };

/** One point per value at the slot centres; a missing value (no data that month) is a gap. */
export function linePoints(values: ReadonlyArray<number | null>, domain: Domain, box: PlotBox): Array<Point | null> {
  return values.map((v, i) => (v == null ? null : { x: slotCenter(i, values.length, box), y: scaleY(v, domain, box) }));
}

const round = (n: number) => Math.round(n * 10) / 10;

/** An SVG path through the points ("M x y L x y …"), lifting the pen at each gap. */
export function linePath(points: ReadonlyArray<Point | null>): string {
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

/**
 * A sparkline's span: from the lowest to the highest value (the target too, so its line shows),
 * not from 0, since a sparkline is about the shape of a year rather than its size. A flat series
 * gets a band around its value so it is drawn mid-height; nothing to show gives [0, 1].
 */
export function spanDomain(values: ReadonlyArray<number | null | undefined>): Domain {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!finite.length) return { min: 0, max: 1 };
  const min = Math.min(...finite);
  const max = Math.max(...finite);
  if (min === max) {
    const pad = Math.abs(min) / 10 || 1;
    return { min: min - pad, max: max + pad };
  }
  return { min, max };
}

/** A value → its x in the box, domain.min at the left; clamped (a horizontal bar's end). */
export function scaleX(value: number, domain: Domain, box: PlotBox): number {
  const span = domain.max - domain.min;
  const share = span <= 0 ? 0 : Math.min(Math.max((value - domain.min) / span, 0), 1);
  return box.x + box.width * share;
}
