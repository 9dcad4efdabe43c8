import { describe, expect, it } from 'vitest';
import { isKnownUnit, KNOWN_UNITS, unitGlossEn } from './units.js';

describe('units of charge', () => {
  it('lists the thirteen units of the procedures, each with an English gloss', () => {
    expect(KNOWN_UNITS.map((u) => u.unit)).toEqual([
      '次', '个', '扇', '把', '台', '套', '件', '只', '盏', '位', '小时', '月', '页',
    ]);
    for (const u of KNOWN_UNITS) expect(u.en).not.toBe('');
  });

  it.each([
    { unit: '次', extra: [], known: true },
    { unit: '小时', extra: [], known: true },
    { unit: '页', extra: [], known: true },
    { unit: '米', extra: [], known: false },
    { unit: '米', extra: ['米', '平方米'], known: true },
    { unit: '平方米', extra: ['米'], known: false },
    { unit: '', extra: [''], known: false },
    { unit: ' 次', extra: [], known: false },
    { unit: '时', extra: [], known: false },
  ])('"$unit" with company units $extra → known: $known', ({ unit, extra, known }) => {
    expect(isKnownUnit(unit, extra)).toBe(known);
  });

  it.each([
    { unit: '扇', gloss: 'per door or window leaf' },
    { unit: '位', gloss: 'per socket or switch position' },
    { unit: '米', gloss: undefined },
  ])('glosses $unit as $gloss', ({ unit, gloss }) => {
    expect(unitGlossEn(unit)).toBe(gloss);
  });
});
