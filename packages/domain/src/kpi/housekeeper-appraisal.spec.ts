import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appraisalCompletenessIssues,
  appraisalGrade,
  appraiseHousekeeper,
  DEFAULT_APPRAISAL_WEIGHTS,
  derivedAppraisalScores,
  validateAppraisalWeights,
  type AppraisalFacts,
} from './housekeeper-appraisal.js';

const facts = (c: [number, number], f: [number, number], r: [number, number]): AppraisalFacts => ({
  complaintMilestones: { due: c[0], met: c[1] },
  followUps: { due: f[0], met: f[1] },
  followUpRatings: { due: r[0], met: r[1] },
});

describe('derivedAppraisalScores', () => {
  it('turns the block’s rates into scores in hundredths', () => {
    expect(derivedAppraisalScores(facts([8, 7], [10, 9], [3, 2]))).toEqual([
      { dimension: 'efficiency', rateBasisPoints: 8750, scoreHundredths: 8750 },
      { dimension: 'records', rateBasisPoints: 9000, scoreHundredths: 9000 },
      { dimension: 'resident_feedback', rateBasisPoints: 6667, scoreHundredths: 6667 },
    ]);
  });

  it('leaves a dimension with no data to the manager', () => {
    expect(derivedAppraisalScores(facts([0, 0], [4, 4], [0, 0])).map((d) => d.scoreHundredths)).toEqual([null, 10000, null]);
  });

  it('refuses impossible counts', () => {
    expect(() => derivedAppraisalScores(facts([2, 3], [0, 0], [0, 0]))).toThrow(RangeError);
  });
});

describe('appraiseHousekeeper', () => {
  it('weighs the derived and the manager’s scores into the total (equal weights)', () => {
    const r = appraiseHousekeeper({ facts: facts([8, 7], [10, 9], [3, 2]), managerScores: { attitude: 95, teamwork: 88 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // (9500 + 8750 + 9000 + 8800 + 6667) / 5 = 8543.4 → 8543
    expect(r.result.totalHundredths).toBe(8543);
    expect(r.result.grade).toBe('good');
    expect(r.result.missing).toEqual([]);
    expect(r.result.dimensions.map((d) => [d.dimension, d.source])).toEqual([
      ['attitude', 'manager'],
      ['efficiency', 'derived'],
      ['records', 'derived'],
      ['teamwork', 'manager'],
      ['resident_feedback', 'derived'],
    ]);
  });

  it('asks the manager for a derived dimension without data, and has no total until then', () => {
    const r = appraiseHousekeeper({ facts: facts([0, 0], [10, 9], [3, 3]), managerScores: { attitude: 90, teamwork: 90 } });
    expect(r.ok && r.result.missing).toEqual(['efficiency']);
    expect(r.ok && r.result.totalHundredths).toBeNull();
    if (r.ok) expect(appraisalCompletenessIssues(r.result)).toEqual([expect.objectContaining({ field: 'scores.efficiency', messageKey: 'kpi.appraisal.scoreRequired' })]);
    const done = appraiseHousekeeper({ facts: facts([0, 0], [10, 9], [3, 3]), managerScores: { attitude: 90, teamwork: 90, efficiency: 70 } });
    expect(done.ok && done.result.totalHundredths).toBe(8800);
  });

  it.each([
    { scores: { efficiency: 80 }, field: 'scores.efficiency', key: 'kpi.appraisal.derivedNotEditable' },
    { scores: { attitude: 101 }, field: 'scores.attitude', key: 'kpi.appraisal.scoreInvalid' },
    { scores: { teamwork: -1 }, field: 'scores.teamwork', key: 'kpi.appraisal.scoreInvalid' },
    { scores: { teamwork: 80.5 }, field: 'scores.teamwork', key: 'kpi.appraisal.scoreInvalid' },
  ])('rejects $field: $key', ({ scores, field, key }) => {
    const r = appraiseHousekeeper({ facts: facts([4, 4], [0, 0], [0, 0]), managerScores: scores });
    expect(r).toEqual({ ok: false, issues: [expect.objectContaining({ field, messageKey: key })] });
  });

  it('honours the company’s weights, and a dimension weighted 0 need not be scored', () => {
    const weights = { attitude: 50, efficiency: 50, records: 0, teamwork: 0, resident_feedback: 0 };
    const r = appraiseHousekeeper({ facts: facts([10, 6], [0, 0], [0, 0]), managerScores: { attitude: 100 }, weights });
    expect(r.ok && r.result.totalHundredths).toBe(8000);
  });

  it('the total stays between the lowest and the highest dimension score', () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.nat(50), fc.nat(50)).map(([a, b]) => [a + b, a] as [number, number]),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (c, attitude, teamwork) => {
          const r = appraiseHousekeeper({ facts: facts(c, [5, 5], [2, 1]), managerScores: { attitude, teamwork, ...(c[0] === 0 ? { efficiency: 50 } : {}) } });
          if (!r.ok || r.result.totalHundredths === null) return false;
          const scores = r.result.dimensions.map((d) => d.scoreHundredths!);
          return r.result.totalHundredths >= Math.min(...scores) && r.result.totalHundredths <= Math.max(...scores);
        },
      ),
    );
  });
});

describe('weights and grades', () => {
  it('the default weights are valid and equal', () => {
    expect(validateAppraisalWeights(DEFAULT_APPRAISAL_WEIGHTS)).toEqual([]);
  });
  it.each([
    { w: { ...DEFAULT_APPRAISAL_WEIGHTS, attitude: 30 }, field: 'appraisalWeights', key: 'kpi.appraisal.weightsSum' },
    { w: { ...DEFAULT_APPRAISAL_WEIGHTS, attitude: -5, teamwork: 45 }, field: 'appraisalWeights.attitude', key: 'kpi.appraisal.weightInvalid' },
  ])('$key', ({ w, field, key }) => {
    expect(validateAppraisalWeights(w)).toEqual([expect.objectContaining({ field, messageKey: key })]);
  });
  it.each([
    [10000, 'excellent'],
    [9000, 'excellent'],
    [8999, 'good'],
    [8000, 'good'],
    [6000, 'pass'],
    [5999, 'fail'],
  ] as const)('%i → %s', (total, grade) => {
    expect(appraisalGrade(total)).toBe(grade);
  });
});
