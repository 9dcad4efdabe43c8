/**
 * Scaling for the P&L charts, drawn as plain SVG (no chart library). Unlike counts, money goes
 * below zero: the axis spans a "nice" [min, max] that always includes 0, bars stand on the zero
 * line (up for profit, down for loss), and y grows downwards in SVG.
 */

export type PlotBox = { x: number; y: number; width: number; height: number };
export type Domain = { min: number; max: number };

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `value`; 0 for 0. */
export function niceStep(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    if (candidate >= value - magnitude * 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * magnitude;
}

/**
 * An axis for the values, 0 included, in at most `count` equal nice steps: values all ≥ 0 give
 * [0, top], all ≤ 0 give [bottom, 0], mixed signs put 0 on a tick. Nothing to show gives [0, 1].
 */
export function niceDomain(values: ReadonlyArray<number | null | undefined>, count = 5): Domain & { step: number } {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const hi = Math.max(0, ...finite);
  const lo = Math.min(0, ...finite);
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
export function ticks(domain: Domain & { step: number }): number[] {
  const out: number[] = [];
  const n = Math.round((domain.max - domain.min) / domain.step);
  for (let i = 0; i <= n; i++) out.push(Number((domain.min + i * domain.step).toPrecision(12)));
  return out;
}

/** The centre x of slot i of n across the box (bars and line points share it). */
export const slotCenter = (i: number, n: number, box: PlotBox) => box.x + (box.width / n) * (i + 0.5);

export type Rect = { x: number; y: number; width: number; height: number };

/**
 * Bars from the zero line: a positive value rises from it, a negative one hangs below it. With
 * `series` > 1, slot i holds that many bars side by side and this draws bar number `index`.
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
