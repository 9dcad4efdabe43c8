import { describe, expect, it } from 'vitest';
import { fromChinaInput, toChinaInput } from './china-time';

describe('China time inputs', () => {
  it('shows an instant as Asia/Shanghai wall time', () => {
    expect(toChinaInput(new Date('2026-11-25T20:30:00Z'))).toBe('2026-11-26T04:30');
  });

  it('reads wall time as Asia/Shanghai', () => {
    expect(fromChinaInput('2026-12-01T00:00')?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(fromChinaInput('2026-12-01')).toBeNull();
  });
});
