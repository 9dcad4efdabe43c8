import { describe, expect, it } from 'vitest';
import { bpToInput, fenToInput, formatFen, parseMinutesInput, parsePercentInput, parsePositiveYuanInput, parseSignedYuanInput, parseYuanInput, yuanValidator } from './money';

describe('yuan inputs', () => {
  it.each([
    ['35', 3500],
    ['35.5', 3550],
    ['35.50', 3550],
    ['0.1', 10],
    ['¥1,000.00', 100000],
  ])('reads %s as %i fen', (text, value) => {
    expect(parseYuanInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['35.555', 'app.money.tooManyDecimals'],
    ['3e2', 'app.money.format'],
    ['35.', 'app.money.format'],
    ['-5', 'app.money.negative'],
    ['', 'app.money.empty'],
  ])('rejects %j', (text, messageKey) => {
    expect(parseYuanInput(text)).toEqual({ ok: false, messageKey });
  });

  it('prints fen for editing without ¥ or commas', () => {
    expect(fenToInput(3500)).toBe('35.00');
    expect(fenToInput(100000)).toBe('1000.00');
    expect(fenToInput(null)).toBe('');
  });

  it('validates blank only when required', () => {
    expect(yuanValidator()('')).toBeUndefined();
    expect(yuanValidator(true)('')).toBe('ra.validation.required');
    expect(yuanValidator(true)('30.123')).toBe('app.money.tooManyDecimals');
  });
});

describe('amounts that move money', () => {
  it('shows fen as ¥ with thousands separators and the sign in front', () => {
    expect([3500, 100000, -500, 0].map(formatFen)).toEqual(['¥35.00', '¥1,000.00', '-¥5.00', '¥0.00']);
    expect(formatFen(null)).toBe('');
  });

  it('reads a top-up or refund as whole fen above 0, without floats', () => {
    expect(parsePositiveYuanInput('200.00')).toEqual({ ok: true, value: 20000 });
    // 0.1 + 0.2 would be 0.30000000000000004 in floats; string arithmetic gives exactly 30 fen.
    expect(parsePositiveYuanInput('0.30')).toEqual({ ok: true, value: 30 });
    expect(parsePositiveYuanInput('1,234.56')).toEqual({ ok: true, value: 123456 });
    expect(parsePositiveYuanInput('0')).toEqual({ ok: false, messageKey: 'app.money.zero' });
    expect(parsePositiveYuanInput('-50')).toEqual({ ok: false, messageKey: 'app.money.negative' });
    expect(parsePositiveYuanInput('50.001')).toEqual({ ok: false, messageKey: 'app.money.tooManyDecimals' });
  });

  it('reads a correction as a charge or a credit, never 0', () => {
    expect(parseSignedYuanInput('20')).toEqual({ ok: true, value: 2000 });
    expect(parseSignedYuanInput('-20.5')).toEqual({ ok: true, value: -2050 });
    expect(parseSignedYuanInput('0.00')).toEqual({ ok: false, messageKey: 'app.money.zero' });
    expect(parseSignedYuanInput('abc')).toEqual({ ok: false, messageKey: 'app.money.format' });
  });
});

describe('percent and minutes inputs', () => {
  it.each([
    ['10', 1000],
    ['12.5', 1250],
    ['0.05', 5],
    ['8%', 800],
  ])('reads %s%% as %i bp', (text, value) => {
    expect(parsePercentInput(text)).toEqual({ ok: true, value });
  });

  it('rejects sub-basis-point and malformed rates', () => {
    expect(parsePercentInput('1.005').ok).toBe(false);
    expect(parsePercentInput('-1').ok).toBe(false);
    expect(parsePercentInput('.5').ok).toBe(false);
  });

  it('prints basis points as the shortest percentage', () => {
    expect([1000, 1250, 5, 0, 10000].map(bpToInput)).toEqual(['10', '12.5', '0.05', '0', '100']);
  });

  it('takes whole minutes only', () => {
    expect(parseMinutesInput('45')).toEqual({ ok: true, value: 45 });
    expect(parseMinutesInput('4.5').ok).toBe(false);
  });
});
