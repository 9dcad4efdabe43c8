import { describe, expect, it } from 'vitest';
import { barRects, countAxisMax, linePath, linePoints, niceCeil, scaleY, slotCenter, tickCount, ticks, type Box } from './chart-scale';

const box: Box = { x: 40, y: 10, width: 300, height: 200 };

describe('niceCeil', () => {
  it('rounds an axis top up to 1, 2, 2.5 or 5 × 10ⁿ', () => {
    expect(niceCeil(3)).toBe(5);
    expect(niceCeil(7)).toBe(10);
    expect(niceCeil(10)).toBe(10);
    expect(niceCeil(13)).toBe(20);
    expect(niceCeil(21)).toBe(25);
    expect(niceCeil(313)).toBe(500);
    expect(niceCeil(0.3)).toBeCloseTo(0.5);
    expect(niceCeil(0.2)).toBeCloseTo(0.2);
  });

  it('gives an empty chart an axis', () => {
    expect(niceCeil(0)).toBe(1);
    expect(niceCeil(Number.NaN)).toBe(1);
  });
});

describe('scales', () => {
  it('puts 0 at the bottom of the box and the max at its top', () => {
    expect(scaleY(0, 10, box)).toBe(210);
    expect(scaleY(10, 10, box)).toBe(10);
    expect(scaleY(5, 10, box)).toBe(110);
    expect(scaleY(20, 10, box)).toBe(10);
    expect(scaleY(-1, 10, box)).toBe(210);
  });

  it('spaces ticks evenly', () => {
    expect(ticks(20, 4)).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(1, 4)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });
});

describe('tickCount', () => {
  it('takes round steps', () => {
    expect(tickCount(5, true)).toBe(5);
    expect(tickCount(3, true)).toBe(3);
    expect(tickCount(20, true)).toBe(5);
    expect(tickCount(500)).toBe(5);
    expect(tickCount(10_000)).toBe(5);
    expect(tickCount(250)).toBe(5);
    expect(ticks(countAxisMax(2.1), tickCount(countAxisMax(2.1), true))).toEqual([0, 1, 2, 3]);
  });
});

describe('bars', () => {
  it('stand on the baseline with heights in proportion', () => {
    const [a, b, c] = barRects([4, 2, 0], 4, box, 0.5);
    expect(a).toEqual({ x: 65, y: 10, width: 50, height: 200 });
    expect(b).toEqual({ x: 165, y: 110, width: 50, height: 100 });
    expect(c!.height).toBe(0);
    expect(c!.y + c!.height).toBe(210);
  });
});

describe('lines', () => {
  it('run through the slot centres and break where a month has no data', () => {
    const points = linePoints([100, null, 50, 0], 100, box);
    expect(points[0]).toEqual({ x: slotCenter(0, 4, box), y: 10 });
    expect(points[1]).toBeNull();
    expect(linePath(points)).toBe('M77.5 10 M227.5 110 L302.5 210');
  });

  it('draw nothing without data', () => {
    expect(linePath(linePoints([null, null], 1, box))).toBe('');
  });
});
