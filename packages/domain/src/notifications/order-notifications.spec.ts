import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ORDER_ACTIONS } from '../orders/order-lifecycle.js';
import { NOTIFICATION_KINDS, notificationMessages, notificationMessageKey } from './notification-kinds.js';
import { orderNotifications, type OrderPeople } from './order-notifications.js';

const nobody: OrderPeople = { supervisorId: null, workerId: null, hasAppointment: false, consented: false };
const staffed: OrderPeople = { supervisorId: 'sup', workerId: 'wrk', hasAppointment: true, consented: true };

describe('orderNotifications', () => {
  it.each([
    ['dispatch', nobody, { ...nobody, supervisorId: 'sup' }, null, 'desk', [['sup', 'order_dispatched']]],
    ['assign', { ...nobody, supervisorId: 'sup' }, { ...nobody, supervisorId: 'sup', workerId: 'wrk' }, null, 'sup', [['wrk', 'order_assigned']]],
    ['cancel', staffed, staffed, null, 'desk', [['sup', 'order_cancelled'], ['wrk', 'order_cancelled']]],
    ['cancel', nobody, nobody, null, 'desk', []],
    ['book', staffed, staffed, null, 'desk', [['sup', 'order_rebooked'], ['wrk', 'order_rebooked']]],
    ['book', { ...staffed, hasAppointment: false }, staffed, null, 'desk', []],
    ['quote', staffed, staffed, null, 'desk', [['sup', 'order_requoted'], ['wrk', 'order_requoted']]],
    ['quote', { ...staffed, consented: false }, staffed, null, 'desk', []],
    ['complete', staffed, staffed, 2, 'wrk', [['sup', 'order_dissatisfied']]],
    ['complete', staffed, staffed, 1, 'wrk', [['sup', 'order_dissatisfied']]],
    ['complete', staffed, staffed, 3, 'wrk', []],
    ['complete', staffed, staffed, 5, 'wrk', []],
    ['no_one_home', staffed, staffed, null, 'wrk', [['sup', 'order_no_one_home']]],
    ['start', staffed, staffed, null, 'wrk', []],
  ] as const)('%s tells the right people', (action, before, after, rating, actorId, expected) => {
    const notices = orderNotifications({ action, before, after, rating, actorId });
    expect(notices.map((n) => [n.recipientId, n.kind])).toEqual(expected);
  });

  it('re-dispatching to the same supervisor tells nobody again', () => {
    const sup = { ...nobody, supervisorId: 'sup' };
    expect(orderNotifications({ action: 'dispatch', before: sup, after: sup, actorId: 'desk' })).toEqual([]);
  });

  it('a supervisor who is also the worker hears once', () => {
    const same = { ...staffed, workerId: 'sup' };
    expect(orderNotifications({ action: 'cancel', before: same, after: same, actorId: 'desk' })).toEqual([{ recipientId: 'sup', kind: 'order_cancelled' }]);
  });

  it('never tells the actor about their own step, nor anyone twice', () => {
    const id = fc.constantFrom('a', 'b', 'c', null);
    const people = fc.record({ supervisorId: id, workerId: id, hasAppointment: fc.boolean(), consented: fc.boolean() });
    fc.assert(
      fc.property(fc.constantFrom(...ORDER_ACTIONS), people, people, fc.option(fc.integer({ min: 1, max: 5 })), id, (action, before, after, rating, actorId) => {
        const notices = orderNotifications({ action, before, after, rating, actorId });
        expect(notices.every((n) => n.recipientId !== actorId)).toBe(true);
        expect(new Set(notices.map((n) => n.recipientId)).size).toBe(notices.length);
      }),
    );
  });
});

describe('notification messages', () => {
  it('has a zh and en title for every kind, naming the subject', () => {
    for (const kind of NOTIFICATION_KINDS) {
      const m = notificationMessages[notificationMessageKey(kind)];
      expect(m.zh).toContain('{label}');
      expect(m.en).toContain('{label}');
    }
  });
});
