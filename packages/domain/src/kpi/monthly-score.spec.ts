import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PENALTY_STATES } from './penalty-lifecycle.js';
import { DEFAULT_KPI_SETTINGS } from './penalty-rules.js';
import { monthlyScores, scoreAverages, scoreBreakdown, type ScoredCommendation, type ScoredPenalty, type StaffMember } from './monthly-score.js';

const staff: StaffMember[] = [
  { userId: 'w-li', projectId: 'p-lakeside', department: 'engineering' },
  { userId: 'w-zhao', projectId: 'p-lakeside', department: 'engineering' },
  { userId: 's-wang', projectId: 'p-lakeside', department: 'cleaning' },
  { userId: 'w-sun', projectId: 'p-lakeside', department: 'cleaning' },
  { userId: 'fd-wu', projectId: 'p-hillside', department: 'customer_service' },
];

const penalties: ScoredPenalty[] = [
  { userId: 'w-li', month: '2025-10', state: 'confirmed', points: 5 },
  { userId: 'w-li', month: '2025-10', state: 'appealed', points: 1 },
  { userId: 'w-li', month: '2025-10', state: 'overturned', points: 5 },
  { userId: 'w-li', month: '2025-10', state: 'dismissed', points: 5 },
  { userId: 'w-li', month: '2025-10', state: 'proposed', points: 20 },
  { userId: 'w-zhao', month: '2025-10', state: 'upheld', points: 5 },
  { userId: 'w-zhao', month: '2025-09', state: 'confirmed', points: 1 },
  { userId: 'w-sun', month: '2025-10', state: 'confirmed', points: 20 },
  { userId: 'fd-wu', month: '2025-10', state: 'confirmed', points: 1 },
];
const commendations: ScoredCommendation[] = [
  { userId: 'w-li', month: '2025-10', points: 2 },
  { userId: 'w-sun', month: '2025-10', points: 5 },
  { userId: 's-wang', month: '2025-09', points: 5 },
];

describe('monthly score = 100 − confirmed/upheld points + commendations', () => {
  const scores = monthlyScores({ month: '2025-10', staff, penalties, commendations });

  it.each([
    { userId: 'w-li', deducted: 6, commended: 2, score: 96, pending: 20, underAppeal: 1, provisional: true, note: 'overturned and dismissed do not count; proposed is pending; appealed counts' },
    { userId: 'w-zhao', deducted: 5, commended: 0, score: 95, pending: 0, underAppeal: 0, provisional: false, note: 'upheld counts; September does not' },
    { userId: 's-wang', deducted: 0, commended: 0, score: 100, pending: 0, underAppeal: 0, provisional: false, note: 'no entries: the base' },
    { userId: 'w-sun', deducted: 20, commended: 5, score: 85, pending: 0, underAppeal: 0, provisional: false, note: 'private charging, then praised' },
    { userId: 'fd-wu', deducted: 1, commended: 0, score: 99, pending: 0, underAppeal: 0, provisional: false, note: 'another project' },
  ])('$userId: $score ($note)', ({ userId, note: _note, ...expected }) => {
    expect(scores.find((s) => s.userId === userId)).toMatchObject({ month: '2025-10', base: 100, ...expected });
  });

  it('per project and per department, averages to the hundredth of a point', () => {
    expect(scoreAverages(scores)).toEqual({
      byProject: [
        { projectId: 'p-hillside', department: null, staff: 1, total: 99, averageHundredths: 9900 },
        { projectId: 'p-lakeside', department: null, staff: 4, total: 376, averageHundredths: 9400 },
      ],
      byDepartment: [
        { projectId: 'p-hillside', department: 'customer_service', staff: 1, total: 99, averageHundredths: 9900 },
        { projectId: 'p-lakeside', department: 'cleaning', staff: 2, total: 185, averageHundredths: 9250 },
        { projectId: 'p-lakeside', department: 'engineering', staff: 2, total: 191, averageHundredths: 9550 },
      ],
    });
  });

  it('rounds an average half away from zero: 295 / 3 = 98.333 → 98.33; staff outside a department group last', () => {
    const three = monthlyScores({
      month: '2025-10',
      staff: [
        { userId: 'a', projectId: 'p', department: null },
        { userId: 'b', projectId: 'p', department: 'security' },
        { userId: 'c', projectId: 'p', department: 'security' },
      ],
      penalties: [{ userId: 'c', month: '2025-10', state: 'confirmed', points: 5 }],
      commendations: [],
    });
    const { byProject, byDepartment } = scoreAverages(three);
    expect(byProject[0]?.averageHundredths).toBe(9833);
    expect(byDepartment.map((d) => [d.department, d.averageHundredths])).toEqual([
      ['security', 9750],
      [null, 10_000],
    ]);
  });

  it('the base is a company setting, and the score is not clamped', () => {
    expect(scoreBreakdown({ userId: 'x', month: '2025-10', penalties: [{ userId: 'x', month: '2025-10', state: 'confirmed', points: 20 }], commendations: [], baseScore: 10 }).score).toBe(-10);
    expect(monthlyScores({ month: '2025-10', staff: staff.slice(2, 3), penalties: [], commendations: [], settings: { ...DEFAULT_KPI_SETTINGS, baseScore: 120 } })[0]?.score).toBe(120);
  });

  it('refuses a person twice on the roster', () => {
    expect(() => monthlyScores({ month: '2025-10', staff: [staff[0] as StaffMember, staff[0] as StaffMember], penalties: [], commendations: [] })).toThrow(RangeError);
  });

  it('property: score = base − Σ counted + Σ commendations, and overturning an entry gives its points back', () => {
    const anyPenalty = fc.record({
      userId: fc.constantFrom('a', 'b'),
      month: fc.constantFrom('2025-09', '2025-10'),
      state: fc.constantFrom(...PENALTY_STATES),
      points: fc.integer({ min: 0, max: 20 }),
    });
    const anyCommendation = fc.record({ userId: fc.constantFrom('a', 'b'), month: fc.constantFrom('2025-09', '2025-10'), points: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(anyPenalty, { maxLength: 15 }), fc.array(anyCommendation, { maxLength: 5 }), (ps, cs) => {
        const s = scoreBreakdown({ userId: 'a', month: '2025-10', penalties: ps, commendations: cs });
        const mine = ps.filter((p) => p.userId === 'a' && p.month === '2025-10');
        const counted = mine.filter((p) => ['confirmed', 'appealed', 'upheld'].includes(p.state)).reduce((n, p) => n + p.points, 0);
        const commended = cs.filter((c) => c.userId === 'a' && c.month === '2025-10').reduce((n, c) => n + c.points, 0);
        expect(s.score).toBe(100 - counted + commended);
        const appealedIndex = ps.findIndex((p) => p.userId === 'a' && p.month === '2025-10' && p.state === 'appealed');
        if (appealedIndex >= 0) {
          const overturned = ps.map((p, i) => (i === appealedIndex ? { ...p, state: 'overturned' as const } : p));
          expect(scoreBreakdown({ userId: 'a', month: '2025-10', penalties: overturned, commendations: cs }).score).toBe(s.score + (ps[appealedIndex]?.points ?? 0));
        }
      }),
    );
  });
});
