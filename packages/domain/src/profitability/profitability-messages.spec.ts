/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profitabilityMessages, renderProfitabilityMessage, type ProfitabilityMessageKey } from './profitability-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('profitabilityMessages', () => {
  it.each(Object.entries(profitabilityMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it('every profitability messageKey written in the rules exists, and every one is used', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'profitability-messages.ts')
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    const written = [...source.matchAll(/'(profitability\.[\w.]+)'/g)].map((m) => m[1] as string);
    for (const key of written) expect(Object.keys(profitabilityMessages)).toContain(key);
    const own = Object.keys(profitabilityMessages).filter((k) => k.startsWith('profitability.'));
    expect(own.filter((k) => !written.includes(k))).toEqual([]);
  });

  it.each<{ key: ProfitabilityMessageKey; locale: 'zh' | 'en'; params: Record<string, string | number>; text: string }>([
    { key: 'profitability.decision.priceNotRaised', locale: 'zh', params: { proposed: '¥30.00', current: '¥30.00' }, text: '提议价格 ¥30.00 没有高于当前价格 ¥30.00' },
    { key: 'profitability.escalation.lossStreak', locale: 'en', params: { item: '疏通下水', months: 3 }, text: '"疏通下水" has made a loss for 3 months in a row without a decision' },
    { key: 'catalog.price.minAboveMax', locale: 'zh', params: { min: '¥60.00', max: '¥50.00' }, text: '最低价 ¥60.00 高于最高价 ¥50.00' },
  ])('renders $key in $locale', ({ key, locale, params, text }) => {
    expect(renderProfitabilityMessage(key, locale, params)).toBe(text);
  });
});
