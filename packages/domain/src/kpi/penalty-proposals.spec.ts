import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_KPI_SETTINGS } from './penalty-rules.js';
import { newPenaltyProposals, proposePenalties, type KpiEvent } from './penalty-proposals.js';

const t = new Date('2025-10-14T06:00:00.000Z'); // 14:00 on 14 October in Shanghai

const events = {
  dissatisfied: { kind: 'order_signed_off', orderId: 'o-1', workerId: 'w-li', rating: 2, occurredAt: t },
  orderBreach: { kind: 'order_deadline_breached', orderId: 'o-2', milestone: 'on_site', responsibleUserId: 'w-li', occurredAt: t },
  complaintBreach: { kind: 'complaint_deadline_breached', complaintId: 'c-1', milestone: 'resolution', responsibleUserId: 's-wang', occurredAt: t },
  noConsent: { kind: 'work_started_without_consent', orderId: 'o-3', workerId: 'w-zhao', occurredAt: t },
  unsigned: { kind: 'materials_issued_without_signed_requisition', orderId: 'o-4', requisitionId: 'r-9', responsibleUserId: 'w-zhao', occurredAt: t },
  privateFromFollowUp: { kind: 'private_charging_reported', source: { type: 'follow_up', id: 'f-1' }, accusedUserId: 'w-sun', occurredAt: t },
  privateFromComplaint: { kind: 'private_charging_reported', source: { type: 'complaint', id: 'c-2' }, accusedUserId: 'w-sun', occurredAt: t },
  complaintAboutWork: { kind: 'complaint_about_service', complaintId: 'c-3', category: 1, valid: true, responsibleUserId: 'w-li', occurredAt: t },
} satisfies Record<string, KpiEvent>;

describe('proposePenalties: each event proposes its rule once', () => {
  it.each([
    { event: events.dissatisfied, rule: 'dissatisfied_at_acceptance', points: 5, userId: 'w-li', evidence: { type: 'order', id: 'o-1' }, key: 'dissatisfied_at_acceptance:order:o-1:w-li', judge: false },
    { event: events.orderBreach, rule: 'subjective_delay', points: 5, userId: 'w-li', evidence: { type: 'order', id: 'o-2' }, key: 'subjective_delay:order:o-2:on_site:w-li', judge: true },
    { event: events.complaintBreach, rule: 'subjective_delay', points: 5, userId: 's-wang', evidence: { type: 'complaint', id: 'c-1' }, key: 'subjective_delay:complaint:c-1:resolution:s-wang', judge: true },
    { event: events.noConsent, rule: 'procedure_violation', points: 1, userId: 'w-zhao', evidence: { type: 'order', id: 'o-3' }, key: 'procedure_violation:order:o-3:start_without_consent:w-zhao', judge: false },
    { event: events.unsigned, rule: 'procedure_violation', points: 1, userId: 'w-zhao', evidence: { type: 'order', id: 'o-4' }, key: 'procedure_violation:order:o-4:requisition-r-9:w-zhao', judge: false },
    { event: events.privateFromFollowUp, rule: 'private_charging', points: 20, userId: 'w-sun', evidence: { type: 'follow_up', id: 'f-1' }, key: 'private_charging:follow_up:f-1:w-sun', judge: false },
    { event: events.privateFromComplaint, rule: 'private_charging', points: 20, userId: 'w-sun', evidence: { type: 'complaint', id: 'c-2' }, key: 'private_charging:complaint:c-2:w-sun', judge: false },
    { event: events.complaintAboutWork, rule: 'caused_complaint', points: 5, userId: 'w-li', evidence: { type: 'complaint', id: 'c-3' }, key: 'caused_complaint:complaint:c-3:w-li', judge: false },
  ] as const)('$event.kind → $rule −$points', ({ event, rule, points, userId, evidence, key, judge }) => {
    const proposals = proposePenalties(event);
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ rule, points, userId, evidence, dedupeKey: key, needsDelayJudgement: judge, month: '2025-10', occurredAt: t });
  });

  it.each([
    { note: 'rating 3 (基本满意) is not dissatisfied', event: { ...events.dissatisfied, rating: 3 } },
    { note: 'rating 5', event: { ...events.dissatisfied, rating: 5 } },
    { note: 'no worker to hold responsible', event: { ...events.dissatisfied, workerId: null } },
    { note: 'nobody responsible for the breach', event: { ...events.orderBreach, responsibleUserId: null } },
    { note: 'the developer’s deadline is not our staff’s', event: { ...events.complaintBreach, milestone: 'developer_response' as const } },
    { note: 'an invalid complaint', event: { ...events.complaintAboutWork, valid: false } },
    { note: 'a category-2 (building quality) complaint', event: { ...events.complaintAboutWork, category: 2 as const } },
    { note: 'a category-3 (external) complaint', event: { ...events.complaintAboutWork, category: 3 as const } },
  ])('nothing when $note', ({ event }) => {
    expect(proposePenalties(event)).toEqual([]);
  });

  it('rating 1 is dissatisfied; the threshold is a setting', () => {
    expect(proposePenalties({ ...events.dissatisfied, rating: 1 })).toHaveLength(1);
    expect(proposePenalties({ ...events.dissatisfied, rating: 3 }, { ...DEFAULT_KPI_SETTINGS, dissatisfiedRatingMax: 3 })).toHaveLength(1);
  });

  it('a rule switched off (0 points) proposes nothing; points follow the settings', () => {
    const off = { ...DEFAULT_KPI_SETTINGS, penaltyPoints: { ...DEFAULT_KPI_SETTINGS.penaltyPoints, procedure_violation: 0, private_charging: 30 } };
    expect(proposePenalties(events.noConsent, off)).toEqual([]);
    expect(proposePenalties(events.privateFromFollowUp, off)[0]?.points).toBe(30);
  });

  it('counts in the Shanghai month it happened', () => {
    const lateOnTheLastNight = new Date('2025-10-31T16:30:00.000Z'); // 00:30 on 1 November in Shanghai
    expect(proposePenalties({ ...events.dissatisfied, occurredAt: lateOnTheLastNight })[0]?.month).toBe('2025-11');
  });

  it('gives the entry its description', () => {
    expect(proposePenalties(events.dissatisfied)[0]).toMatchObject({ messageKey: 'kpi.proposal.dissatisfiedSignOff', params: { rating: 2 } });
    expect(proposePenalties(events.orderBreach)[0]).toMatchObject({ messageKey: 'kpi.proposal.orderDeadlineBreached', params: { milestone: 'on_site' } });
  });

  it('refuses a rating outside 1–5', () => {
    expect(() => proposePenalties({ ...events.dissatisfied, rating: 0 })).toThrow(RangeError);
  });
});

describe('newPenaltyProposals: re-running never proposes twice', () => {
  const all = Object.values(events) as KpiEvent[];

  it('the same event twice in one batch proposes once', () => {
    expect(newPenaltyProposals([events.dissatisfied, events.dissatisfied], [])).toHaveLength(1);
  });

  it('two milestones of one order are two proposals', () => {
    const response = { ...events.orderBreach, milestone: 'response' as const };
    expect(newPenaltyProposals([events.orderBreach, response], []).map((p) => p.dedupeKey)).toEqual([
      'subjective_delay:order:o-2:on_site:w-li',
      'subjective_delay:order:o-2:response:w-li',
    ]);
  });

  it('stored keys are skipped', () => {
    expect(newPenaltyProposals(all, ['private_charging:follow_up:f-1:w-sun']).map((p) => p.rule)).toEqual([
      'dissatisfied_at_acceptance',
      'subjective_delay',
      'subjective_delay',
      'procedure_violation',
      'procedure_violation',
      'private_charging',
      'caused_complaint',
    ]);
  });

  it('property: a second run with the first run’s keys proposes nothing, in any order and with repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...all), { maxLength: 20 }), (batch) => {
        const first = newPenaltyProposals(batch, []);
        expect(newPenaltyProposals([...batch].reverse(), first.map((p) => p.dedupeKey))).toEqual([]);
        expect(new Set(first.map((p) => p.dedupeKey)).size).toBe(first.length);
        expect(first.length).toBe(new Set(batch.map((e) => JSON.stringify(e))).size);
      }),
    );
  });
});
