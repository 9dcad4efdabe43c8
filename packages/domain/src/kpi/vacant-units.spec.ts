import { describe, expect, it } from 'vitest';
import { lastVacantCheck, vacantUnitCheckStatus } from './vacant-units.js';

const at = (local: string) => new Date(`${local}+08:00`);

describe('vacantUnitCheckStatus: a vacant unit is checked at least monthly', () => {
  const now = at('2026-11-15T10:00:00');
  it.each([
    { month: '2026-11', checks: ['2026-11-02T09:00:00'], status: 'checked', note: 'a check this month' },
    { month: '2026-11', checks: ['2026-10-30T09:00:00'], status: 'due', note: 'only last month’s: this month still due' },
    { month: '2026-10', checks: [], status: 'overdue', note: 'a month over without a check' },
    { month: '2026-10', checks: ['2026-10-31T23:30:00'], status: 'checked', note: 'late on the last evening, Shanghai time' },
    { month: '2026-10', checks: ['2026-11-01T00:10:00'], status: 'overdue', note: 'just after midnight counts for November' },
    { month: '2026-12', checks: [], status: 'due', note: 'a month not begun is due, not overdue' },
  ] as const)('$note → $status', ({ month, checks, status }) => {
    expect(vacantUnitCheckStatus({ month, checkedAt: checks.map(at), now })).toBe(status);
  });

  it('the last check up to the month, as a local date', () => {
    const checks = ['2026-09-03T09:00:00', '2026-10-31T23:30:00', '2026-11-04T09:00:00'].map(at);
    expect(lastVacantCheck('2026-10', checks)).toBe('2026-10-31');
    expect(lastVacantCheck('2026-08', checks)).toBeNull();
  });
});
