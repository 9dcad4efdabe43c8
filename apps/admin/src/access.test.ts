import { permittedActions, ROLES, type Role } from '@wuye/domain';
import { describe, expect, it } from 'vitest';
import { canAccess } from './access';

describe('console access', () => {
  it('opens the finance screens by their own permissions', () => {
    const finance = ['order.read', 'statement.read', 'statement.manage', 'deposit.manage'];
    expect(canAccess(finance, 'payments', 'list', ['FINANCE'])).toBe(true);
    expect(canAccess(finance, 'depositAccounts', 'create', ['FINANCE'])).toBe(true);
    expect(canAccess(finance, 'monthlyStatements', 'show', ['FINANCE'])).toBe(true);
    const worker = ['order.read', 'order.act', 'order.materials'];
    expect(canAccess(worker, 'depositAccounts', 'list', ['WORKER'])).toBe(false);
    expect(canAccess(worker, 'monthlyStatements', 'list', ['WORKER'])).toBe(false);
    expect(canAccess(worker, 'materialRequisitions', 'list', ['WORKER'])).toBe(true);
    expect(canAccess(finance, 'materialRequisitions', 'list', ['FINANCE'])).toBe(false);
  });

  it('gives every staff member an inbox, and an API key none', () => {
    expect(canAccess([], 'notifications', 'list', ['WORKER'])).toBe(true);
    expect(canAccess(['order.read'], 'notifications', 'list', [])).toBe(false);
    expect(canAccess(['order.read'], 'notifications', 'create', ['WORKER'])).toBe(false);
  });

  it('opens webhook endpoints to the general manager only', () => {
    const menu = (role: Role) =>
      canAccess(permittedActions({ kind: 'user', userId: 'u', companyId: 'c', assignments: [{ role, projectId: role === 'general_manager' || role === 'quality' ? null : 'p' }] }), 'webhookEndpoints', 'list', [role.toUpperCase()]);
    expect(ROLES.filter(menu)).toEqual(['general_manager']);
  });
});
