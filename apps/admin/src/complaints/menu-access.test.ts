import { permittedActions, type Role } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from '../access';

/** The menu a staff member of one project sees, from the domain's own permission table (as `me.permissions` is made). */
const menuOf = (role: Role, department?: 'engineering') => {
  const permissions = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role, projectId: role === 'general_manager' || role === 'quality' ? null : 'p', department }] });
  const roles = [role.toUpperCase()];
  return ['complaints', 'followUps', 'nonconformities', 'complaintStats', 'companySettings'].filter((r) => canAccess(permissions, r, 'list', roles));
};

describe('complaint screens in the menu', () => {
  it('gives the front desk 投诉, 回访 and 投诉统计, and intake', () => {
    expect(menuOf('front_desk')).toEqual(['complaints', 'followUps', 'complaintStats']);
    const desk = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'front_desk', projectId: 'p' }] });
    expect(canAccess(desk, 'complaints', 'create', ['FRONT_DESK'])).toBe(true);
  });

  it('adds 不合格记录 for the project manager; 公司设置 for those who review performance (only the GM edits it)', () => {
    expect(menuOf('project_manager')).toEqual(['complaints', 'followUps', 'nonconformities', 'complaintStats', 'companySettings']);
    expect(menuOf('general_manager')).toEqual(['complaints', 'followUps', 'nonconformities', 'complaintStats', 'companySettings']);
    expect(menuOf('quality')).toEqual(['complaints', 'nonconformities', 'complaintStats', 'companySettings']);
    const pm = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'project_manager', projectId: 'p' }] });
    expect(canAccess(pm, 'companySettings', 'edit', ['PROJECT_MANAGER'])).toBe(false);
  });

  it('lets a worker read complaints but not register them or visit', () => {
    expect(menuOf('worker')).toEqual(['complaints', 'complaintStats']);
    const worker = permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role: 'worker', projectId: 'p' }] });
    expect(canAccess(worker, 'complaints', 'create', ['WORKER'])).toBe(false);
  });
});
