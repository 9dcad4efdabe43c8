import { describe, expect, it } from 'vitest';
import { orderActorFrom } from './order-actor.js';

describe('orderActorFrom: the roles a user holds in the order’s project', () => {
  it.each([
    {
      rule: 'project roles of this project only',
      assignments: [
        { role: 'front_desk', projectId: 'p-1' },
        { role: 'supervisor', projectId: 'p-2', department: 'engineering' },
      ],
      roles: ['front_desk'],
    },
    { rule: 'company-wide roles count everywhere', assignments: [{ role: 'general_manager', projectId: null }], roles: ['general_manager'] },
    {
      rule: 'a role held twice counts once',
      assignments: [
        { role: 'supervisor', projectId: 'p-1', department: 'engineering' },
        { role: 'supervisor', projectId: 'p-1', department: 'cleaning' },
        { role: 'worker', projectId: 'p-1' },
      ],
      roles: ['supervisor', 'worker'],
    },
    { rule: 'nothing here', assignments: [{ role: 'worker', projectId: 'p-3' }], roles: [] },
  ] as const)('$rule', ({ assignments, roles }) => {
    expect(orderActorFrom('u-1', assignments, 'p-1')).toEqual({ kind: 'staff', userId: 'u-1', roles });
  });
});
