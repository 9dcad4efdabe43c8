import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRepeats, type RepeatRecord } from './repeat-detection.js';

const at = (date: string) => new Date(`${date}T10:00:00+08:00`);
const complaint = (id: string, date: string, extra: Partial<RepeatRecord> = {}): RepeatRecord => ({
  id,
  kind: 'complaint',
  unitId: '3-2-1201',
  occurredAt: at(date),
  category: 1,
  department: 'cleaning',
  catalogItemId: null,
  valid: true,
  ...extra,
});
const repair = (id: string, date: string, extra: Partial<RepeatRecord> = {}): RepeatRecord => ({
  id,
  kind: 'repair',
  unitId: '3-2-1201',
  occurredAt: at(date),
  catalogItemId: 'drain-unclog',
  ...extra,
});

describe('same matter: twice or more from the same unit within 90 days', () => {
  const now = complaint('c-new', '2025-10-14');
  it.each<{ name: string; history: RepeatRecord[]; ids: string[] | null }>([
    { name: 'first complaint', history: [], ids: null },
    { name: 'same category and department 30 days ago', history: [complaint('c1', '2025-09-14')], ids: ['c1', 'c-new'] },
    { name: 'exactly 90 days ago (2025-07-16)', history: [complaint('c1', '2025-07-16')], ids: ['c1', 'c-new'] },
    { name: '91 days ago', history: [complaint('c1', '2025-07-15')], ids: null },
    { name: 'another unit', history: [complaint('c1', '2025-09-14', { unitId: '3-2-1202' })], ids: null },
    { name: 'same category, other department', history: [complaint('c1', '2025-09-14', { department: 'security' })], ids: null },
    { name: 'same department, other category', history: [complaint('c1', '2025-09-14', { category: 2 })], ids: null },
    { name: 'an invalid complaint does not count', history: [complaint('c1', '2025-09-14', { valid: false })], ids: null },
    { name: 'a suggestion does not count', history: [complaint('c1', '2025-09-14', { kind: 'suggestion' })], ids: null },
    { name: 'a later complaint does not count (re-runs are stable)', history: [complaint('c1', '2025-10-20')], ids: null },
    { name: 'the record itself in the list does not count', history: [now], ids: null },
    {
      name: 'three in a row list oldest first',
      history: [complaint('c2', '2025-10-01'), complaint('c1', '2025-08-20')],
      ids: ['c1', 'c2', 'c-new'],
    },
  ])('$name', ({ history, ids }) => {
    const result = detectRepeats({ record: now, history });
    expect(result.nonconformity).toBe(ids !== null);
    if (ids) {
      expect(result.findings).toEqual([
        { rule: 'same_matter', key: 'same_matter:c-new', recordIds: ids, count: ids.length, messageKey: 'complaint.repeat.sameMatter', params: { count: ids.length, days: 90 } },
      ]);
    }
  });

  it('the same catalog item matches across categories and departments', () => {
    const record = complaint('c-new', '2025-10-14', { category: 1, department: 'engineering', catalogItemId: 'lock-replace' });
    const history = [complaint('c1', '2025-10-01', { category: 2, department: 'customer_service', catalogItemId: 'lock-replace' })];
    expect(detectRepeats({ record, history }).nonconformity).toBe(true);
  });
});

describe('same repair: three times or more', () => {
  const now = repair('r-new', '2025-10-14');
  it.each<{ name: string; history: RepeatRecord[]; count: number | null }>([
    { name: 'second time', history: [repair('r1', '2025-09-01')], count: null },
    { name: 'third time', history: [repair('r1', '2025-08-01'), repair('r2', '2025-09-01')], count: 3 },
    { name: 'third time but one is another item', history: [repair('r1', '2025-08-01', { catalogItemId: 'lock-replace' }), repair('r2', '2025-09-01')], count: null },
    { name: 'third time but one is outside 90 days', history: [repair('r1', '2025-06-01'), repair('r2', '2025-09-01')], count: null },
    { name: 'complaints are not repairs', history: [complaint('c1', '2025-08-01', { catalogItemId: 'drain-unclog' }), repair('r2', '2025-09-01')], count: null },
  ])('$name', ({ history, count }) => {
    const result = detectRepeats({ record: now, history });
    expect(result.findings.map((f) => f.count)).toEqual(count === null ? [] : [count]);
  });

  it('thresholds and windows are settings', () => {
    const history = [repair('r1', '2025-06-01'), repair('r2', '2025-09-01')];
    const settings = { complaintWindowDays: 90, complaintThreshold: 2, repairWindowDays: 180, repairThreshold: 3 };
    expect(detectRepeats({ record: now, history, settings }).nonconformity).toBe(true);
  });

  it('a repair without a catalog item cannot be matched', () => {
    const history = [repair('r1', '2025-08-01', { catalogItemId: null }), repair('r2', '2025-09-01', { catalogItemId: null })];
    expect(detectRepeats({ record: repair('r-new', '2025-10-14', { catalogItemId: null }), history }).nonconformity).toBe(false);
  });
});

describe('properties', () => {
  it('the answer does not depend on the order of the history', () => {
    const record = complaint('c-new', '2025-10-14');
    const historyArb = fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 200 }),
        department: fc.constantFrom('cleaning' as const, 'security' as const),
        kind: fc.constantFrom('complaint' as const, 'repair' as const),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(historyArb, (rows) => {
        const history = rows.map((r, i) => ({
          ...complaint(`h${i}`, '2025-10-14', { department: r.department, kind: r.kind }),
          occurredAt: new Date(at('2025-10-14').getTime() - r.day * 86_400_000),
        }));
        expect(detectRepeats({ record, history: [...history].reverse() })).toEqual(detectRepeats({ record, history }));
      }),
    );
  });
});
