import { describe, expect, it } from 'vitest';
import { categoryCounts, formatRate, milestoneRate, overallMetRate } from './stats-math';

describe('statistics figures', () => {
  it('lists every category, zero where none', () => {
    expect(categoryCounts([{ key: '3', count: 3 }, { key: '1', count: 1 }])).toEqual([
      { key: '1', count: 1 },
      { key: '2', count: 0 },
      { key: '3', count: 3 },
    ]);
  });

  it('weighs the met rate by clocks decided', () => {
    const ms = [
      { milestone: 'on_site', decided: 2, met: 2 },
      { milestone: 'first_feedback', decided: 5, met: 4 },
      { milestone: 'resolution', decided: 1, met: 0 },
    ];
    expect(overallMetRate(ms)).toBe(7500);
    expect(milestoneRate(ms, 'first_feedback')).toBe(8000);
    expect(milestoneRate(ms, 'developer_response')).toBeNull();
    expect(overallMetRate([{ milestone: 'on_site', decided: 0, met: 0 }])).toBeNull();
  });

  it('reads basis points as percentages', () => {
    expect(formatRate(313)).toBe('3.13%');
    expect(formatRate(100)).toBe('1.00%');
    expect(formatRate(null)).toBe('—');
  });
});
