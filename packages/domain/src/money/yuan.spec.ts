import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fen, sumFen } from './fen.js';
import { formatYuan, formatYuanRange, parseYuan, yuanToFen } from './yuan.js';

describe('parseYuan / yuanToFen: a decimal yuan string to fen, no float arithmetic', () => {
  it.each([
    { text: '30', fen: 3000 },
    { text: '30.5', fen: 3050 },
    { text: '30.50', fen: 3050 },
    { text: '0.01', fen: 1 },
    { text: '0', fen: 0 },
    { text: '-0.00', fen: 0 },
    { text: '1000', fen: 100_000 },
    { text: '1,000.00', fen: 100_000 },
    { text: '¥1,000.00', fen: 100_000 },
    { text: '￥30', fen: 3000 },
    { text: '-¥5.00', fen: -500 },
    { text: '-5', fen: -500 },
    { text: ' 30.50 ', fen: 3050 },
    { text: '0.3', fen: 30 },
    { text: '90071992547409.91', fen: Number.MAX_SAFE_INTEGER },
  ])('"$text" → $fen fen', ({ text, fen: expected }) => {
    expect(parseYuan(text)).toEqual({ ok: true, value: expected });
    expect(Object.is(yuanToFen(text), expected)).toBe(true);
  });

  it.each([
    { text: '', messageKey: 'money.yuan.empty' },
    { text: '   ', messageKey: 'money.yuan.empty' },
    { text: '30.555', messageKey: 'money.yuan.tooManyDecimals' },
    { text: '30.500', messageKey: 'money.yuan.tooManyDecimals' },
    { text: 'NaN', messageKey: 'money.yuan.format' },
    { text: 'Infinity', messageKey: 'money.yuan.format' },
    { text: '3e1', messageKey: 'money.yuan.format' },
    { text: '1E+21', messageKey: 'money.yuan.format' },
    { text: '+30', messageKey: 'money.yuan.format' },
    { text: '.5', messageKey: 'money.yuan.format' },
    { text: '30.', messageKey: 'money.yuan.format' },
    { text: '030', messageKey: 'money.yuan.format' },
    { text: '1,00', messageKey: 'money.yuan.format' },
    { text: '1000,000', messageKey: 'money.yuan.format' },
    { text: '¥-5', messageKey: 'money.yuan.format' },
    { text: '30元', messageKey: 'money.yuan.format' },
    { text: '3 0', messageKey: 'money.yuan.format' },
    { text: '0x1E', messageKey: 'money.yuan.format' },
    { text: '90071992547409.92', messageKey: 'money.yuan.tooLarge' },
  ])('rejects "$text" with $messageKey', ({ text, messageKey }) => {
    expect(parseYuan(text)).toEqual({ ok: false, messageKey });
    expect(() => yuanToFen(text)).toThrow(RangeError);
  });
});

describe('formatYuan', () => {
  it.each([
    { fen: 3000, text: '¥30.00' },
    { fen: 3050, text: '¥30.50' },
    { fen: 1, text: '¥0.01' },
    { fen: 0, text: '¥0.00' },
    { fen: 99_999, text: '¥999.99' },
    { fen: 100_000, text: '¥1,000.00' },
    { fen: 123_456_789, text: '¥1,234,567.89' },
    { fen: -500, text: '-¥5.00' },
    { fen: -100_000, text: '-¥1,000.00' },
    { fen: Number.MAX_SAFE_INTEGER, text: '¥90,071,992,547,409.91' },
  ])('$fen fen → $text', ({ fen: amount, text }) => {
    expect(formatYuan(fen(amount))).toBe(text);
  });

  it('formats a range with an en dash', () => {
    expect(formatYuanRange(fen(1000), fen(100_000))).toBe('¥10.00–¥1,000.00');
  });
});

describe('properties', () => {
  const anyFen = fc.maxSafeInteger().map((n) => fen(n));

  it('formatting round-trips through yuanToFen', () => {
    fc.assert(
      fc.property(anyFen, (amount) => {
        expect(yuanToFen(formatYuan(amount))).toBe(amount);
      }),
    );
  });

  it('a plain "yuan.fen" string parses to yuan × 100 + fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (yuan, cents) => {
        expect(yuanToFen(`${yuan}.${String(cents).padStart(2, '0')}`)).toBe(yuan * 100 + cents);
      }),
    );
  });

  it('sums of parsed amounts are exact where float yuan are not (0.1 + 0.2)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumFen([yuanToFen('0.1'), yuanToFen('0.2')])).toBe(yuanToFen('0.3'));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99 }), { maxLength: 100 }), (cents) => {
        const total = sumFen(cents.map((c) => yuanToFen(`0.${String(c).padStart(2, '0')}`)));
        expect(total).toBe(cents.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
