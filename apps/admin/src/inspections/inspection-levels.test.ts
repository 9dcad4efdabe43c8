import { describe, expect, it } from 'vitest';
import { inspectableAreas, inspectableLevels } from './inspection-levels';

const supervisor = { userId: 's', roles: [{ role: 'SUPERVISOR', projectId: 'p1', department: 'ENGINEERING' }] };
const pm = { userId: 'pm', roles: [{ role: 'PROJECT_MANAGER', projectId: 'p1' }] };
const quality = { userId: 'q', roles: [{ role: 'QUALITY', projectId: null }] };

describe('what the inspection form offers', () => {
  it('gives a team leader the daily and weekly checks of their own area', () => {
    expect(inspectableLevels(supervisor, 'p1')).toEqual(['DAILY', 'WEEKLY']);
    expect(inspectableAreas(supervisor, 'p1', 'DAILY')).toEqual(['ENGINEERING']);
    expect(inspectableLevels(supervisor, 'p2')).toEqual([]);
  });

  it('gives the project manager weekly and monthly checks of every area, quality the monthly check and the audit', () => {
    expect(inspectableLevels(pm, 'p1')).toEqual(['WEEKLY', 'MONTHLY']);
    expect(inspectableAreas(pm, 'p1', 'MONTHLY')).toHaveLength(5);
    expect(inspectableLevels(quality, 'p1')).toEqual(['MONTHLY', 'HALF_YEARLY_AUDIT']);
  });
});
