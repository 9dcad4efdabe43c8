import { describe, expect, it } from 'vitest';
import { barRects, linePath, linePoints, niceDomain, niceStep, scaleY, slotCenter, ticks, type PlotBox } from './chart-scale';

const box: PlotBox = { x: 40, y: 10, width: 400, height: 200 };

describe('niceStep', () => {
  it('rounds up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect([3, 7, 10, 13, 21, 313, 0.3].map(niceStep)).toEqual([5, 10, 10, 20, 25, 500, 0.5]);
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

describe('scales and shapes', () => {
  const d = { min: -500, max: 1500, step: 500 };

  it('maps the top of the domain to the top of the box and clamps beyond', () => {
    expect(scaleY(1500, d, box)).toBe(10);
    expect(scaleY(-500, d, box)).toBe(210);
    expect(scaleY(0, d, box)).toBe(160);
    expect(scaleY(9999, d, box)).toBe(10);
    expect(scaleY(-9999, d, box)).toBe(210);
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
});
