import { describe, expect, it } from 'vitest';
import { milliToText, parseQuantityInput } from './quantity';

describe('quantity inputs', () => {
  it.each([
    ['1', 1000],
    ['1.5', 1500],
    ['2.35', 2350],
    ['0.001', 1],
    [' 3 ', 3000],
  ])('reads %j as %i thousandths', (text, value) => {
    expect(parseQuantityInput(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'app.money.quantityEmpty'],
    ['0', 'app.money.quantityFormat'],
    ['1.2345', 'app.money.quantityFormat'],
    ['-1', 'app.money.quantityFormat'],
    ['1e3', 'app.money.quantityFormat'],
  ])('rejects %j', (text, messageKey) => {
    expect(parseQuantityInput(text)).toEqual({ ok: false, messageKey });
  });

  it('prints thousandths as the shortest decimal', () => {
    expect([1000, 1500, 2350, 1].map(milliToText)).toEqual(['1', '1.5', '2.35', '0.001']);
  });
});
