import { fen, fenFromBigInt, type Fen } from './fen.js';
import type { MoneyMessageKey } from './money-messages.js';

export type ParseYuanResult =
  | { readonly ok: true; readonly value: Fen }
  | { readonly ok: false; readonly messageKey: MoneyMessageKey };

// Optional minus, optional ¥ (U+00A5) or full-width ￥ (U+FFE5), digits with optional
// thousands commas, optional decimals. No exponent, no "+", no ".5" or "30.".
const YUAN_PATTERN = /^(-)?[¥￥]?([0-9][0-9,]*)(?:\.([0-9]+))?$/;
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]*)$/;
const GROUPED_INTEGER = /^[1-9][0-9]{0,2}(?:,[0-9]{3})+$/;

/**
 * Parses a decimal yuan amount into fen using string and integer arithmetic
 * only. Accepts what formatYuan prints ("-¥1,000.00") as well as plain input
 * ("30", "30.5", "30.50"); rejects sub-fen precision ("30.555", even "30.500"),
 * exponents, NaN/Infinity, leading zeros ("030") and misplaced commas.
 */
export function parseYuan(text: string): ParseYuanResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, messageKey: 'money.yuan.empty' };
  const match = YUAN_PATTERN.exec(trimmed);
  const integerPart = match?.[2];
  if (match === null || integerPart === undefined) return { ok: false, messageKey: 'money.yuan.format' };
  if (!PLAIN_INTEGER.test(integerPart) && !GROUPED_INTEGER.test(integerPart)) {
    return { ok: false, messageKey: 'money.yuan.format' };
  }
  const decimals = match[3] ?? '';
  if (decimals.length > 2) return { ok: false, messageKey: 'money.yuan.tooManyDecimals' };
  const magnitude = BigInt(integerPart.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (magnitude > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, messageKey: 'money.yuan.tooLarge' };
  return { ok: true, value: fenFromBigInt(match[1] === '-' ? -magnitude : magnitude) };
}

/** parseYuan for trusted input (seed files, tests): throws RangeError instead of returning an issue. */
export function yuanToFen(text: string): Fen {
  const result = parseYuan(text);
  if (!result.ok) throw new RangeError(`Not a yuan amount (${result.messageKey}): ${JSON.stringify(text)}`);
  return result.value;
}

/** 3000 → "¥30.00", 100000 → "¥1,000.00", -500 → "-¥5.00". */
export function formatYuan(amount: Fen): string {
  const value = fen(amount);
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  const cents = magnitude % 100;
  // magnitude - cents is a multiple of 100, so the division is exact.
  const yuan = String((magnitude - cents) / 100).replace(/\B(?=(?:[0-9]{3})+$)/g, ',');
  return `${sign}¥${yuan}.${String(cents).padStart(2, '0')}`;
}

/** "¥10.00–¥1,000.00" with an en dash, as printed on the published price list. */
export function formatYuanRange(min: Fen, max: Fen): string {
  return `${formatYuan(min)}–${formatYuan(max)}`;
}
