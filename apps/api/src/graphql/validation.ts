import { isMonthKey } from '@wuye/domain';
import { invalid } from './errors.js';
import { ArrayNotEmpty, IsEmail, Matches, Max, Min, MinLength, ValidateBy } from 'class-validator';

/**
 * class-validator decorators that carry our message key, so validation failures are
 * rendered in zh-CN and English like every other error (graphql/errors.ts).
 */
const ctx = (key: string, params: Record<string, string | number> = {}) => ({ context: { key, params } });

/**
 * Characters as PostgreSQL counts them in varchar(n): code points. class-validator's Length
 * counts neither a surrogate pair nor a variation selector, so an emoji flag (🏳️‍🌈: 4 code points)
 * passed as 3 and the database refused the row.
 */
function characters(value: string): number {
  let n = 0;
  for (const _ of value) n++;
  return n;
}
const textLength = (name: string, min: number, max: number, options: ReturnType<typeof ctx>) =>
  ValidateBy(
    {
      name,
      constraints: [min, max],
      validator: { validate: (value: unknown) => typeof value === 'string' && characters(value) >= min && characters(value) <= max },
    },
    options,
  );

export const Text = (min: number, max: number) => textLength('textLength', min, max, ctx('validation.length', { min, max }));
export const OptionalText = (max: number) => textLength('textMaxLength', 0, max, ctx('validation.maxLength', { max }));
export const Email = () => IsEmail({}, ctx('validation.email'));
/** Mainland mobile numbers, or a landline with area code (e.g. 0755-12345678). */
export const Phone = () => Matches(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, ctx('validation.phone'));
export const Code = () => Matches(/^[A-Za-z0-9_-]{1,32}$/, ctx('validation.code'));
export const Password = () => MinLength(8, ctx('validation.password'));
export const AtLeast = (min: number) => Min(min, ctx('validation.min', { min }));
export const AtMost = (max: number) => Max(max, ctx('validation.max', { max }));
export const NonEmptyList = () => ArrayNotEmpty(ctx('validation.arrayNotEmpty'));

/** A month argument, "YYYY-MM", or a typed error on its field. */
export function monthArg(value: string, field = 'month'): string {
  if (!isMonthKey(value)) throw invalid(field, 'validation.month');
  return value;
}
