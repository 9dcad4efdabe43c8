import { describe, expect, it } from 'vitest';
import { isOrderChannel, isOrderCharge, isOrderUrgency, isServiceType } from './order-classification.js';

describe('intake classification values', () => {
  it.each([
    { guard: isServiceType, valid: ['repair', 'cleaning', 'errand', 'housekeeping', 'other'], invalid: ['gas', '', null] },
    { guard: isOrderCharge, valid: ['paid', 'free'], invalid: ['discounted', undefined] },
    { guard: isOrderUrgency, valid: ['normal', 'emergency'], invalid: ['urgent', 1] },
    { guard: isOrderChannel, valid: ['phone', 'walk_in', 'app'], invalid: ['wechat', 'constructor'] },
  ])('$guard.name', ({ guard, valid, invalid }) => {
    for (const value of valid) expect(guard(value)).toBe(true);
    for (const value of invalid) expect(guard(value)).toBe(false);
  });
});
