import { describe, expect, it } from 'vitest';
import type { RoleAssignment } from '../access/roles.js';
import { kpiReadScope, kpiScopeCovers } from './kpi-actor.js';

const a = (role: string, projectId: string | null, department?: string): RoleAssignment => ({ role, projectId, department }) as RoleAssignment;

describe('kpiReadScope: whose entries and scores one may read', () => {
  it('GM and quality read every project', () => {
    expect(kpiReadScope([a('general_manager', null)]).all).toBe(true);
    expect(kpiReadScope([a('quality', null)]).all).toBe(true);
  });

  it('a project manager reads their projects in full; a supervisor only the departments they lead', () => {
    const scope = kpiReadScope([a('project_manager', 'p1'), a('supervisor', 'p2', 'cleaning'), a('supervisor', 'p2', 'security'), a('supervisor', 'p1', 'engineering')]);
    expect(scope).toEqual({ all: false, projects: ['p1'], departments: [{ projectId: 'p2', departments: ['cleaning', 'security'] }] });
    expect(kpiScopeCovers(scope, 'p1', 'greening')).toBe(true);
    expect(kpiScopeCovers(scope, 'p2', 'cleaning')).toBe(true);
    expect(kpiScopeCovers(scope, 'p2', 'engineering')).toBe(false);
    expect(kpiScopeCovers(scope, 'p2', null)).toBe(false);
    expect(kpiScopeCovers(scope, 'p3', 'cleaning')).toBe(false);
  });

  it('a worker, the front desk or a housekeeper reads nobody else’s', () => {
    const scope = kpiReadScope([a('worker', 'p1'), a('front_desk', 'p1'), a('housekeeper', 'p1')]);
    expect(scope).toEqual({ all: false, projects: [], departments: [] });
    expect(kpiScopeCovers(scope, 'p1', 'engineering')).toBe(false);
  });
});
