import { describe, expect, it } from 'vitest';
import { issuedBeforeSignature, orderBreachResponsible, startedBeforeConsent } from './penalty-proposals.js';

const at = (hhmm: string) => new Date(`2025-10-14T${hhmm}:00+08:00`);

describe('orderBreachResponsible: who answers for a missed order milestone', () => {
  it.each([
    { milestone: 'response', takenById: 'desk', supervisorId: null, workerId: null, who: 'desk', note: 'not yet dispatched: the front desk who took it' },
    { milestone: 'response', takenById: 'desk', supervisorId: 'sup', workerId: null, who: 'sup', note: 'dispatched: the supervisor' },
    { milestone: 'response', takenById: null, supervisorId: null, workerId: null, who: null, note: 'filed by a partner app, nobody dispatched: no one' },
    { milestone: 'on_site', takenById: 'desk', supervisorId: 'sup', workerId: 'w', who: 'w', note: 'assigned: the worker' },
    { milestone: 'on_site', takenById: 'desk', supervisorId: 'sup', workerId: null, who: 'sup', note: 'nobody assigned yet: the supervisor' },
    { milestone: 'resolution', takenById: 'desk', supervisorId: 'sup', workerId: 'w', who: 'w', note: 'resolution: the worker' },
    { milestone: 'resolution', takenById: 'desk', supervisorId: null, workerId: null, who: null, note: 'never dispatched: not the front desk' },
  ] as const)('$milestone — $note', ({ who, note: _note, ...input }) => {
    expect(orderBreachResponsible(input)).toBe(who);
  });
});

describe('startedBeforeConsent: a field record that shows work before the resident agreed', () => {
  it.each([
    { startedAt: at('10:00'), consentAt: at('10:30'), verbalConsentAt: null, broke: true, note: 'started half an hour before consent' },
    { startedAt: at('10:30'), consentAt: at('10:30'), verbalConsentAt: null, broke: false, note: 'started the minute consent was given' },
    { startedAt: at('11:00'), consentAt: at('10:30'), verbalConsentAt: null, broke: false, note: 'started after consent' },
    { startedAt: at('10:00'), consentAt: null, verbalConsentAt: null, broke: true, note: 'no consent at all' },
    { startedAt: at('10:00'), consentAt: at('12:00'), verbalConsentAt: at('09:55'), broke: false, note: 'an emergency on verbal consent given before' },
    { startedAt: at('10:00'), consentAt: at('12:00'), verbalConsentAt: at('10:05'), broke: true, note: 'verbal consent recorded after the start' },
  ])('$note', ({ broke, note: _note, ...input }) => {
    expect(startedBeforeConsent(input)).toBe(broke);
  });
});

describe('issuedBeforeSignature', () => {
  it.each([
    { issuedAt: at('09:00'), signedAt: at('09:30'), broke: true },
    { issuedAt: at('09:30'), signedAt: at('09:30'), broke: false },
    { issuedAt: at('10:00'), signedAt: at('09:30'), broke: false },
    { issuedAt: at('10:00'), signedAt: null, broke: true },
  ])('issued $issuedAt, signed $signedAt → $broke', ({ broke, ...input }) => {
    expect(issuedBeforeSignature(input)).toBe(broke);
  });
});
