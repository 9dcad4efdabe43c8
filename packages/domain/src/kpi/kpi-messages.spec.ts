/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kpiMessages, renderKpiMessage, type KpiMessageKey } from './kpi-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('kpiMessages', () => {
  it.each(Object.entries(kpiMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it('every messageKey written in the rules exists, and every key is used', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'kpi-messages.ts')
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    const written = [...source.matchAll(/'(kpi\.[\w.]+)'/g)].map((m) => m[1] as string);
    for (const key of written) expect(Object.keys(kpiMessages)).toContain(key);
    expect(Object.keys(kpiMessages).filter((k) => !written.includes(k))).toEqual([]);
  });

  it.each<{ key: KpiMessageKey; locale: 'zh' | 'en'; params: Record<string, string | number>; text: string }>([
    { key: 'kpi.penalty.appealWindowClosed', locale: 'zh', params: { days: 7, lastDay: '2025-11-10' }, text: '申诉期已过：确认后 7 天内（截至 2025-11-10）可以申诉' },
    { key: 'kpi.proposal.dissatisfiedSignOff', locale: 'en', params: { rating: 2 }, text: 'The resident rated the work 2 at sign-off (dissatisfied)' },
    { key: 'kpi.survey.levelInvalid', locale: 'zh', params: {}, text: '“{item}”的评价须为 1 到 5 级' },
  ])('renders $key in $locale', ({ key, locale, params, text }) => {
    expect(renderKpiMessage(key, locale, params)).toBe(text);
  });
});
