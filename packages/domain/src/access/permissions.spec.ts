import { describe, expect, it } from 'vitest';
import { can, canCompanyWide, permittedActions, projectsFor, type Principal } from './permissions.js';
import { validateAssignments } from './roles.js';

const user = (...assignments: Array<[string, string | null, string?]>): Principal => ({
  kind: 'user',
  userId: 'u1',
  companyId: 'c1',
  assignments: assignments.map(([role, projectId, department]) => ({ role, projectId, department }) as never),
});

describe('policy table', () => {
  it.each([
    ['GM approves anywhere', user(['general_manager', null]), 'project.manage', 'p1', true],
    ['PM manages units of own project', user(['project_manager', 'p1']), 'unit.manage', 'p1', true],
    ['PM cannot manage units of another project', user(['project_manager', 'p1']), 'unit.manage', 'p2', false],
    ['front desk registers residents', user(['front_desk', 'p1']), 'resident.manage', 'p1', true],
    ['worker reads residents to visit them', user(['worker', 'p1']), 'resident.read', 'p1', true],
    ['worker cannot edit residents', user(['worker', 'p1']), 'resident.manage', 'p1', false],
    ['quality reads no personal data', user(['quality', null]), 'resident.read', 'p1', false],
    ['quality reads the audit log everywhere', user(['quality', null]), 'audit.read', 'p9', true],
    ['two roles in two projects combine', user(['worker', 'p1'], ['project_manager', 'p2']), 'unit.manage', 'p2', true],
    ['...but do not leak across projects', user(['worker', 'p1'], ['project_manager', 'p2']), 'unit.manage', 'p1', false],
  ] as const)('%s', (_name, principal, action, projectId, expected) => {
    expect(can(principal, action, projectId)).toBe(expected);
  });

  it('restricts a partner key to its scopes and project', () => {
    const key: Principal = { kind: 'apiKey', keyId: 'k', companyId: 'c1', scopes: ['orders:write'], projectId: 'p1' };
    expect(can(key, 'project.read', 'p1')).toBe(true);
    expect(can(key, 'project.read', 'p2')).toBe(false);
    expect(can(key, 'resident.read', 'p1')).toBe(false);
    expect(projectsFor(key, 'project.read')).toEqual(['p1']);
  });

  it('needs a company-wide grant for company-level actions', () => {
    expect(canCompanyWide(user(['project_manager', 'p1']), 'building.manage')).toBe(false);
    expect(canCompanyWide(user(['general_manager', null]), 'apiKey.manage')).toBe(true);
  });

  it('lists what a front desk may do', () => {
    expect(permittedActions(user(['front_desk', 'p1']))).toEqual(['project.read', 'resident.read', 'resident.manage', 'resident.phone', 'resident.phone.reveal', 'catalog.read', 'order.read', 'order.register', 'order.act', 'statement.read', 'agreement.manage', 'complaint.read', 'complaint.register', 'complaint.handle', 'deposit.manage', 'followUp.record', 'settings.read', 'kpi.own', 'inspection.act', 'survey.read', 'survey.respond']);
  });
});

describe('role assignments', () => {
  it.each([
    [{ role: 'general_manager', projectId: 'p1' }, 'projectId', 'access.assignment.projectNotAllowed'],
    [{ role: 'worker', projectId: null }, 'projectId', 'access.assignment.projectRequired'],
    [{ role: 'supervisor', projectId: 'p1' }, 'department', 'access.assignment.departmentRequired'],
  ] as const)('rejects %o', (assignment, field, messageKey) => {
    expect(validateAssignments([assignment])).toEqual([{ index: 0, field, messageKey }]);
  });

  it('accepts a supervisor with a department', () => {
    expect(validateAssignments([{ role: 'supervisor', projectId: 'p1', department: 'engineering' }])).toEqual([]);
  });
});
