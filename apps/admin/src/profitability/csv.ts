import { fenToInput } from '../common/money';

/**
 * CSV for Excel: UTF-8 with a byte-order mark (so Excel opens Chinese text as UTF-8), CRLF line
 * ends, fields quoted when they hold a comma, quote or line break (RFC 4180). Amounts are fen in
 * the data and yuan with two decimals in the file ("1234.50", "-5.00": no ¥ or thousands commas,
 * so a spreadsheet reads them as numbers).
 */
export type CsvColumn<T> = {
  header: string;
  value: (row: T) => string | number | null | undefined;
  /** fen: an integer fen amount written as yuan; text (default) and number are written as they are. */
  kind?: 'text' | 'number' | 'fen';
};

export const BOM = '\uFEFF';

/** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) is written as text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | null | undefined, kind: CsvColumn<unknown>['kind']): string {
  if (value === null || value === undefined || value === '') return '';
  let text: string;
  if (kind === 'fen') {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new RangeError(`Not a fen amount: ${String(value)}`);
    text = fenToInput(value);
  } else if (kind === 'number') {
    text = String(value);
  } else {
    text = String(value);
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rows as CSV text: a header line, then one line per row; the BOM first. */
export function toCsv<T>(rows: readonly T[], columns: readonly CsvColumn<T>[]): string {
  const lines = [columns.map((c) => cell(c.header, 'text')).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row), c.kind)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** "损益_翠湖花园_2026-01_2026-12" → a file name without characters file systems refuse. */
export const csvFileName = (...parts: Array<string | null | undefined>) =>
  `${parts
    .filter((p): p is string => !!p)
    .join('_')
    .replace(/[\\/:*?"<>|\s]+/g, '-')}.csv`;

/** Saves the text as a file in the browser. */
export function downloadCsv(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes away.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
