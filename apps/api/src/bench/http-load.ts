import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** autocannon's command line, from its package (pinned in apps/api/package.json). */
function autocannonBin(): string {
  const pkgFile = require.resolve('autocannon/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { bin: Record<string, string> | string };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.autocannon!;
  return join(dirname(pkgFile), bin);
}

export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  /** Non-2xx answers, transport errors and answers whose body differed from the checked one. */
  failures: number;
}

/**
 * One load run from a separate process (autocannon), POSTing the same GraphQL body for
 * `seconds` over `connections` keep-alive connections. Every answer must equal `expectBody`.
 */
export function runLoad(opts: { url: string; body: string; token?: string; connections: number; seconds: number; expectBody: string }): Promise<LoadResult> {
  const args = [
    autocannonBin(),
    '-c', String(opts.connections),
    '-d', String(opts.seconds),
    '-m', 'POST',
    '-H', 'content-type=application/json',
    ...(opts.token ? ['-H', `authorization=Bearer ${opts.token}`] : []),
    '-b', opts.body,
    '-E', opts.expectBody,
    '-j',
    opts.url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      try {
        const r = JSON.parse(out) as {
          requests: { average: number; total: number };
          latency: { p50: number; p99: number };
          non2xx: number;
          errors: number;
          timeouts: number;
          mismatches?: number;
        };
        resolve({
          requestsPerSecond: r.requests.average,
          p50: r.latency.p50,
          p99: r.latency.p99,
          requests: r.requests.total,
          failures: r.non2xx + r.errors + r.timeouts + (r.mismatches ?? 0),
        });
      } catch {
        reject(new Error(`autocannon exited with ${code}: ${err.slice(-2000)}`));
      }
    });
  });
}
