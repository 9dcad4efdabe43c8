import { describe, expect, it } from 'vitest';
import { chinaDayEnd, chinaDayStart, chinaNextDayStart, chinaYearMonth, fromChinaInput, parseMonthInput, toChinaInput, toMonthInput } from './china-time';

describe('China time inputs', () => {
  it('shows an instant as Asia/Shanghai wall time', () => {
    expect(toChinaInput(new Date('2026-11-25T20:30:00Z'))).toBe('2026-11-26T04:30');
  });

  it('reads wall time as Asia/Shanghai', () => {
    expect(fromChinaInput('2026-12-01T00:00')?.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(fromChinaInput('2026-12-01')).toBeNull();
  });

  it('turns a China calendar day into the instants that bound it', () => {
    expect(chinaDayStart('2026-12-01')).toBe('2026-11-30T16:00:00.000Z');
    expect(chinaDayEnd('2026-12-01')).toBe('2026-12-01T15:59:59.999Z');
    expect(chinaDayStart('')).toBeUndefined();
    expect(chinaDayEnd(undefined)).toBeUndefined();
    expect(chinaDayStart('2026-12')).toBeUndefined();
    // "before" bounds: the whole last day is included, the next one is not.
    expect(chinaNextDayStart('2026-12-31')).toBe('2026-12-31T16:00:00.000Z');
    expect(chinaNextDayStart('')).toBeUndefined();
  });

  it('knows the China month of an instant', () => {
    // 16:30 UTC on 31 October is already 1 November in Shanghai.
    expect(chinaYearMonth(new Date('2026-10-31T16:30:00Z'))).toEqual({ year: 2026, month: 11 });
    expect(chinaYearMonth(new Date('2026-12-31T15:59:00Z'))).toEqual({ year: 2026, month: 12 });
  });

  it('reads and writes month inputs', () => {
    expect(toMonthInput({ year: 2026, month: 3 })).toBe('2026-03');
    expect(parseMonthInput('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(parseMonthInput('2026-13')).toBeUndefined();
    expect(parseMonthInput('')).toBeUndefined();
  });
});
