import { describe, expect, it } from 'vitest';
import { offeredPenaltySteps } from './penalty-steps';

const entry = { state: 'PROPOSED', rule: 'DISSATISFIED_AT_ACCEPTANCE', userId: 'worker', department: 'ENGINEERING', projectId: 'p1', confirmedAt: null };
const supervisor = { userId: 'sup', roles: [{ role: 'SUPERVISOR', projectId: 'p1', department: 'ENGINEERING' }] };
const otherSupervisor = { userId: 'sup2', roles: [{ role: 'SUPERVISOR', projectId: 'p1', department: 'CLEANING' }] };
const pm = { userId: 'pm', roles: [{ role: 'PROJECT_MANAGER', projectId: 'p1' }] };
const otherPm = { userId: 'pm2', roles: [{ role: 'PROJECT_MANAGER', projectId: 'p2' }] };
const quality = { userId: 'q', roles: [{ role: 'QUALITY', projectId: null }] };

describe('review steps offered on a penalty entry', () => {
  it('lets the department’s supervisor and the project manager confirm or dismiss a proposal', () => {
    expect(offeredPenaltySteps(entry, supervisor)).toEqual(['confirm', 'dismiss']);
    expect(offeredPenaltySteps(entry, pm)).toEqual(['confirm', 'dismiss']);
    expect(offeredPenaltySteps(entry, otherSupervisor)).toEqual([]);
    expect(offeredPenaltySteps(entry, otherPm)).toEqual([]);
    expect(offeredPenaltySteps(entry, quality)).toEqual([]);
  });

  it('never offers judging one’s own entry', () => {
    expect(offeredPenaltySteps({ ...entry, userId: 'pm' }, pm)).toEqual([]);
  });

  it('leaves an appeal to the project manager, not the supervisor', () => {
    const appealed = { ...entry, state: 'APPEALED', confirmedAt: '2026-11-03T02:00:00Z' };
    expect(offeredPenaltySteps(appealed, pm)).toEqual(['uphold', 'overturn']);
    expect(offeredPenaltySteps(appealed, supervisor)).toEqual([]);
  });

  it('offers nothing on a decided entry', () => {
    for (const state of ['CONFIRMED', 'DISMISSED', 'UPHELD', 'OVERTURNED']) expect(offeredPenaltySteps({ ...entry, state, confirmedAt: '2026-11-03T02:00:00Z' }, pm)).toEqual([]);
  });
});
