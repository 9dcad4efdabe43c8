import { describe, expect, it } from 'vitest';
import { orderMessages, renderOrderMessage, type OrderMessageKey } from './order-messages.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Every messageKey a rule returns is typed OrderMessageKey, so a key without texts does not compile.
describe('orderMessages', () => {
  it.each(Object.entries(orderMessages))('%s has zh and en texts with the same placeholders', (_key, texts) => {
    expect(texts.zh.trim()).not.toBe('');
    expect(texts.en.trim()).not.toBe('');
    expect(placeholders(texts.zh)).toEqual(placeholders(texts.en));
  });

  it.each<{ key: OrderMessageKey; locale: 'zh' | 'en'; params: Record<string, string | number>; text: string }>([
    { key: 'order.payment.supervisorCollects', locale: 'zh', params: { amount: '¥230.00', limit: '¥100.00' }, text: '¥230.00 达到 ¥100.00，须由主管及以上人员收取' },
    { key: 'order.deposit.insufficientFunds', locale: 'en', params: { balance: '¥20.00', amount: '¥30.00' }, text: 'The deposit balance of ¥20.00 does not cover ¥30.00' },
    { key: 'order.quote.quantityNotPositive', locale: 'zh', params: { line: 3 }, text: '第 3 行：数量必须大于 0' },
    { key: 'catalog.quote.outOfRange', locale: 'zh', params: { quoted: '¥60.00', min: '¥10.00', max: '¥50.00' }, text: '报价 ¥60.00 必须在公示价格区间 ¥10.00–¥50.00 之内' },
    { key: 'order.appointment.tooSoon', locale: 'en', params: {}, text: 'Leave at least {minutes} minutes before the appointment: the earliest is {earliest}' },
  ])('renders $key in $locale', ({ key, locale, params, text }) => {
    expect(renderOrderMessage(key, locale, params)).toBe(text);
  });
});
