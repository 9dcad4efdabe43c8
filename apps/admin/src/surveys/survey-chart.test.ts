import { describe, expect, it } from 'vitest';
import { distributionSegments, rateBar } from './survey-chart';

const box = { x: 100, y: 0, width: 200, height: 12 };

describe('survey chart geometry', () => {
  it('stacks the answers from very satisfied to very dissatisfied, each as wide as its share', () => {
    const segments = distributionSegments(
      [
        { level: 1, count: 0 },
        { level: 3, count: 1 },
        { level: 5, count: 2 },
        { level: 4, count: 0 },
        { level: 2, count: 1 },
      ],
      box,
    );
    expect(segments.map((s) => s.level)).toEqual([5, 4, 3, 2, 1]);
    expect(segments.map((s) => [s.x, s.width])).toEqual([
      [100, 100],
      [200, 0],
      [200, 50],
      [250, 50],
      [300, 0],
    ]);
  });

  it('leaves an item nobody answered empty', () => {
    expect(distributionSegments([{ level: 5, count: 0 }], box)).toEqual([{ level: 5, count: 0, x: 100, width: 0 }]);
  });

  it('draws the API’s rate from the left edge, none without a rate', () => {
    expect(rateBar(8333, box)!.width).toBeCloseTo(166.66, 9);
    expect(rateBar(10000, box)).toEqual({ x: 100, width: 200 });
    expect(rateBar(null, box)).toBeNull();
  });
});
