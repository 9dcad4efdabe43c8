import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The console's initial JavaScript: the entry module and the chunks index.html preloads
 * (everything the browser fetches before the first screen), gzip-compressed.
 */
export function initialJs(consoleDir: string): { files: number; gzipKb: number; rawKb: number } {
  const html = readFileSync(join(consoleDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let gzip = 0;
  let raw = 0;
  for (const file of new Set(files)) {
    const bytes = readFileSync(join(consoleDir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: new Set(files).size, gzipKb: gzip / 1024, rawKb: raw / 1024 };
}

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Milliseconds from navigation until the order list shows `rows` orders, in headless Chromium
 * with an empty cache each time (a signed-in user opening the console): median of `runs`.
 */
export async function orderListTime(opts: { baseUrl: string; token: string; expiresAt: string; rows: number; runs: number; chromium?: string }): Promise<{ medianMs: number; samples: number[] }> {
  const executablePath = opts.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH)`);
  const { chromium } = await import('playwright-core');
  const samples: number[] = [];
  for (let run = 0; run < opts.runs; run++) {
    const profile = mkdtempSync(join(tmpdir(), 'wuye-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, viewport: { width: 1400, height: 900 }, args: CHROMIUM_ARGS });
    try {
      // The console's session keys (apps/admin/src/session.ts); as text, since this package compiles without the DOM's types.
      await context.addInitScript({
        content: `localStorage.setItem('wuye.token', ${JSON.stringify(opts.token)}); localStorage.setItem('wuye.tokenExpiresAt', ${JSON.stringify(opts.expiresAt)});`,
      });
      const page = await context.newPage();
      await page.goto(`${opts.baseUrl}/#/serviceOrders`, { waitUntil: 'commit' });
      // Rows that show an order number, not the loading skeleton; timed from the navigation's start.
      const handle = await page.waitForFunction(
        (n: number) => {
          const doc = (globalThis as unknown as { document: { querySelectorAll(q: string): ArrayLike<{ textContent: string | null }> } }).document;
          const shown = Array.from(doc.querySelectorAll('tbody tr')).filter((tr) => /[A-Z][A-Z0-9]+-\d{8}-\d{3}/.test(tr.textContent ?? '')).length;
          return shown >= n ? (globalThis as unknown as { performance: { now(): number } }).performance.now() : false;
        },
        opts.rows,
        { polling: 'raf', timeout: 60_000 },
      );
      samples.push(Math.round((await handle.jsonValue()) as number));
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)]!, samples };
}
