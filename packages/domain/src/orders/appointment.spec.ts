import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { earliestAppointmentStart, validateAppointment } from './appointment.js';

const now = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Shanghai
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('validateAppointment: leave at least 30 minutes of slack; emergencies go at once', () => {
  it.each([
    { rule: 'starting exactly 30 minutes from now', urgency: 'normal', window: { start: at(30), end: at(90) } },
    { rule: 'tomorrow morning', urgency: 'normal', window: { start: at(24 * 60), end: at(25 * 60) } },
    { rule: 'an emergency without a window', urgency: 'emergency', window: null },
    { rule: 'an emergency with a window starting now', urgency: 'emergency', window: { start: at(0), end: at(30) } },
  ] as const)('accepts $rule', ({ urgency, window }) => {
    expect(validateAppointment({ window, urgency, now })).toEqual({ ok: true, window });
  });

  it.each([
    { rule: 'no window for an ordinary order', window: null, field: 'appointment', messageKey: 'order.appointment.required', params: {} },
    { rule: '29 minutes from now', window: { start: at(29), end: at(90) }, field: 'appointment.start', messageKey: 'order.appointment.tooSoon', params: { minutes: 30, earliest: '2026-03-02 09:30' } },
    { rule: 'in the past', window: { start: at(-60), end: at(60) }, field: 'appointment.start', messageKey: 'order.appointment.tooSoon', params: { minutes: 30, earliest: '2026-03-02 09:30' } },
    { rule: 'ending when it starts', window: { start: at(60), end: at(60) }, field: 'appointment.end', messageKey: 'order.appointment.endNotAfterStart', params: {} },
    { rule: 'ending before it starts', window: { start: at(120), end: at(60) }, field: 'appointment.end', messageKey: 'order.appointment.endNotAfterStart', params: {} },
    { rule: 'an invalid start', window: { start: new Date('x'), end: at(60) }, field: 'appointment.start', messageKey: 'order.appointment.invalidTime', params: {} },
    { rule: 'an invalid end', window: { start: at(60), end: new Date('x') }, field: 'appointment.end', messageKey: 'order.appointment.invalidTime', params: {} },
  ])('refuses $rule', ({ window, field, messageKey, params }) => {
    expect(validateAppointment({ window, urgency: 'normal', now })).toEqual({ ok: false, code: 'VALIDATION_FAILED', field, messageKey, params });
  });

  it('an emergency window still ends after it starts', () => {
    expect(validateAppointment({ window: { start: at(10), end: at(5) }, urgency: 'emergency', now })).toMatchObject({ ok: false, field: 'appointment.end' });
  });

  it('the slack is a setting', () => {
    expect(validateAppointment({ window: { start: at(45), end: at(90) }, urgency: 'normal', now, slackMinutes: 60 })).toMatchObject({
      ok: false,
      params: { minutes: 60, earliest: '2026-03-02 10:00' },
    });
    expect(earliestAppointmentStart({ now, slackMinutes: 0 })).toEqual(now);
    expect(() => earliestAppointmentStart({ now, slackMinutes: -1 })).toThrow(RangeError);
  });

  it('an accepted ordinary window always starts at least the slack after now and ends after it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: -600, max: 600 }), fc.integer({ min: -600, max: 600 }), fc.integer({ min: 0, max: 120 }), (s, e, slack) => {
        const result = validateAppointment({ window: { start: at(s), end: at(e) }, urgency: 'normal', now, slackMinutes: slack });
        expect(result.ok).toBe(s >= slack && e > s);
      }),
    );
  });
});
