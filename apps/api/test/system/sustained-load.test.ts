import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fixture } from '../fixture.js';
import { Database, rssBytes, seed, sleep, startApi, type Api } from './product.js';
import { mergeLedgers, percentile, Session, verifyLedger, type Sample } from './workload.js';

/**
 * `npm run test:load`: the compiled API under a mixed workload — reads, order intake, quotes,
 * payments (with the consent → dispatch → assign → start → complete steps before them),
 * complaints, new residents — from LOAD_CLIENTS clients (20) for LOAD_DURATION_S (300 s).
 * Each client pauses 0–2×LOAD_THINK_MS (100 ms) between requests, as a person at the console
 * or a partner's backend would; without pauses 20 clients on 2 cores only measure the queue.
 *
 * The baseline is the same mix from one client for LOAD_BASELINE_S (30 s) in the same run;
 * `bench/results/latest.json` is reported beside it when `npm run bench` has left one.
 * Promised: zero errors, p99 within 3× the baseline p99, resident memory growing less than 15 %
 * between minute 1 and the end.
 */
const CLIENTS = Number(process.env.LOAD_CLIENTS ?? 20);
const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 300);
const BASELINE_S = Number(process.env.LOAD_BASELINE_S ?? 30);
const THINK_MS = Number(process.env.LOAD_THINK_MS ?? 100);
const RESULTS = resolve(__dirname, 'results/sustained-load.json');
const BENCH = resolve(__dirname, '../../../../bench/results/latest.json');

let db: Database;
let fx: Fixture;
let api: Api;
const items: Record<string, string> = {};

beforeAll(async () => {
  db = new Database();
  await db.start();
  fx = await seed(db.url);
  api = await startApi({ DATABASE_URL: db.url });
}, 180_000);
afterAll(async () => {
  api?.proc.kill('SIGTERM');
  await api?.exited;
  await db?.stop();
  db?.remove();
});

async function drive(sessions: Session[], seconds: number, onTick?: (at: number) => void): Promise<void> {
  const t0 = performance.now();
  const until = () => performance.now() - t0 >= seconds * 1000;
  const ticker = onTick ? setInterval(() => onTick((performance.now() - t0) / 1000), 2_000) : undefined;
  try {
    await Promise.all(
      sessions.map(async (s) => {
        while (!until()) {
          await s.next();
          await sleep(Math.random() * 2 * THINK_MS);
        }
      }),
    );
  } finally {
    clearInterval(ticker);
  }
}

function summary(samples: Sample[]) {
  const ms = samples.map((s) => s.ms);
  return {
    requests: samples.length,
    errors: samples.filter((s) => s.code).length,
    p50: Math.round(percentile(ms, 50) * 10) / 10,
    p95: Math.round(percentile(ms, 95) * 10) / 10,
    p99: Math.round(percentile(ms, 99) * 10) / 10,
    max: Math.round(Math.max(0, ...ms)),
  };
}

function byOp(samples: Sample[]) {
  const ops = [...new Set(samples.map((s) => s.op))].sort();
  return Object.fromEntries(ops.map((op) => [op, summary(samples.filter((s) => s.op === op))]));
}

/** A p99 the benchmark recorded, if it left one (its format is its own: the first `p99…` number found). */
function benchP99(): { file: string; p99: number } | null {
  if (!existsSync(BENCH)) return null;
  const find = (x: unknown): number | null => {
    if (!x || typeof x !== 'object') return null;
    for (const [k, v] of Object.entries(x)) {
      if (/^p99/i.test(k) && typeof v === 'number') return v;
      const inner = find(v);
      if (inner !== null) return inner;
    }
    return null;
  };
  const p99 = find(JSON.parse(readFileSync(BENCH, 'utf8')));
  return p99 === null ? null : { file: BENCH, p99 };
}

describe('sustained load', () => {
  it(`${CLIENTS} clients for ${DURATION_S} s: no errors, p99 within 3× the baseline, memory steady`, async () => {
    const [first, ...rest] = await Promise.all(Array.from({ length: CLIENTS }, async () => {
      const s = new Session(api.url, fx, items);
      await s.login();
      return s;
    }));
    await first!.publishCatalog();
    const all = [first!, ...rest];

    // Warm-up (JIT, caches, connection pool), not measured.
    await drive([first!], 5);
    first!.samples.length = 0;

    await drive([first!], BASELINE_S);
    const baseline = summary(first!.samples);
    first!.samples.length = 0;

    const memory: Array<{ at: number; rss: number }> = [];
    const pid = api.proc.pid!;
    all.forEach((s) => s.restartClock());
    await drive(all, DURATION_S, (at) => memory.push({ at, rss: rssBytes(pid) }));

    const samples = all.flatMap((s) => s.samples);
    const load = summary(samples);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    // "Minute 1" and "minute 5": the minute after the first, and the last minute (scaled for shorter runs).
    const window = Math.min(60, DURATION_S / 5);
    const early = mean(memory.filter((m) => m.at >= window && m.at < 2 * window).map((m) => m.rss));
    const late = mean(memory.filter((m) => m.at >= DURATION_S - window).map((m) => m.rss));
    const growth = (late - early) / early;
    const bench = benchP99();
    const ledger = await verifyLedger(db.url, mergeLedgers(all));

    const result = {
      at: new Date().toISOString(),
      clients: CLIENTS,
      durationS: DURATION_S,
      thinkMs: `0–${2 * THINK_MS} (mean ${THINK_MS})`,
      throughputPerS: Math.round((load.requests / DURATION_S) * 10) / 10,
      baseline,
      load,
      p99Ratio: Math.round((load.p99 / baseline.p99) * 100) / 100,
      bench,
      memoryMiB: { minute1: Math.round(early / 2 ** 20), end: Math.round(late / 2 ** 20), growthPercent: Math.round(growth * 1000) / 10 },
      acknowledged: ledger.counts,
      ledgerProblems: ledger.problems,
      byOp: byOp(samples),
    };
    mkdirSync(dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, JSON.stringify(result, null, 2));
    console.info(JSON.stringify({ ...result, byOp: undefined }, null, 2));
    console.info(Object.entries(result.byOp).map(([op, s]) => `  ${op.padEnd(18)} ${JSON.stringify(s)}`).join('\n'));

    expect(load.errors, JSON.stringify(samples.filter((s) => s.code).slice(0, 5))).toBe(0);
    expect(load.p99).toBeLessThanOrEqual(3 * baseline.p99);
    expect(growth).toBeLessThan(0.15);
    expect(ledger.problems).toEqual([]);
  }, (DURATION_S + BASELINE_S + 120) * 1000);
});
