import { describe, expect, it } from 'vitest';
import { mayCorrect, statementSteps } from './statement-steps';

const FINANCE = ['statement.read', 'statement.manage'];

describe('statement steps', () => {
  it('offers finance the next step of each state', () => {
    expect(statementSteps('draft', FINANCE, ['FINANCE'])).toEqual(['issue']);
    expect(statementSteps('issued', FINANCE, ['FINANCE'])).toEqual(['confirm']);
    expect(statementSteps('confirmed', FINANCE, ['FINANCE'])).toEqual(['pay']);
    expect(statementSteps('paid', FINANCE, ['FINANCE'])).toEqual([]);
  });

  it('lets the front desk record the owner’s confirmation and nothing else', () => {
    expect(statementSteps('issued', ['statement.read'], ['FRONT_DESK'])).toEqual(['confirm']);
    expect(statementSteps('draft', ['statement.read'], ['FRONT_DESK'])).toEqual([]);
    expect(statementSteps('confirmed', ['statement.read'], ['FRONT_DESK'])).toEqual([]);
  });

  it('does not offer a project manager to issue, though they may manage statements', () => {
    expect(statementSteps('draft', FINANCE, ['PROJECT_MANAGER'])).toEqual([]);
    expect(statementSteps('unknown', FINANCE, ['FINANCE'])).toEqual([]);
  });

  it('corrects issued statements only, with statement.manage', () => {
    expect(mayCorrect('draft', FINANCE)).toBe(false);
    expect(['issued', 'confirmed', 'paid'].map((s) => mayCorrect(s, FINANCE))).toEqual([true, true, true]);
    expect(mayCorrect('paid', ['statement.read'])).toBe(false);
  });
});
