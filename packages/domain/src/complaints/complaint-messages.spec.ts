/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_INTAKE_DUTIES } from './complaint-classification.js';
import { COMPLAINT_MILESTONES } from './complaint-clocks.js';
import { complaintMessages, renderComplaintMessage, type ComplaintMessageKey } from './complaint-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('complaintMessages', () => {
  it.each(Object.entries(complaintMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it('has a label for every milestone, alert and intake duty', () => {
    const keys = Object.keys(complaintMessages);
    for (const m of COMPLAINT_MILESTONES) {
      expect(keys).toContain(`complaint.milestone.${m}`);
      expect(keys).toContain(`complaint.alert.${m}.warning`);
      expect(keys).toContain(`complaint.alert.${m}.breach`);
    }
    for (const d of COMPLAINT_INTAKE_DUTIES) expect(keys).toContain(`complaint.duty.${d}`);
  });

  it('every messageKey written in the rules exists, and every key is used or is a label', () => {
    const dir = new URL('.', import.meta.url).pathname;
    const source = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'complaint-messages.ts')
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .join('\n');
    const written = [...source.matchAll(/'((?:complaint|suggestion|followUp)\.[\w.]+)'/g)].map((m) => m[1] as string);
    for (const key of written) expect(Object.keys(complaintMessages)).toContain(key);
    const labels = /^complaint\.(milestone|alert|duty)\./;
    const unused = Object.keys(complaintMessages).filter((k) => !labels.test(k) && !written.includes(k));
    expect(unused).toEqual([]);
  });

  it.each<{ key: ComplaintMessageKey; locale: 'zh' | 'en'; params: Record<string, string | number>; text: string }>([
    { key: 'complaint.repeat.sameMatter', locale: 'zh', params: { count: 2, days: 90 }, text: '同一房号 90 天内就同一事项投诉 2 次，须开具不合格报告' },
    { key: 'complaint.alert.resolution.breach', locale: 'en', params: { due: '2025-10-09 16:30' }, text: 'The resolution deadline (2025-10-09 16:30) has passed' },
    { key: 'complaint.transition.wrongCategory', locale: 'zh', params: { action: 'accept', category: 2 }, text: '第 2 类投诉不能执行此操作（accept）' },
  ])('renders $key in $locale', ({ key, locale, params, text }) => {
    expect(renderComplaintMessage(key, locale, params)).toBe(text);
  });
});
