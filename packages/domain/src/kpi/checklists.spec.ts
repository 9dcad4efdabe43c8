import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '../access/roles.js';
import { DEFAULT_CHECKLIST, validateChecklistItem } from './checklists.js';

describe('DEFAULT_CHECKLIST', () => {
  it('covers every area of the three-level inspection, each item valid', () => {
    for (const area of DEPARTMENTS) expect(DEFAULT_CHECKLIST.filter((i) => i.area === area).length).toBeGreaterThanOrEqual(3);
    for (const i of DEFAULT_CHECKLIST) expect(validateChecklistItem(i)).toEqual([]);
  });

  it('has no item twice in an area', () => {
    const keys = DEFAULT_CHECKLIST.map((i) => `${i.area}:${i.title}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('validateChecklistItem', () => {
  const ok = { area: 'cleaning', category: '环境卫生', title: '楼道', standard: '无杂物' };
  it.each([
    { input: { ...ok, area: 'kitchen' }, field: 'area', key: 'kpi.checklist.areaUnknown' },
    { input: { ...ok, category: '  ' }, field: 'category', key: 'kpi.checklist.textRequired' },
    { input: { ...ok, title: '' }, field: 'title', key: 'kpi.checklist.textRequired' },
    { input: { ...ok, standard: '标'.repeat(201) }, field: 'standard', key: 'kpi.checklist.textTooLong' },
    { input: { ...ok, sort: 2_147_483_647 }, field: 'sort', key: 'kpi.checklist.sortRange' },
    { input: { ...ok, sort: -1 }, field: 'sort', key: 'kpi.checklist.sortRange' },
  ])('$field: $key', ({ input, field, key }) => {
    expect(validateChecklistItem(input)).toEqual([expect.objectContaining({ code: 'VALIDATION_FAILED', field, messageKey: key })]);
  });

  it('accepts exactly 200 characters, and positions 0 to 1,000,000', () => {
    expect(validateChecklistItem({ ...ok, standard: '标'.repeat(200) })).toEqual([]);
    expect(validateChecklistItem({ ...ok, sort: 0 })).toEqual([]);
    expect(validateChecklistItem({ ...ok, sort: 1_000_000 })).toEqual([]);
  });
});
