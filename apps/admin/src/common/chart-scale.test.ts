import { describe, expect, it } from 'vitest';
import { axisFromZero, barRects, linePath, linePoints, niceDomain, niceStep, scaleX, scaleY, slotCenter, spanDomain, ticks, type PlotBox } from './chart-scale';

const box: PlotBox = { x: 40, y: 10, width: 400, height: 200 };
/** The complaint statistics' box (narrower). */
const statsBox: PlotBox = { x: 40, y: 10, width: 300, height: 200 };

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([3, 7, 10, 13, 21, 313, 0.3].map(niceStep)).toEqual([5, 10, 10, 20, 25, 500, 0.5]);
    expect(niceStep(0.3)).toBeCloseTo(0.5);
    expect(niceStep(0.2)).toBeCloseTo(0.2);
    expect(niceStep(0)).toBe(0);
    expect(niceStep(Number.NaN)).toBe(0);
  });
});

describe('niceDomain', () => {
  it('starts at 0 for amounts that are all positive', () => {
    expect(niceDomain([120000, 80000, null])).toEqual({ min: 0, max: 125000, step: 25000 });
    expect(niceDomain([7])).toEqual({ min: 0, max: 8, step: 2 });
  });

  it('keeps a small loss from taking half the chart', () => {
    // Revenue up to ¥376, one month's margin -¥7.54: one step below zero, four above.
    expect(niceDomain([37600, 6700, -754])).toEqual({ min: -10000, max: 40000, step: 10000 });
  });

  it('puts 0 on a tick when margins go below zero', () => {
    const d = niceDomain([1000, -300]);
    expect(d).toEqual({ min: -500, max: 1000, step: 500 });
    expect(ticks(d)).toEqual([-500, 0, 500, 1000]);
  });

  it('ends at 0 for amounts that are all losses', () => {
    expect(niceDomain([-300, -120])).toEqual({ min: -300, max: 0, step: 100 });
  });

  it('gives an empty chart an axis', () => {
    expect(niceDomain([])).toEqual({ min: 0, max: 1, step: 0.2 });
    expect(niceDomain([null, 0])).toEqual({ min: 0, max: 1, step: 0.2 });
  });
});

describe('niceDomain with a nice top (counts and rates from 0)', () => {
  const top = (value: number) => niceDomain([value], { niceTop: true }).max;

  it('rounds the axis top up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([3, 7, 10, 13, 21, 313].map(top)).toEqual([5, 10, 10, 20, 25, 500]);
    expect(top(0.3)).toBeCloseTo(0.5);
    expect(top(0.2)).toBeCloseTo(0.2);
    expect(niceDomain([1, null, 3], { niceTop: true }).min).toBe(0);
  });

  it('gives an empty chart an axis', () => {
    expect(niceDomain([0], { niceTop: true })).toEqual({ min: 0, max: 1, step: 0.2 });
    expect(niceDomain([Number.NaN], { niceTop: true })).toEqual({ min: 0, max: 1, step: 0.2 });
    expect(niceDomain([], { niceTop: true, integer: true })).toEqual({ min: 0, max: 1, step: 1 });
  });

  it('takes round steps', () => {
    expect(axisFromZero(5, { integer: true }).step).toBe(1);
    expect(axisFromZero(3, { integer: true }).step).toBe(1);
    expect(axisFromZero(20, { integer: true }).step).toBe(4);
    expect(axisFromZero(500).step).toBe(100);
    expect(axisFromZero(10_000).step).toBe(2000);
    expect(axisFromZero(250).step).toBe(50);
    expect(ticks(niceDomain([2.1], { niceTop: true, integer: true }))).toEqual([0, 1, 2, 3]);
  });

  it('spaces ticks evenly', () => {
    expect(ticks({ min: 0, max: 20, step: 5 })).toEqual([0, 5, 10, 15, 20]);
    expect(ticks({ min: 0, max: 1, step: 0.25 })).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(ticks(axisFromZero(10_000))).toEqual([0, 2000, 4000, 6000, 8000, 10_000]);
  });
});

describe('scales and shapes', () => {
  const d = { min: -500, max: 1500, step: 500 };

  it('maps the top of the domain to the top of the box and clamps beyond', () => {
    expect(scaleY(1500, d, box)).toBe(10);
    expect(scaleY(-500, d, box)).toBe(210);
    expect(scaleY(0, d, box)).toBe(160);
    expect(scaleY(9999, d, box)).toBe(10);
    expect(scaleY(-9999, d, box)).toBe(210);
  });

  it('puts 0 at the bottom of a domain from 0 and the max at its top', () => {
    const zeroTo10 = { min: 0, max: 10 };
    expect(scaleY(0, zeroTo10, statsBox)).toBe(210);
    expect(scaleY(10, zeroTo10, statsBox)).toBe(10);
    expect(scaleY(5, zeroTo10, statsBox)).toBe(110);
    expect(scaleY(20, zeroTo10, statsBox)).toBe(10);
    expect(scaleY(-1, zeroTo10, statsBox)).toBe(210);
  });

  it('stands bars from 0 on the baseline with heights in proportion', () => {
    const [a, b, c] = barRects([4, 2, 0], { min: 0, max: 4 }, statsBox, { gap: 0.5 });
    expect(a).toEqual({ x: 65, y: 10, width: 50, height: 200 });
    expect(b).toEqual({ x: 165, y: 110, width: 50, height: 100 });
    expect(c!.height).toBe(0);
    expect(c!.y + c!.height).toBe(210);
  });

  it('stands profit bars on the zero line and hangs loss bars below it', () => {
    const [up, down, none] = barRects([1000, -500, null], d, box, { gap: 0.5 });
    expect(up).toEqual({ x: 40 + 400 / 3 / 4, y: 60, width: 400 / 3 / 2, height: 100 });
    expect(down!.y).toBe(160);
    expect(down!.height).toBe(50);
    expect(none!.height).toBe(0);
  });

  it('puts grouped bars side by side within a slot', () => {
    const [revenue] = barRects([1000], d, box, { gap: 0.2, series: 2, index: 0 });
    const [cost] = barRects([500], d, box, { gap: 0.2, series: 2, index: 1 });
    expect(revenue!.width).toBe(160);
    expect(cost!.x).toBe(revenue!.x + 160);
  });

  it('draws lines through the slot centres and lifts the pen where a month has no data', () => {
    const points = linePoints([1500, null, 0, -500], d, box);
    expect(points[0]).toEqual({ x: slotCenter(0, 4, box), y: 10 });
    expect(points[1]).toBeNull();
    expect(linePath(points)).toBe('M90 10 M290 160 L390 210');
    expect(linePath(linePoints([null], d, box))).toBe('');
  });

  it('draws lines over a domain from 0', () => {
    const zeroTo100 = { min: 0, max: 100 };
    const points = linePoints([100, null, 50, 0], zeroTo100, statsBox);
    expect(points[0]).toEqual({ x: slotCenter(0, 4, statsBox), y: 10 });
    expect(points[1]).toBeNull();
    expect(linePath(points)).toBe('M77.5 10 M227.5 110 L302.5 210');
    expect(linePath(linePoints([null, null], { min: 0, max: 1 }, statsBox))).toBe('');
  });
});

describe('spanDomain and scaleX', () => {
  it('spans the values, flat ones padded, none as [0, 1]', () => {
    expect(spanDomain([3, null, 9, 5])).toEqual({ min: 3, max: 9 });
    expect(spanDomain([50, 50])).toEqual({ min: 45, max: 55 });
    expect(spanDomain([0])).toEqual({ min: -1, max: 1 });
    expect(spanDomain([null, undefined])).toEqual({ min: 0, max: 1 });
  });

  it('places a value from the left, clamped', () => {
    const d = { min: 0, max: 100 };
    expect([0, 25, 100, 150, -3].map((v) => scaleX(v, d, box))).toEqual([40, 140, 440, 440, 40]);
  });
});
