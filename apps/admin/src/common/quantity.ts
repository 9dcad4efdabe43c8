import type { Parsed } from './money';

/**
 * Quantities in thousandths of the unit of charge (1.5 小时 → 1500), as the API takes them.
 * String arithmetic, like money: "1.5" never goes through a float.
 */
const QUANTITY = /^(0|[1-9][0-9]{0,5})(?:\.([0-9]{1,3}))?$/;

export function parseQuantityInput(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, messageKey: 'app.money.quantityEmpty' };
  const match = QUANTITY.exec(trimmed);
  if (!match) return { ok: false, messageKey: 'app.money.quantityFormat' };
  const milli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  if (milli === 0) return { ok: false, messageKey: 'app.money.quantityFormat' };
  return { ok: true, value: milli };
}

/** 1500 → "1.5", 1000 → "1", 2350 → "2.35". */
export const milliToText = (milli: number): string =>
  `${Math.trunc(milli / 1000)}${milli % 1000 ? `.${String(milli % 1000).padStart(3, '0').replace(/0+$/, '')}` : ''}`;
