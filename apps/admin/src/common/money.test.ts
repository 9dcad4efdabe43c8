import { describe, expect, it } from 'vitest';
import { bpToInput, fenToInput, parseMinutesInput, parsePercentInput, parseYuanInput, yuanValidator } from './money';

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
