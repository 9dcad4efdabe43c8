import { describe, expect, it } from 'vitest';
import { evaluateEntry, type EntryTexts } from './entry-draft';

// 翠湖花园's labour rate (¥30.00/hour) and the default 保本微利 ceiling of 20%.
const settings = { labourRateFenPerHour: 3000, marginCeilingBp: 2000, extraUnits: [], locale: 'zh-CN' };
// 30 minutes of labour (¥15.00) + ¥5.00 materials, overhead 10% and risk 5% of that: ¥23.00.
const drain: EntryTexts = {
  unit: '次',
  mode: 'FIXED',
  price: '25',
  min: '',
  max: '',
  labourMinutes: '30',
  materials: '5',
  overhead: '10',
  risk: '5',
};

describe('the draft editor preview', () => {
  it('computes unit cost and margin with the domain rules', () => {
    const { margin, input, issues } = evaluateEntry(drain, settings);
    expect(issues).toEqual({});
    expect(margin?.cost).toEqual({ labour: 1500, materials: 500, overhead: 200, risk: 100, total: 2300 });
    expect(margin?.points).toEqual([{ at: 'price', price: 2500, cost: 2300, margin: 200, basisPoints: 800 }]);
    expect(margin?.warnings).toEqual([]);
    expect(input).toEqual({
      unit: '次',
      pricing: { mode: 'FIXED', priceFen: 2500, minFen: null, maxFen: null },
      costModel: { labourMinutes: 30, materialsFen: 500, overheadBp: 1000, riskBp: 500 },
    });
  });

  it('warns of a loss below cost and of a margin above the ceiling', () => {
    expect(evaluateEntry({ ...drain, price: '20' }, settings).margin?.warnings).toMatchObject([
      { code: 'LOSS', at: 'price', message: '按 ¥20.00 收费低于成本 ¥23.00，亏损 ¥3.00' },
    ]);
    expect(evaluateEntry({ ...drain, price: '35' }, settings).margin?.warnings).toMatchObject([{ code: 'OVER_MARGIN', at: 'price' }]);
  });

  it('checks a range at both ends and sends only the amounts of the mode', () => {
    const range = evaluateEntry({ ...drain, mode: 'RANGE', price: '99', min: '20', max: '40' }, settings);
    expect(range.margin?.warnings.map((w) => `${w.at}:${w.code}`)).toEqual(['min:LOSS', 'max:OVER_MARGIN']);
    expect(range.input?.pricing).toEqual({ mode: 'RANGE', priceFen: null, minFen: 2000, maxFen: 4000 });
  });

  it('reports typing errors and domain rule failures on their fields', () => {
    const bad = evaluateEntry({ ...drain, mode: 'RANGE', min: '50', max: '40.123', overhead: 'x' }, settings);
    expect(bad.issues).toEqual({
      max: { source: 'app', key: 'app.money.tooManyDecimals' },
      overhead: { source: 'app', key: 'app.money.percentFormat' },
    });
    expect(bad.input).toBeNull();
    expect(evaluateEntry({ ...drain, mode: 'RANGE', min: '50', max: '40' }, settings).issues.min).toMatchObject({
      source: 'domain',
      key: 'catalog.price.minAboveMax',
    });
  });

  it('treats free items as goodwill and unpriced ones as not yet comparable', () => {
    expect(evaluateEntry({ ...drain, mode: 'FREE' }, settings).margin?.treatment).toBe('goodwill');
    expect(evaluateEntry({ ...drain, mode: 'UNSET', price: '' }, settings).margin?.treatment).toBe('unpriced');
  });
});
