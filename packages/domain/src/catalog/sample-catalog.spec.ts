import { describe, expect, it } from 'vitest';
import { canSubmit } from './price-list-lifecycle.js';
import { parseSampleCatalog } from './sample-catalog.js';

// An excerpt of shared/domain/catalog.sample.json, as JSON.parse returns it.
const excerpt = {
  about: 'A real paid-service price list and free-service list from property-service procedures. Prices in yuan.',
  paid: [
    { category: '水电类', name: '疏通下水', unit: '次', pricing: 'fixed', price: 30 },
    { category: '水电类', name: '换管', unit: '次', pricing: 'workload', min: 10, max: 1000 },
    { category: '门窗类', name: '换锁', unit: '把', pricing: 'range', min: 10, max: 50 },
    { category: '门窗类', name: '窗户(推拉门)换锁', unit: '把', pricing: 'unset' },
    { category: '安装类', name: '安装插座/开关', unit: '位', pricing: 'fixed', price: 30 },
    { category: '便民服务', name: '接送小孩入学、入托', unit: '月', pricing: 'unset' },
    { category: '便民服务', name: '家庭卫生清洁', unit: '小时', pricing: 'unset' },
    { category: '便民服务', name: '打字、复印、传真', unit: '页', pricing: 'unset' },
  ],
  free: ['邮件收递(快递、邮件收发)', '代订牛奶'],
  satisfactionSurveyItems: ['供电管理', '供水管理'],
};

describe('parseSampleCatalog: the sample price list in fen', () => {
  const entries = parseSampleCatalog(excerpt);

  it.each([
    { name: '疏通下水', kind: 'paid', category: '水电类', unit: '次', pricing: { mode: 'fixed', price: 3000 } },
    { name: '换管', kind: 'paid', category: '水电类', unit: '次', pricing: { mode: 'workload', min: 1000, max: 100_000 } },
    { name: '换锁', kind: 'paid', category: '门窗类', unit: '把', pricing: { mode: 'range', min: 1000, max: 5000 } },
    { name: '窗户(推拉门)换锁', kind: 'paid', category: '门窗类', unit: '把', pricing: { mode: 'unset' } },
    { name: '安装插座/开关', kind: 'paid', category: '安装类', unit: '位', pricing: { mode: 'fixed', price: 3000 } },
    { name: '家庭卫生清洁', kind: 'paid', category: '便民服务', unit: '小时', pricing: { mode: 'unset' } },
    { name: '邮件收递(快递、邮件收发)', kind: 'free', category: '免费服务', unit: '次', pricing: { mode: 'free', price: 0 } },
    { name: '代订牛奶', kind: 'free', category: '免费服务', unit: '次', pricing: { mode: 'free', price: 0 } },
  ])('$name → $pricing', ({ name, ...expected }) => {
    const entry = entries.find((e) => e.name === name);
    expect(entry).toBeDefined();
    expect(entry).toMatchObject(expected);
    expect(entry?.pricing).toStrictEqual(expected.pricing);
  });

  it('keeps the sample’s order, paid then free, and ignores the survey items', () => {
    expect(entries.map((e) => [e.position, e.name])).toEqual([
      [0, '疏通下水'],
      [1, '换管'],
      [2, '换锁'],
      [3, '窗户(推拉门)换锁'],
      [4, '安装插座/开关'],
      [5, '接送小孩入学、入托'],
      [6, '家庭卫生清洁'],
      [7, '打字、复印、传真'],
      [8, '邮件收递(快递、邮件收发)'],
      [9, '代订牛奶'],
    ]);
  });

  it('a list seeded from it cannot be submitted until the unset items are priced', () => {
    const result = canSubmit({ entries: entries.map((e, i) => ({ ...e, catalogItemId: `item-${i}` })) });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.itemName)).toEqual([
      '家庭卫生清洁',
      '打字、复印、传真',
      '接送小孩入学、入托',
      '窗户(推拉门)换锁',
    ]);
  });

  it.each([
    { case: 'a decimal yuan number', price: 30.5, fen: 3050 },
    { case: 'a decimal yuan string', price: '30.50', fen: 3050 },
    { case: 'an amount under one yuan', price: 0.3, fen: 30 },
  ])('reads $case', ({ price, fen }) => {
    const [entry] = parseSampleCatalog({ paid: [{ category: '水电类', name: 'x', unit: '次', pricing: 'fixed', price }] });
    expect(entry?.pricing).toEqual({ mode: 'fixed', price: fen });
  });

  it('files free services under a chosen category and unit', () => {
    const [entry] = parseSampleCatalog({ free: ['代订牛奶'] }, { freeCategory: '便民服务', freeUnit: '次' });
    expect(entry).toEqual({ kind: 'free', category: '便民服务', name: '代订牛奶', unit: '次', pricing: { mode: 'free', price: 0 }, position: 0 });
  });

  const paid = (item: Record<string, unknown>) => ({ paid: [{ category: '水电类', name: '疏通下水', unit: '次', ...item }] });
  it.each([
    { case: 'not an object', json: [], error: '$: expected an object' },
    { case: 'paid is not a list', json: { paid: {} }, error: 'paid: expected an array' },
    { case: 'an unknown pricing mode', json: paid({ pricing: 'negotiable' }), error: 'paid[0].pricing: unknown pricing mode "negotiable"' },
    { case: 'a sub-fen price', json: paid({ pricing: 'fixed', price: 30.555 }), error: 'paid[0].price: 30.555 is not a yuan amount (money.yuan.tooManyDecimals)' },
    { case: 'an exponent', json: paid({ pricing: 'fixed', price: 1e21 }), error: 'paid[0].price: 1e+21 is not a yuan amount (money.yuan.format)' },
    { case: 'a price that is not a number', json: paid({ pricing: 'fixed', price: true }), error: 'paid[0].price: expected a yuan amount, got true' },
    { case: 'a missing name', json: { paid: [{ category: '水电类', unit: '次', pricing: 'unset' }] }, error: 'paid[0].name: expected a non-empty string' },
    { case: 'min above max', json: paid({ pricing: 'range', min: 50, max: 10 }), error: '水电类 / 疏通下水: min catalog.price.minAboveMax' },
    { case: 'an unknown unit', json: paid({ unit: '米', pricing: 'fixed', price: 30 }), error: '水电类 / 疏通下水: unit catalog.unit.unknown' },
    { case: 'a fixed item with a range', json: paid({ pricing: 'fixed', price: 30, max: 50 }), error: '水电类 / 疏通下水: max catalog.price.rangeNotAllowed' },
    { case: 'an item listed twice', json: { free: ['代订牛奶', '代订牛奶'] }, error: '免费服务 / 代订牛奶: listed twice' },
  ])('throws on $case', ({ json, error }) => {
    expect(() => parseSampleCatalog(json)).toThrow(error);
  });
});
