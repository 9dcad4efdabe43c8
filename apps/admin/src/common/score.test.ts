import { describe, expect, it } from 'vitest';
import { formatHundredths, signedPoints } from './score';

describe('scores in hundredths', () => {
  it.each([
    [9650, '96.50'],
    [10000, '100.00'],
    [5, '0.05'],
    [-250, '-2.50'],
    [0, '0.00'],
  ])('%i → %s', (value, text) => expect(formatHundredths(value)).toBe(text));

  it('shows a missing score as a dash and refuses fractions', () => {
    expect(formatHundredths(null)).toBe('—');
    expect(() => formatHundredths(96.5)).toThrow(RangeError);
  });

  it('signs points', () => {
    expect([5, -5, 0].map(signedPoints)).toEqual(['+5', '-5', '0']);
  });
});
