import { describe, expect, it } from 'vitest';
import { offeredFindingSteps } from './finding-steps';

const finding = { state: 'OPEN', area: 'ENGINEERING', projectId: 'p1', inspectorId: 'sup', responsibleUserId: 'worker', subcontractorId: null, actionOwnerId: null };
const worker = { userId: 'worker', roles: [{ role: 'WORKER', projectId: 'p1' }] };
const supervisor = { userId: 'sup', roles: [{ role: 'SUPERVISOR', projectId: 'p1', department: 'ENGINEERING' }] };
const pm = { userId: 'pm', roles: [{ role: 'PROJECT_MANAGER', projectId: 'p1' }] };

describe('corrective-action steps offered on a finding', () => {
  it('lets only the person responsible acknowledge it', () => {
    expect(offeredFindingSteps(finding, worker)).toEqual(['acknowledge']);
    expect(offeredFindingSteps(finding, supervisor)).toEqual([]);
  });

  it('lets the inspector, the area’s supervisor or the project manager plan the action', () => {
    const acknowledged = { ...finding, state: 'ACKNOWLEDGED' };
    expect(offeredFindingSteps(acknowledged, supervisor)).toEqual(['plan_action']);
    expect(offeredFindingSteps(acknowledged, pm)).toEqual(['plan_action']);
    expect(offeredFindingSteps(acknowledged, worker)).toEqual([]);
  });

  it('lets the owner complete it and someone else verify it', () => {
    const correcting = { ...finding, state: 'CORRECTING', actionOwnerId: 'worker' };
    expect(offeredFindingSteps(correcting, worker)).toEqual(['complete_action']);
    expect(offeredFindingSteps(correcting, supervisor)).toEqual(['plan_action']);
    const done = { ...correcting, state: 'AWAITING_VERIFICATION' };
    expect(offeredFindingSteps(done, supervisor)).toEqual(['verify', 'fail_verification']);
    expect(offeredFindingSteps(done, worker)).toEqual([]);
  });

  it('offers nothing on a pass or a verified finding', () => {
    expect(offeredFindingSteps({ ...finding, state: null }, worker)).toEqual([]);
    expect(offeredFindingSteps({ ...finding, state: 'VERIFIED' }, pm)).toEqual([]);
  });
});
