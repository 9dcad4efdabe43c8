import { describe, expect, it } from 'vitest';
import { catalogMessages, renderCatalogMessage, type CatalogMessageKey } from './catalog-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogMessages', () => {
  it.each(Object.entries(catalogMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it.each<{ key: CatalogMessageKey; locale: 'zh' | 'en'; params: Record<string, string | number>; text: string }>([
    { key: 'catalog.price.minAboveMax', locale: 'zh', params: { min: '¥50.00', max: '¥10.00' }, text: '最低价 ¥50.00 高于最高价 ¥10.00' },
    { key: 'catalog.price.minAboveMax', locale: 'en', params: { min: '¥50.00', max: '¥10.00' }, text: 'The minimum price ¥50.00 is above the maximum price ¥10.00' },
    { key: 'catalog.price.unset', locale: 'zh', params: { item: '家电维修' }, text: '“家电维修”尚未定价，请先定价再提交审批' },
    { key: 'catalog.unit.unknown', locale: 'en', params: {}, text: 'The unit of charge "{unit}" is not in the company’s list of units' },
    { key: 'money.yuan.tooManyDecimals', locale: 'zh', params: {}, text: '金额最多保留两位小数（精确到分）' },
  ])('renders $key in $locale', ({ key, locale, params, text }) => {
    expect(renderCatalogMessage(key, locale, params)).toBe(text);
  });
});
