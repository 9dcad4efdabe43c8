import { describe, expect, it } from 'vitest';
import { isMaskedPhone, maskPhone, seesFullPhone, type PhoneHolder } from './personal-data.js';
import type { Principal } from './permissions.js';

const user = (userId: string, ...assignments: Array<[string, string | null, string?]>): Principal => ({
  kind: 'user',
  userId,
  companyId: 'c1',
  assignments: assignments.map(([role, projectId, department]) => ({ role, projectId, department }) as never),
});

const resident: PhoneHolder = { kind: 'resident', projectId: 'p1' };
const order: PhoneHolder = { kind: 'order', projectId: 'p1', workerId: 'w1', supervisorId: 's1' };
const complaint: PhoneHolder = { kind: 'complaint', projectId: 'p1', responsibleDepartment: 'cleaning' };
const buildingComplaint: PhoneHolder = { kind: 'complaint', projectId: 'p1', responsibleDepartment: 'engineering' };
const followUp: PhoneHolder = { kind: 'followUp', projectId: 'p1' };

describe('who sees a resident’s number in full', () => {
  it.each([
    ['GM, everywhere', user('g', ['general_manager', null]), resident, true],
    ['project manager of the project', user('pm', ['project_manager', 'p1']), resident, true],
    ['project manager of another project', user('pm', ['project_manager', 'p2']), resident, false],
    ['front desk', user('fd', ['front_desk', 'p1']), order, true],
    ['housekeeper', user('hk', ['housekeeper', 'p1']), complaint, true],
    ['finance', user('f', ['finance', 'p1']), resident, false],
    ['quality', user('q', ['quality', null]), complaint, false],
    ['engineering on a resident record', user('e', ['engineering', 'p1']), resident, false],
    ['the worker assigned to the order', user('w1', ['worker', 'p1']), order, true],
    ['another worker', user('w2', ['worker', 'p1']), order, false],
    ['a worker on the resident record', user('w1', ['worker', 'p1']), resident, false],
    ['the order’s supervisor', user('s1', ['supervisor', 'p1', 'engineering']), order, true],
    ['supervisor of the responsible department', user('s2', ['supervisor', 'p1', 'cleaning']), complaint, true],
    ['supervisor of another department', user('s3', ['supervisor', 'p1', 'security']), complaint, false],
    ['supervisor of that department in another project', user('s4', ['supervisor', 'p2', 'cleaning']), complaint, false],
    ['engineering on a building-quality complaint', user('e', ['engineering', 'p1']), buildingComplaint, true],
    ['engineering on a cleaning complaint', user('e', ['engineering', 'p1']), complaint, false],
    ['a supervisor who records the follow-up call', user('s3', ['supervisor', 'p1', 'security']), followUp, true],
    ['a worker on a follow-up', user('w1', ['worker', 'p1']), followUp, false],
  ] as const)('%s → %s', (_name, principal, holder, expected) => {
    expect(seesFullPhone(principal, holder)).toBe(expected);
  });

  it('never a partner key, whatever its scopes', () => {
    const key: Principal = { kind: 'apiKey', keyId: 'k', companyId: 'c1', scopes: ['orders:read', 'orders:write', 'complaints:read'], projectId: 'p1' };
    for (const holder of [resident, order, complaint, followUp]) expect(seesFullPhone(key, holder)).toBe(false);
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['0755-12345678', '0755-****5678'],
    ['010-1234567', '010-****4567'],
    ['075512345678', '075****5678'],
    ['12345', '****'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
    expect(isMaskedPhone(masked)).toBe(true);
    expect(isMaskedPhone(phone)).toBe(false);
  });
});
