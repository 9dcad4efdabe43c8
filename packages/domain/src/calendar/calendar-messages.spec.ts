import { describe, expect, it } from 'vitest';
import { calendarMessages, renderCalendarMessage } from './calendar-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('calendarMessages', () => {
  it.each(Object.entries(calendarMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it('renders params', () => {
    expect(renderCalendarMessage('calendar.date.holidayAndMakeUp', 'zh', { date: '2025-10-04' })).toBe('2025-10-04 不能同时是法定节假日和调休上班日');
  });
});
