import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORDER_SLA_SETTINGS,
  orderClockAlerts,
  orderClocks,
  orderServiceBreached,
  validateOrderSlaSettings,
  type OrderClockFacts,
  type OrderMilestone,
} from './service-levels.js';

const registeredAt = new Date('2026-03-02T13:00:00.000Z'); // 21:00 in Shanghai
const at = (minutes: number) => new Date(registeredAt.getTime() + minutes * 60_000);
const ordinary: OrderClockFacts = { registeredAt, urgency: 'normal' };
const burstPipe: OrderClockFacts = { registeredAt, urgency: 'emergency' };

const clockOf = (milestone: OrderMilestone, order: OrderClockFacts, now: Date) => orderClocks({ order, now }).find((c) => c.milestone === milestone);

describe('response within 4 hours of registration, in clock hours', () => {
  it.each([
    { rule: 'responded after an hour', order: { ...ordinary, respondedAt: at(60) }, now: at(300), status: 'met' },
    { rule: 'responded at exactly 4 hours', order: { ...ordinary, respondedAt: at(240) }, now: at(300), status: 'met' },
    { rule: 'responded a minute late', order: { ...ordinary, respondedAt: at(241) }, now: at(300), status: 'breached' },
    { rule: 'not yet, with time left (through the night)', order: ordinary, now: at(239), status: 'running' },
    { rule: 'not yet, at the deadline', order: ordinary, now: at(240), status: 'running' },
    { rule: 'not yet, and past the deadline', order: ordinary, now: at(241), status: 'breached' },
  ])('$rule → $status', ({ order, now, status }) => {
    expect(clockOf('response', order, now)).toMatchObject({ dueAt: at(240), status });
  });
});

describe('an emergency is on site within 30 minutes', () => {
  it.each([
    { rule: 'on site in 25 minutes', order: { ...burstPipe, respondedAt: at(2), onSiteAt: at(25) }, now: at(60), status: 'met', breached: false },
    { rule: 'on site in 31 minutes', order: { ...burstPipe, respondedAt: at(2), onSiteAt: at(31) }, now: at(60), status: 'breached', breached: true },
    { rule: 'on the way at 20 minutes', order: { ...burstPipe, respondedAt: at(2) }, now: at(20), status: 'running', breached: false },
    { rule: 'still not there at 45 minutes', order: { ...burstPipe, respondedAt: at(2) }, now: at(45), status: 'breached', breached: true },
  ])('$rule → $status', ({ order, now, status, breached }) => {
    const clocks = orderClocks({ order, now });
    expect(clocks.find((c) => c.milestone === 'on_site')).toMatchObject({ dueAt: at(30), status });
    expect(orderServiceBreached(clocks)).toBe(breached);
  });

  it('an ordinary order has response only', () => {
    expect(orderClocks({ order: ordinary, now: at(10) }).map((c) => c.milestone)).toEqual(['response']);
  });
});

describe('faults of a known class are resolved within their target', () => {
  it.each([
    { faultClass: 'lift_power_water', dueAt: at(30) },
    { faultClass: 'public_lighting', dueAt: at(8 * 60) },
    { faultClass: 'public_lighting_complex', dueAt: at(48 * 60) },
    { faultClass: 'move_in_minor', dueAt: new Date('2026-03-02T16:00:00.000Z'), why: 'the same Shanghai day: midnight, 3 hours after 21:00' },
    { faultClass: 'move_in_major', dueAt: at(7 * 24 * 60) },
  ] as const)('$faultClass is due $dueAt', ({ faultClass, dueAt }) => {
    expect(clockOf('resolution', { ...ordinary, faultClass }, at(0))).toMatchObject({ dueAt, status: 'running' });
  });

  it('resolved late is breached', () => {
    expect(clockOf('resolution', { ...ordinary, faultClass: 'lift_power_water', resolvedAt: at(45) }, at(60))).toMatchObject({ status: 'breached' });
  });

  it('targets are settings', () => {
    const settings = { ...DEFAULT_ORDER_SLA_SETTINGS, responseClockHours: 24 };
    expect(orderClocks({ order: ordinary, now: at(300), settings })[0]).toMatchObject({ status: 'running', dueAt: at(24 * 60) });
    expect(validateOrderSlaSettings(DEFAULT_ORDER_SLA_SETTINGS)).toEqual([]);
    expect(validateOrderSlaSettings({ ...settings, emergencyOnSiteClockHours: 0, resolution: { ...settings.resolution, public_lighting: Number.NaN } })).toEqual([
      { code: 'VALIDATION_FAILED', field: 'emergencyOnSiteClockHours', messageKey: 'order.settings.hoursPositive', params: {} },
      { code: 'VALIDATION_FAILED', field: 'resolution.public_lighting', messageKey: 'order.settings.hoursPositive', params: {} },
    ]);
  });
});

describe('alerts', () => {
  it('warns at 80 % and reports a breach once, with the due time in Shanghai', () => {
    const warn = orderClockAlerts({ clocks: orderClocks({ order: burstPipe, now: at(25) }), now: at(25), alreadySent: [] });
    expect(warn).toEqual([{ key: 'on_site:80', milestone: 'on_site', kind: 'warning', dueAt: at(30), messageKey: 'order.alert.on_site.warning', params: { due: '2026-03-02 21:30' } }]);
    const breach = orderClockAlerts({ clocks: orderClocks({ order: burstPipe, now: at(31) }), now: at(31), alreadySent: ['on_site:80'] });
    expect(breach.map((a) => a.messageKey)).toEqual(['order.alert.on_site.breach']);
  });
});

describe('properties', () => {
  it('once breached an open order stays breached as time passes, and once met it stays met', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 }), fc.option(fc.integer({ min: 0, max: 2000 })), (t1, dt, reached) => {
        const order = { ...burstPipe, faultClass: 'move_in_minor' as const, respondedAt: reached === null ? null : at(reached) };
        const earlier = orderClocks({ order, now: at(t1 + (reached ?? 0)) });
        const later = orderClocks({ order, now: at(t1 + (reached ?? 0) + dt) });
        earlier.forEach((clock, i) => {
          if (clock.status === 'breached' || clock.status === 'met') expect(later[i]?.status).toBe(clock.status);
        });
        if (orderServiceBreached(earlier)) expect(orderServiceBreached(later)).toBe(true);
      }),
    );
  });
});
