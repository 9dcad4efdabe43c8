import { describe, expect, it } from 'vitest';
import { ordersForEndOfDayReview, validateEndOfDayNote } from './end-of-day-review.js';
import { ORDER_STATES } from './order-states.js';

const now = new Date('2026-03-02T10:00:00.000Z'); // 18:00 in Shanghai

describe('end of day: every order not signed off is reviewed', () => {
  it('picks the orders the resident has not signed off', () => {
    const orders = ORDER_STATES.map((state, i) => ({ id: `o-${i}`, state }));
    expect(ordersForEndOfDayReview(orders).map((o) => o.state)).toEqual(['registered', 'quoted', 'accepted', 'dispatched', 'assigned', 'in_progress']);
  });

  it.each([
    { rule: 'a reason and a finish tomorrow', reason: '等待配件到货', expectedFinishAt: new Date('2026-03-03T04:00:00.000Z'), result: { ok: true } },
    { rule: 'no reason', reason: ' ', expectedFinishAt: new Date('2026-03-03T04:00:00.000Z'), result: { ok: false, field: 'reason', messageKey: 'order.reasonRequired' } },
    { rule: 'no expected finish', reason: '等待配件', expectedFinishAt: null, result: { ok: false, field: 'expectedFinishAt', messageKey: 'order.review.expectedFinishRequired' } },
    { rule: 'a finish already past', reason: '等待配件', expectedFinishAt: now, result: { ok: false, field: 'expectedFinishAt', messageKey: 'order.review.expectedFinishInPast' } },
  ])('the note: $rule', ({ reason, expectedFinishAt, result }) => {
    expect(validateEndOfDayNote({ reason, expectedFinishAt, now })).toMatchObject(result);
  });
});
