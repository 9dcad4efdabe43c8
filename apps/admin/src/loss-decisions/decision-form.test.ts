import { describe, expect, it } from 'vitest';
import { checkDecision, type DecisionTexts } from './decision-form';

const today = '2026-11-25';
const base: DecisionTexts = { kind: '', reason: '成本高于收费', mode: 'FIXED', price: '', min: '', max: '', target: '', reviewOn: '' };
const current = { mode: 'FIXED' as const, priceFen: 3000, minFen: null, maxFen: null };

describe('the decision dialog', () => {
  it('needs a measure and a reason', () => {
    expect(checkDecision({ ...base, reason: ' ' }, null, today).issues).toEqual({ kind: 'ra.validation.required', reason: 'ra.validation.required' });
    expect(checkDecision({ ...base, kind: 'OTHER' }, null, today).input).toEqual({
      kind: 'OTHER',
      reason: '成本高于收费',
      proposedPricing: null,
      targetOrdersPerMonth: null,
      reviewOn: null,
    });
  });

  it('sends a raised price in fen and refuses one that is not higher', () => {
    const raised = checkDecision({ ...base, kind: 'RAISE_PRICE', price: '35.5' }, current, today);
    expect(raised.input?.proposedPricing).toEqual({ mode: 'FIXED', priceFen: 3550, minFen: null, maxFen: null });
    expect(checkDecision({ ...base, kind: 'RAISE_PRICE', price: '30' }, current, today).issues.price).toBe('resources.lossDecisions.dialog.notRaised');
    expect(checkDecision({ ...base, kind: 'RAISE_PRICE', price: '30.123' }, current, today).issues.price).toBe('app.money.tooManyDecimals');
  });

  it('checks both ends of a range against the current price', () => {
    const range = { ...base, kind: 'RAISE_PRICE' as const, mode: 'RANGE' as const };
    expect(checkDecision({ ...range, min: '30', max: '40' }, current, today).input?.proposedPricing).toEqual({ mode: 'RANGE', priceFen: null, minFen: 3000, maxFen: 4000 });
    expect(checkDecision({ ...range, min: '25', max: '40' }, current, today).issues.max).toBe('resources.lossDecisions.dialog.notRaised');
    expect(checkDecision({ ...range, min: '50', max: '40' }, current, today).issues.min).toBe('resources.lossDecisions.dialog.minAboveMax');
  });

  it('takes a monthly target and a review date after today for growing volume', () => {
    const grow = { ...base, kind: 'GROW_VOLUME' as const };
    expect(checkDecision({ ...grow, target: '8', reviewOn: '2026-12-31' }, null, today).input).toMatchObject({ targetOrdersPerMonth: 8, reviewOn: '2026-12-31', proposedPricing: null });
    expect(checkDecision({ ...grow, target: '0', reviewOn: today }, null, today).issues).toEqual({
      target: 'resources.lossDecisions.dialog.targetFormat',
      reviewOn: 'resources.lossDecisions.dialog.reviewOnHint',
    });
  });
});
