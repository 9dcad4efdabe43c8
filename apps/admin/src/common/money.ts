import { fen, formatBasisPoints, formatYuan, parseYuan } from '@wuye/domain';

/**
 * Money and rate inputs. People type yuan ("35", "35.50") and percentages ("10", "12.5"); the API
 * takes whole fen and basis points. Conversion is string arithmetic (the domain's parseYuan),
 * never floats. A form keeps the typed text and converts once, on save.
 */

export type Parsed = { ok: true; value: number } | { ok: false; messageKey: string };

/** Validation messages, as console i18n keys. */
const MONEY_KEYS: Record<string, string> = {
  'money.yuan.empty': 'app.money.empty',
  'money.yuan.format': 'app.money.format',
  'money.yuan.tooManyDecimals': 'app.money.tooManyDecimals',
  'money.yuan.tooLarge': 'app.money.tooLarge',
};

/** 3500 → "35.00", null → "" (no ¥ or thousands commas: the text is for editing). */
export const fenToInput = (amount: number | null | undefined): string =>
  amount == null ? '' : formatYuan(fen(amount)).replace(/[¥,]/g, '');

/** 3500 → "¥35.00", 100000 → "¥1,000.00", -500 → "-¥5.00", null → "" (for reading, not editing). */
export const formatFen = (amount: number | null | undefined): string => (amount == null ? '' : formatYuan(fen(amount)));

/** "35", "35.5", "¥1,000.00" → fen. */
export function parseYuanInput(text: string): Parsed {
  const result = parseYuan(text);
  if (result.ok) {
    if (result.value < 0) return { ok: false, messageKey: 'app.money.negative' };
    return { ok: true, value: result.value };
  }
  return { ok: false, messageKey: MONEY_KEYS[result.messageKey] ?? 'app.money.format' };
}

/** An amount that moves money (a top-up, a refund): above 0. */
export function parsePositiveYuanInput(text: string): Parsed {
  const parsed = parseYuanInput(text);
  if (parsed.ok && parsed.value === 0) return { ok: false, messageKey: 'app.money.zero' };
  return parsed;
}

/** A correction: "-20" is a credit to the owner, "20" a charge; never 0. */
export function parseSignedYuanInput(text: string): Parsed {
  const result = parseYuan(text);
  if (!result.ok) return { ok: false, messageKey: MONEY_KEYS[result.messageKey] ?? 'app.money.format' };
  if (result.value === 0) return { ok: false, messageKey: 'app.money.zero' };
  return { ok: true, value: result.value };
}

const PERCENT = /^(0|[1-9][0-9]{0,3})(?:\.([0-9]{1,2}))?%?$/;

/** "10" → 1000 bp, "12.5" → 1250, "0.05" → 5; at most two decimals (1 bp). */
export function parsePercentInput(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, messageKey: 'app.money.percentEmpty' };
  const match = PERCENT.exec(trimmed);
  if (!match) return { ok: false, messageKey: 'app.money.percentFormat' };
  return { ok: true, value: Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0')) };
}

/** 1000 bp → "10", 1250 → "12.5", 5 → "0.05". */
export const bpToInput = (bp: number | null | undefined): string =>
  bp == null ? '' : formatBasisPoints(bp).replace('%', '').replace(/\.?0+$/, '');

/** Whole minutes, 0 or more. */
export function parseMinutesInput(text: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, messageKey: 'app.money.minutesEmpty' };
  if (!/^(0|[1-9][0-9]{0,5})$/.test(trimmed)) return { ok: false, messageKey: 'app.money.minutesFormat' };
  return { ok: true, value: Number(trimmed) };
}

/** A react-admin validator for a yuan text input; blank passes unless `required`. */
export const yuanValidator =
  (required = false) =>
  (value: unknown) => {
    const text = value == null ? '' : String(value);
    if (text.trim() === '') return required ? 'ra.validation.required' : undefined;
    const parsed = parseYuanInput(text);
    return parsed.ok ? undefined : parsed.messageKey;
  };

export const percentValidator = (value: unknown) => {
  const parsed = parsePercentInput(value == null ? '' : String(value));
  return parsed.ok ? undefined : parsed.messageKey;
};

export const minutesValidator = (value: unknown) => {
  const parsed = parseMinutesInput(value == null ? '' : String(value));
  return parsed.ok ? undefined : parsed.messageKey;
};

/** The value of text that a validator already accepted (blank → null). */
export function yuanOrNull(text: unknown): number | null {
  if (text == null || String(text).trim() === '') return null;
  const parsed = parseYuanInput(String(text));
  if (!parsed.ok) throw new RangeError(`Not a yuan amount: ${String(text)}`);
  return parsed.value;
}

export function percentToBp(text: unknown): number {
  const parsed = parsePercentInput(String(text ?? ''));
  if (!parsed.ok) throw new RangeError(`Not a percentage: ${String(text)}`);
  return parsed.value;
}
