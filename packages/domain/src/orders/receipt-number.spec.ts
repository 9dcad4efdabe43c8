import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatReceiptNumber, nextReceiptSequence, parseReceiptNumber, receiptSequenceAudit, receiptYear } from './receipt-number.js';

describe('receipt numbers: project, Shanghai year, six-digit gap-free sequence', () => {
  it.each([
    { parts: { projectCode: 'CHHY', year: 2026, sequence: 123 }, text: 'CHHY-2026-000123' },
    { parts: { projectCode: 'JXJY', year: 2026, sequence: 1 }, text: 'JXJY-2026-000001' },
    { parts: { projectCode: 'ZXGC2', year: 2027, sequence: 999_999 }, text: 'ZXGC2-2027-999999' },
    { parts: { projectCode: 'CHHY', year: 2026, sequence: 1_000_000 }, text: 'CHHY-2026-1000000' },
  ])('$text', ({ parts, text }) => {
    expect(formatReceiptNumber(parts)).toBe(text);
    expect(parseReceiptNumber(text)).toEqual(parts);
  });

  it.each([
    { paidAt: '2025-12-31T15:59:59.999Z', year: 2025, why: '23:59 on New Year’s Eve in Shanghai' },
    { paidAt: '2025-12-31T16:00:00.000Z', year: 2026, why: 'midnight in Shanghai, still 2025 in UTC' },
  ])('a payment at $paidAt is in the $year series ($why)', ({ paidAt, year }) => {
    expect(receiptYear(new Date(paidAt))).toBe(year);
  });

  it.each([
    { parts: { projectCode: 'chhy', year: 2026, sequence: 1 }, why: 'lower-case code' },
    { parts: { projectCode: 'C', year: 2026, sequence: 1 }, why: 'one-letter code' },
    { parts: { projectCode: 'CH-HY', year: 2026, sequence: 1 }, why: 'a dash in the code' },
    { parts: { projectCode: 'CHHY', year: 26, sequence: 1 }, why: 'two-digit year' },
    { parts: { projectCode: 'CHHY', year: 2026, sequence: 0 }, why: 'sequence 0' },
    { parts: { projectCode: 'CHHY', year: 2026, sequence: 1.5 }, why: 'a fractional sequence' },
  ])('formatting refuses $why', ({ parts }) => {
    expect(() => formatReceiptNumber(parts)).toThrow(RangeError);
  });

  it.each(['CHHY-2026-123', 'CHHY-2026-0000123', 'CHHY-2026-000000', 'chhy-2026-000123', 'CHHY-26-000123', 'CHHY2026000123', ' CHHY-2026-000123', 'CHHY-2026-000123 '])(
    '"%s" is not a receipt number',
    (text) => {
      expect(parseReceiptNumber(text)).toBeNull();
    },
  );

  it('parse undoes format', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z][A-Z0-9]{1,9}$/),
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
        (projectCode, year, sequence) => {
          expect(parseReceiptNumber(formatReceiptNumber({ projectCode, year, sequence }))).toEqual({ projectCode, year, sequence });
        },
      ),
    );
  });

  it('numbers sort in issue order within a series while under a million', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_998 }), (n) => {
        expect(formatReceiptNumber({ projectCode: 'CHHY', year: 2026, sequence: n }) < formatReceiptNumber({ projectCode: 'CHHY', year: 2026, sequence: n + 1 })).toBe(true);
      }),
    );
  });
});

describe('a gap-free series', () => {
  it.each([
    { last: null, next: 1 },
    { last: 1, next: 2 },
    { last: 122, next: 123 },
  ])('after $last comes $next', ({ last, next }) => {
    expect(nextReceiptSequence(last)).toBe(next);
  });

  it('refuses a last number that cannot have been issued', () => {
    expect(() => nextReceiptSequence(0)).toThrow(RangeError);
  });

  it.each([
    { issued: [], missing: [], duplicated: [] },
    { issued: [3, 1, 2], missing: [], duplicated: [] },
    { issued: [1, 2, 5], missing: [3, 4], duplicated: [] },
    { issued: [2, 2, 1, 3, 3], missing: [], duplicated: [2, 3] },
    { issued: [4], missing: [1, 2, 3], duplicated: [] },
  ])('audit of $issued', ({ issued, missing, duplicated }) => {
    expect(receiptSequenceAudit(issued)).toEqual({ missing, duplicated });
  });

  it('numbers issued with nextReceiptSequence always audit clean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), (count) => {
        const issued: number[] = [];
        for (let i = 0; i < count; i += 1) issued.push(nextReceiptSequence(issued.at(-1) ?? null));
        expect(receiptSequenceAudit(issued)).toEqual({ missing: [], duplicated: [] });
      }),
    );
  });
});
