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
