import { describe, expect, it } from 'vitest';
import type { Role } from '../access/roles.js';
import type { OrderActor } from './order-actor.js';
import { isPhoneNumber, registerOrder, type OrderIntake } from './order-intake.js';
import { newOrder } from './order-lifecycle.js';

const now = new Date('2026-03-02T01:00:00.000Z'); // 09:00 in Shanghai
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const staff = (...roles: Role[]): OrderActor => ({ kind: 'staff', userId: 'u-1', roles });
const desk = staff('front_desk');
const app: OrderActor = { kind: 'partner', keyId: 'resident-app' };

const leak: OrderIntake = {
  residentName: '王女士',
  unit: '3-2-1201',
  phone: '138 1234 5678',
  description: '厨房下水道堵塞',
  channel: 'phone',
  serviceType: 'repair',
  charge: 'paid',
  urgency: 'normal',
  appointment: { start: at(120), end: at(180) },
};

describe('registerOrder: intake records who, where, what, when and how', () => {
  it.each([
    { rule: 'a phone call booked for later this morning', intake: leak, actor: desk },
    { rule: 'a burst pipe at night: an emergency needs no appointment', intake: { ...leak, urgency: 'emergency', appointment: null, description: '水管爆裂' }, actor: desk },
    { rule: 'a free service', intake: { ...leak, charge: 'free', serviceType: 'other', description: '借用工具' }, actor: desk },
    { rule: 'filed from the resident app', intake: { ...leak, channel: 'app' }, actor: app },
    { rule: 'the project manager takes a walk-in', intake: { ...leak, channel: 'walk_in', phone: '021-62345678' }, actor: staff('project_manager') },
  ] as const)('$rule', ({ intake, actor }) => {
    expect(registerOrder({ intake, actor, now })).toEqual({
      ok: true,
      order: newOrder({ serviceType: intake.serviceType, charge: intake.charge, urgency: intake.urgency, appointment: intake.appointment }),
    });
  });

  it.each([
    { rule: 'no name', intake: { ...leak, residentName: '' }, field: 'residentName', messageKey: 'order.intake.residentNameRequired' },
    { rule: 'no unit', intake: { ...leak, unit: ' ' }, field: 'unit', messageKey: 'order.intake.unitRequired' },
    { rule: 'no phone', intake: { ...leak, phone: '' }, field: 'phone', messageKey: 'order.intake.phoneRequired' },
    { rule: 'a phone number too short', intake: { ...leak, phone: '1381234567' }, field: 'phone', messageKey: 'order.intake.phoneInvalid' },
    { rule: 'nothing described', intake: { ...leak, description: '' }, field: 'description', messageKey: 'order.intake.descriptionRequired' },
    { rule: 'an unknown service type', intake: { ...leak, serviceType: 'gas' }, field: 'serviceType', messageKey: 'order.intake.valueUnknown' },
    { rule: 'an ordinary order with no time agreed', intake: { ...leak, appointment: null }, field: 'appointment', messageKey: 'order.appointment.required' },
    { rule: 'booked 20 minutes ahead', intake: { ...leak, appointment: { start: at(20), end: at(80) } }, field: 'appointment.start', messageKey: 'order.appointment.tooSoon' },
  ])('refuses $rule', ({ intake, field, messageKey }) => {
    expect(registerOrder({ intake: intake as OrderIntake, actor: desk, now })).toMatchObject({ ok: false, code: 'VALIDATION_FAILED', field, messageKey });
  });

  it('a partner app files through the app channel only', () => {
    expect(registerOrder({ intake: leak, actor: app, now })).toMatchObject({ ok: false, field: 'channel', messageKey: 'order.intake.partnerChannel' });
  });

  it.each([{ roles: ['worker'] }, { roles: ['supervisor'] }, { roles: ['finance'] }, { roles: ['housekeeper'] }] as const)('$roles does not register', ({ roles }) => {
    expect(registerOrder({ intake: leak, actor: staff(...roles), now })).toMatchObject({ ok: false, code: 'FORBIDDEN', messageKey: 'order.forbidden.role' });
  });

  it('lists every issue', () => {
    const result = registerOrder({ intake: { ...leak, residentName: '', phone: 'abc' }, actor: desk, now });
    expect(result.ok ? [] : result.issues?.map((i) => i.field)).toEqual(['residentName', 'phone']);
  });
});

describe('isPhoneNumber', () => {
  it.each(['13812345678', '138-1234-5678', '+86 138 1234 5678', '021-62345678', '0755-12345678', '01062345678'])('"%s" is a phone number', (text) => {
    expect(isPhoneNumber(text)).toBe(true);
  });
  it.each(['12812345678', '1381234567', '138123456789', '62345678', '021-0234567', 'abc'])('"%s" is not', (text) => {
    expect(isPhoneNumber(text)).toBe(false);
  });
});
