import { describe, expect, it } from 'vitest';
import { paretoChart } from './pareto';

const box = { x: 40, y: 10, width: 300, height: 200 };
const rows = [
  { category: '环境卫生', count: 2, cumulativeBasisPoints: 5000, vital: true },
  { category: '服务礼仪', count: 1, cumulativeBasisPoints: 7500, vital: true },
  { category: '消防安全', count: 1, cumulativeBasisPoints: 10000, vital: true },
];

describe('Pareto chart geometry', () => {
  it('stands the bars on a whole-number count axis, in the order given (largest first)', () => {
    const g = paretoChart(rows, box);
    expect(g.countAxis).toEqual({ min: 0, max: 2, step: 1 });
    expect(g.bars.map((b) => b.height)).toEqual([200, 100, 100]);
    expect(g.bars.map((b) => b.y)).toEqual([10, 110, 110]);
    // Three slots of 100, a quarter of each left empty.
    expect(g.bars.map((b) => b.x)).toEqual([52.5, 152.5, 252.5]);
    expect(g.bars[0]!.width).toBe(75);
  });

  it('draws the cumulative share on a 0–100 % axis through the bars’ centres, ending at the top', () => {
    const g = paretoChart(rows, box);
    expect(g.points).toEqual([
      { x: 90, y: 110 },
      { x: 190, y: 60 },
      { x: 290, y: 10 },
    ]);
    expect(g.path).toBe('M90 110 L190 60 L290 10');
    expect(g.shareAxis).toEqual({ min: 0, max: 10000, step: 2000 });
  });

  it('marks 80 % (the vital few)', () => {
    expect(paretoChart(rows, box).cutoffY).toBeCloseTo(50, 9);
  });

  it('has an empty chart for a month without nonconformities', () => {
    const g = paretoChart([], box);
    expect(g.bars).toEqual([]);
    expect(g.path).toBe('');
    expect(g.countAxis.max).toBe(1);
  });
});
