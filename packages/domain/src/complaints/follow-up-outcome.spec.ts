import { describe, expect, it } from 'vitest';
import { followUpComplaintDecision, type FollowUpVisitResult } from './follow-up-outcome.js';

const visit = (patch: Partial<FollowUpVisitResult>): FollowUpVisitResult => ({
  followUpId: 'fu-1',
  subject: 'household_repair',
  ratings: {},
  department: 'engineering',
  ...patch,
});

describe('an unsatisfactory visit opens a complaint: any "dissatisfied" rating', () => {
  it.each([
    { name: 'all satisfied', ratings: { quality: 'satisfied', effect: 'satisfied', satisfaction: 'satisfied' }, aspects: null },
    { name: 'fairly satisfied is not a complaint', ratings: { quality: 'fairly_satisfied', effect: 'satisfied', satisfaction: 'fairly_satisfied' }, aspects: null },
    { name: 'resident not reached: no ratings', ratings: {}, aspects: null },
    { name: 'one aspect dissatisfied', ratings: { quality: 'satisfied', effect: 'dissatisfied', satisfaction: 'fairly_satisfied' }, aspects: ['effect'] },
    { name: 'overall dissatisfied', ratings: { satisfaction: 'dissatisfied', quality: 'dissatisfied' }, aspects: ['quality', 'satisfaction'] },
  ] as const)('$name', ({ ratings, aspects }) => {
    const decision = followUpComplaintDecision(visit({ ratings }));
    expect(decision.opensComplaint).toBe(aspects !== null);
    if (decision.opensComplaint) {
      expect(decision.dissatisfiedAspects).toEqual(aspects);
      expect(decision.draft).toEqual({ kind: 'complaint', category: 1, severity: 'general', responsibleDepartment: 'engineering', sourceFollowUpId: 'fu-1' });
    }
  });

  it('a visit about a complaint carries its category and severity', () => {
    const decision = followUpComplaintDecision(
      visit({ subject: 'complaint', ratings: { effect: 'dissatisfied' }, complaintCategory: 2, complaintSeverity: 'serious' }),
    );
    expect(decision).toMatchObject({ opensComplaint: true, draft: { category: 2, severity: 'serious' } });
  });
});
