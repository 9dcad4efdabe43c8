import { shanghaiDate } from '../calendar/working-calendar.js';

/**
 * Numbered receipts (README §3.6): one gap-free sequence per project and
 * calendar year, the year being the Shanghai year of the payment —
 * `CHHY-2026-000123`. The sequence is padded to six digits and simply grows
 * wider past 999 999, so numbers never wrap or repeat.
 */
export interface ReceiptNumberParts {
  /** The project's code: 2–10 capital letters or digits, starting with a letter (翠湖花园 → CHHY). */
  readonly projectCode: string;
  readonly year: number;
  /** 1, 2, 3 … within the project and year. */
  readonly sequence: number;
}

const PROJECT_CODE = /^[A-Z][A-Z0-9]{1,9}$/;
const RECEIPT_NUMBER = /^([A-Z][A-Z0-9]{1,9})-([0-9]{4})-([0-9]{6,})$/;
export const RECEIPT_SEQUENCE_DIGITS = 6;

export function isProjectCode(value: unknown): value is string {
  return typeof value === 'string' && PROJECT_CODE.test(value);
}

/** The receipt series a payment at `paidAt` belongs to: its project and Shanghai year. */
export function receiptYear(paidAt: Date): number {
  return Number(shanghaiDate(paidAt).slice(0, 4));
}

/** Throws RangeError for a malformed project code, a year outside 1000–9999 or a sequence below 1: those are bugs, not user input. */
export function formatReceiptNumber({ projectCode, year, sequence }: ReceiptNumberParts): string {
  if (!isProjectCode(projectCode)) throw new RangeError(`Not a project code: ${JSON.stringify(projectCode)}`);
  if (!Number.isSafeInteger(year) || year < 1000 || year > 9999) throw new RangeError(`Not a four-digit year: ${String(year)}`);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A receipt sequence starts at 1: ${String(sequence)}`);
  return `${projectCode}-${year}-${String(sequence).padStart(RECEIPT_SEQUENCE_DIGITS, '0')}`;
}

/** The parts of a well-formed receipt number, or null. Only the canonical form parses: "CHHY-2026-123" does not. */
export function parseReceiptNumber(text: string): ReceiptNumberParts | null {
  const match = RECEIPT_NUMBER.exec(text);
  if (match === null) return null;
  const [, projectCode, yearText, sequenceText] = match;
  if (projectCode === undefined || yearText === undefined || sequenceText === undefined) return null;
  const year = Number(yearText);
  const sequence = Number(sequenceText);
  if (year < 1000 || !Number.isSafeInteger(sequence) || sequence < 1) return null;
  // Wider than six digits only when needed: "000123" is canonical, "0000123" is not.
  if (sequenceText.length > RECEIPT_SEQUENCE_DIGITS && sequenceText.startsWith('0')) return null;
  return { projectCode, year, sequence };
}

/** The next number of a series: 1 for a new project-year, otherwise one more than the last issued. */
export function nextReceiptSequence(lastIssued: number | null): number {
  if (lastIssued === null) return 1;
  if (!Number.isSafeInteger(lastIssued) || lastIssued < 1) throw new RangeError(`Not an issued sequence: ${String(lastIssued)}`);
  return lastIssued + 1;
}

/**
 * For an audit of one series: sequences missing between 1 and the highest
 * issued, and those issued more than once. A gap-free series has neither.
 */
export function receiptSequenceAudit(issued: readonly number[]): { readonly missing: number[]; readonly duplicated: number[] } {
  const counts = new Map<number, number>();
  for (const sequence of issued) {
    if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`Not an issued sequence: ${String(sequence)}`);
    counts.set(sequence, (counts.get(sequence) ?? 0) + 1);
  }
  let highest = 0;
  for (const sequence of counts.keys()) if (sequence > highest) highest = sequence;
  const missing: number[] = [];
  for (let sequence = 1; sequence <= highest; sequence += 1) if (!counts.has(sequence)) missing.push(sequence);
  const duplicated = [...counts].filter(([, count]) => count > 1).map(([sequence]) => sequence).sort((a, b) => a - b);
  return { missing, duplicated };
}
