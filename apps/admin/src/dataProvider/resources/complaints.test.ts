import { describe, expect, it } from 'vitest';
import { registerInput } from './complaints';

const base = { projectId: 'p', unitId: 'u', residentId: '', contactName: '李女士', contactPhone: '13800000000', description: '电梯停运', channel: 'phone', responsibleDepartment: 'ENGINEERING' };

describe('complaint intake input', () => {
  it('turns the form’s radio strings into the API’s Int and Boolean', () => {
    expect(registerInput({ ...base, kind: 'COMPLAINT', category: '1', validity: 'valid', severity: 'SERIOUS', invalidReason: 'left over' })).toEqual({
      projectId: 'p',
      unitId: 'u',
      contactName: '李女士',
      contactPhone: '13800000000',
      description: '电梯停运',
      channel: 'phone',
      responsibleDepartment: 'ENGINEERING',
      kind: 'COMPLAINT',
      category: 1,
      valid: true,
      invalidReason: undefined,
      severity: 'SERIOUS',
    });
    expect(registerInput({ ...base, kind: 'COMPLAINT', category: '3', validity: 'invalid', invalidReason: '经核实不属实', severity: 'GENERAL' })).toMatchObject({ category: 3, valid: false, invalidReason: '经核实不属实' });
  });

  it('sends a suggestion without category, validity or severity', () => {
    const input = registerInput({ ...base, kind: 'SUGGESTION', category: '1', validity: 'valid', severity: 'GENERAL' });
    expect(input).not.toHaveProperty('category');
    expect(input).not.toHaveProperty('valid');
    expect(input).not.toHaveProperty('severity');
    expect(input.kind).toBe('SUGGESTION');
  });
});
