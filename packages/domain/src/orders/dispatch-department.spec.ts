import { describe, expect, it } from 'vitest';
import { checkDispatchDepartment } from './dispatch-department.js';

describe('dispatch to the supervisor of the right department', () => {
  it.each([
    ['repair', ['engineering'], true],
    ['repair', ['cleaning'], false],
    ['cleaning', ['cleaning'], true],
    ['errand', ['customer_service'], true],
    ['housekeeping', ['cleaning'], true],
    ['other', ['security'], true],
    ['repair', [], false],
  ] as const)('%s to a supervisor of %o → %s', (serviceType, supervisorDepartments, ok) => {
    const result = checkDispatchDepartment({ serviceType, supervisorDepartments });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result).toMatchObject({ code: 'VALIDATION_FAILED', field: 'supervisorId', messageKey: 'order.dispatch.wrongDepartment' });
  });
});
