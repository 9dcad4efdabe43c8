import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isMonthKey, monthKeyOf, monthKeyOfDate, monthParts, monthRange, monthsBetween, shanghaiMonthKey, trailingMonths } from './month-key.js';

describe('month keys in Asia/Shanghai', () => {
  it.each([
    { instant: '2025-09-30T15:59:59.999Z', month: '2025-09', note: '23:59 on 30 September in Shanghai' },
    { instant: '2025-09-30T16:00:00.000Z', month: '2025-10', note: 'midnight in Shanghai is already October' },
    { instant: '2024-12-31T16:30:00.000Z', month: '2025-01', note: 'new year in Shanghai' },
  ])('$instant → $month ($note)', ({ instant, month }) => {
    expect(shanghaiMonthKey(new Date(instant))).toBe(month);
  });

  it.each([
    ['2025-10', true],
    ['2025-01', true],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-1', false],
    ['25-10', false],
    [202510, false],
  ])('isMonthKey(%s) → %s', (value, expected) => {
    expect(isMonthKey(value)).toBe(expected);
  });

  it('moves by months across years', () => {
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(monthsBetween('2025-11', '2026-02')).toBe(3);
    expect(monthsBetween('2026-02', '2025-11')).toBe(-3);
    expect(monthKeyOfDate('2025-10-05')).toBe('2025-10');
  });

  it('lists the trailing months, oldest first', () => {
    expect(trailingMonths('2025-02', 3)).toEqual(['2024-12', '2025-01', '2025-02']);
    expect(trailingMonths('2025-10')).toHaveLength(12);
    expect(() => trailingMonths('2025-10', 0)).toThrow(RangeError);
    expect(() => trailingMonths('October', 3)).toThrow(RangeError);
  });

  it('gives the month as instants from Shanghai midnight', () => {
    expect(monthRange('2025-10')).toEqual({ start: new Date('2025-09-30T16:00:00.000Z'), end: new Date('2025-10-31T16:00:00.000Z') });
    expect(monthRange('2025-12').end).toEqual(new Date('2025-12-31T16:00:00.000Z'));
  });

  it('an instant lies in the range of its month', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), (instant) => {
        const { start, end } = monthRange(shanghaiMonthKey(instant));
        expect(start.getTime() <= instant.getTime() && instant.getTime() < end.getTime()).toBe(true);
      }),
    );
  });

  it('addMonths and monthsBetween agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -240, max: 240 }), (y, m, n) => {
        const month = `${y}-${String(m).padStart(2, '0')}`;
        expect(monthsBetween(month, addMonths(month, n))).toBe(n);
      }),
    );
  });

  it('builds and splits keys from a year and month number', () => {
    expect(monthKeyOf(2026, 3)).toBe('2026-03');
    expect(monthParts('2026-11')).toEqual({ year: 2026, month: 11 });
    expect(() => monthKeyOf(2026, 13)).toThrow(RangeError);
    fc.assert(fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      expect(monthParts(monthKeyOf(y, m))).toEqual({ year: y, month: m });
    }));
  });
});
