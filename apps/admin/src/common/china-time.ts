/**
 * `<input type="datetime-local">` in China time whatever the browser's zone. China keeps
 * UTC+8 all year (no daylight saving), so a fixed offset is exact.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;

/** 2026-11-25T04:05:00Z → "2026-11-25T12:05" */
export const toChinaInput = (date: Date): string => new Date(date.getTime() + OFFSET_MS).toISOString().slice(0, 16);

/** "2026-11-25T12:05" (Asia/Shanghai) → the instant, or null when not a complete date-time. */
export function fromChinaInput(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return null;
  const date = new Date(`${text}:00+08:00`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** "2026-11-25", a calendar day in China time → its first instant (date filters take instants). */
export const chinaDayStart = (day: unknown): string | undefined =>
  typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T00:00:00+08:00`).toISOString() : undefined;

/** "2026-11-25" → its last millisecond in China time, so the whole day is included. */
export const chinaDayEnd = (day: unknown): string | undefined =>
  typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) ? new Date(`${day}T23:59:59.999+08:00`).toISOString() : undefined;

/** "2026-11-25" → the first instant of the next day: the bound of filters that take "before". */
export const chinaNextDayStart = (day: unknown): string | undefined => {
  const start = chinaDayStart(day);
  return start && new Date(Date.parse(start) + 24 * 60 * 60 * 1000).toISOString();
};

/** The calendar month an instant falls in, in China time (statements are per Shanghai month). */
export function chinaYearMonth(date: Date): { year: number; month: number } {
  const [year, month] = toChinaInput(date).slice(0, 7).split('-').map(Number) as [number, number];
  return { year, month };
}

/** { year: 2026, month: 3 } → "2026-03", the value of an `<input type="month">` and how a statement's month reads. */
export const toMonthInput = ({ year, month }: { year: number; month: number }) => `${year}-${String(month).padStart(2, '0')}`;

/** "2026-03" → { year: 2026, month: 3 }, or undefined when incomplete. */
export function parseMonthInput(text: unknown): { year: number; month: number } | undefined {
  const match = typeof text === 'string' ? /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]) } : undefined;
}

/** A form validator for an optional `datetime-local` value in China time. */
export const validateChinaTime = (value: unknown) => {
  if (typeof value !== 'string' || value === '') return undefined;
  return fromChinaInput(value) ? undefined : 'ra.validation.invalid';
};
