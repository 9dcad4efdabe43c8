/** One printed figure with its target (if the issue or docs/PERFORMANCE.md sets one). */
export interface Figure {
  section: string;
  name: string;
  value: number | null;
  unit: string;
  target?: { op: '<' | '>='; value: number };
  pass?: boolean | null;
  note?: string;
  /** A latency figure's p99 (ms), beside its p50 value, for readers of latest.json. */
  p99?: number;
}

export function judge(f: Figure): Figure {
  if (!f.target || f.value === null) return { ...f, pass: f.target ? false : null };
  return { ...f, pass: f.target.op === '<' ? f.value < f.target.value : f.value >= f.target.value };
}

const fmt = (v: number | null, unit: string) => {
  if (v === null) return 'n/a';
  const digits = Math.abs(v) >= 100 || Number.isInteger(v) ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

export function table(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    fmt(f.value, f.unit),
    f.target ? `${f.target.op} ${fmt(f.target.value, f.unit)}` : '—',
    f.pass === null || f.pass === undefined ? '' : f.pass ? 'PASS' : 'FAIL',
    f.note ?? '',
  ]);
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['figure', 'value', 'target', 'result'][i]!.length));
  const line = (r: string[]) => `${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  ${r[2]!.padStart(widths[2]!)}  ${r[3]!.padEnd(widths[3]!)}  ${r[4] ?? ''}`.trimEnd();
  const out: string[] = [];
  let section = '';
  for (const [i, f] of figures.entries()) {
    if (f.section !== section) {
      section = f.section;
      out.push('', section, line(['figure', 'value', 'target', 'result', '']), '-'.repeat(widths.reduce((a, b) => a + b + 2, 0)));
    }
    out.push(line(rows[i]!));
  }
  return out.join('\n');
}
