import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline';

const box = { x: 2, y: 2, width: 96, height: 20 };

describe('sparkline geometry', () => {
  it('spans the lowest to the highest value, not from zero', () => {
    const { points } = sparkline([9000, 9500, 10000], null, box);
    expect(points.map((p) => p!.y)).toEqual([22, 12, 2]);
    expect(points.map((p) => p!.x)).toEqual([18, 50, 82]);
  });

  it('keeps the target inside the box', () => {
    const { points, targetY } = sparkline([200, 300], 100, box);
    expect(targetY).toBe(22);
    expect(points.map((p) => p!.y)).toEqual([12, 2]);
  });

  it('draws a flat year at mid-height', () => {
    const { points } = sparkline([10000, 10000, 10000], null, box);
    expect(points.every((p) => p!.y === 12)).toBe(true);
  });

  it('lifts the pen over a month without data', () => {
    const { path, points } = sparkline([1, null, 3, 2], null, { x: 0, y: 0, width: 40, height: 10 });
    expect(points[1]).toBeNull();
    expect(path).toBe('M5 10 M25 0 L35 5');
  });

  it('has nothing to draw for a year without data', () => {
    const { path, targetY } = sparkline([null, null], 100, box);
    expect(path).toBe('');
    expect(targetY).toBe(12);
  });
});
