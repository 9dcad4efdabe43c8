import { describe, expect, it } from 'vitest';
import { scoreInput, scoresFrom } from './appraisal-form';

describe('the appraisal scoring form', () => {
  it('shows a stored score in whole points', () => {
    expect([9000, 8500, null].map(scoreInput)).toEqual(['90', '85', '']);
  });

  it('sends whole points 0–100, a blank as a cleared score, and names what is not a score', () => {
    expect(scoresFrom({ ATTITUDE: '90', TEAMWORK: ' 100 ', EFFICIENCY: '' })).toEqual({
      scores: [
        { dimension: 'ATTITUDE', score: 90 },
        { dimension: 'TEAMWORK', score: 100 },
        { dimension: 'EFFICIENCY', score: null },
      ],
      invalid: [],
    });
    expect(scoresFrom({ ATTITUDE: '101', TEAMWORK: '8.5', RECORDS: '-1', RESIDENT_FEEDBACK: '0' }).invalid).toEqual(['ATTITUDE', 'TEAMWORK', 'RECORDS']);
  });
});
