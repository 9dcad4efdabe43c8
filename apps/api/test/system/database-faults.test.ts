import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormConfig } from '../../src/db/orm-config.js';
import { FANOUT_TASK } from '../../src/modules/webhooks/delivery.js';
import type { Fixture } from '../fixture.js';
import { Database, seed, sleep, startApi, type Api } from './product.js';
import { mergeLedgers, runClients, Session, verifyLedger, type Sample } from './workload.js';

/**
 * `npm run test:faults`: the compiled API under a mixed read/write load while its PostgreSQL
 * is killed (SIGKILL), kept down 10 s and started again; then SIGTERM under load. Prints what
 * it measured; docs/RELIABILITY.md quotes the last run.
 */
const CLIENTS = Number(process.env.FAULT_CLIENTS ?? 8);
const DOWN_MS = 10_000;

let db: Database;
let fx: Fixture;
const items: Record<string, string> = {};
const report: string[] = [];

beforeAll(async () => {
  db = new Database();
  await db.start();
  fx = await seed(db.url);
}, 180_000);
afterAll(async () => {
  await db?.stop();
  db?.remove();
  if (report.length) console.info(`\n${report.join('\n')}\n`);
});

async function sessions(api: Api, n: number): Promise<Session[]> {
  const all = Array.from({ length: n }, () => new Session(api.url, fx, items));
  await Promise.all(all.map((s) => s.login()));
  if (!items['疏通下水']) await all[0]!.publishCatalog();
  return all;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** Queues a webhook fan-out (harmless: it finds nothing new or sends what is due) and waits for the worker to finish it: seconds, or null. */
async function probeJobWorker(url: string): Promise<number | null> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url }));
  try {
    const sql = (q: string) => orm.em.fork().getConnection().execute(q) as Promise<Array<Record<string, any>>>;
    await sql(`select graphile_worker.add_job('${FANOUT_TASK}', '{}'::json, job_key => 'faults-probe')`);
    const t0 = performance.now();
    while (performance.now() - t0 < 30_000) {
      const [row] = await sql(`select count(*)::int as n from graphile_worker._private_jobs where key = 'faults-probe'`);
      if (row!.n === 0) return (performance.now() - t0) / 1000;
      await sleep(250);
    }
    return null;
  } finally {
    await orm.close(true);
  }
}

describe('the database goes away', () => {
  it('killed under load and started again 10 s later: the API stays up, fails fast and masked, recovers by itself, loses nothing', async () => {
    const api = await startApi({ DATABASE_URL: db.url });
    try {
      const clients = await sessions(api, CLIENTS);
      clients.forEach((c) => c.restartClock());
      const clock = clients[0]!;
      let stop = false;
      const load = runClients(clients, () => stop);

      await sleep(5_000);
      const killedAt = clock.now();
      const pid = db.kill();

      // While it is down: readiness says so, liveness does not, the process lives.
      const ready: Array<{ at: number; status: number }> = [];
      const live: number[] = [];
      while (clock.now() < killedAt + DOWN_MS) {
        ready.push({ at: clock.now(), status: await fetch(`${api.url}/readyz`).then((r) => r.status, () => 0) });
        live.push(await fetch(`${api.url}/healthz`).then((r) => r.status, () => 0));
        await sleep(250);
      }
      expect(api.proc.exitCode).toBeNull();
      const restartAt = clock.now();
      await db.start();
      const upAt = clock.now();
      await sleep(10_000);
      stop = true;
      await load;

      const samples: Sample[] = clients.flatMap((c) => c.samples);
      // Down from the kill until the restart begins: PostgreSQL takes connections before start() returns.
      const during = samples.filter((s) => s.start >= killedAt + 500 && s.start + s.ms < restartAt);
      const afterRecovery = samples.filter((s) => s.start >= upAt + 5_000);
      const failedAfterUp = samples.filter((s) => s.code && s.start >= upAt).map((s) => s.start + s.ms);
      const lastErrorAfterUp = failedAfterUp.length ? Math.max(...failedAfterUp) - upAt : 0;
      const firstReadyAfterUp = await (async () => {
        for (let i = 0; i < 40; i++) if ((await fetch(`${api.url}/readyz`)).status === 200) return true;
        return false;
      })();

      report.push(
        `database killed (SIGKILL postmaster ${pid}) at ${fmt(killedAt)}, kept down ${fmt(restartAt - killedAt)}, then ${fmt(upAt - restartAt)} to start (crash recovery); ${CLIENTS} clients`,
        `  requests while down: ${during.length}, slowest ${fmt(Math.max(0, ...during.map((s) => s.ms)))}, codes ${JSON.stringify(countBy(during.map((s) => `${s.status}:${s.code}`)))}`,
        `  /readyz while down: ${ready.filter((r) => r.at > killedAt + 2_500).map((r) => r.status).join(',') || '-'}; /healthz: ${[...new Set(live)].join(',')}`,
        `  last error ${fmt(lastErrorAfterUp)} after the database was back; requests from 5 s after: ${afterRecovery.length}, errors ${afterRecovery.filter((s) => s.code).length}`,
      );

      expect(during.length).toBeGreaterThan(20);
      for (const s of during) {
        expect(s.ms, JSON.stringify(s)).toBeLessThan(5_000);
        expect(s.code, JSON.stringify(s)).toBe('SERVICE_UNAVAILABLE');
        expect(s.status).toBe(503);
        expect(s.message).toBe('Service temporarily unavailable; please try again shortly');
      }
      expect(ready.filter((r) => r.at > killedAt + 2_500).every((r) => r.status === 503)).toBe(true);
      expect(new Set(live)).toEqual(new Set([200]));
      expect(lastErrorAfterUp).toBeLessThan(5_000);
      expect(afterRecovery.length).toBeGreaterThan(50);
      expect(afterRecovery.filter((s) => s.code)).toEqual([]);
      expect(firstReadyAfterUp).toBe(true);

      const ledger = mergeLedgers(clients);
      const { problems, counts } = await verifyLedger(db.url, ledger);
      report.push(`  acknowledged and found again: ${JSON.stringify(counts)}; problems: ${problems.length ? problems.join('; ') : 'none'}`);
      expect(problems).toEqual([]);
      expect(counts.payments).toBeGreaterThan(0);

      // Background work runs again too: a job queued now is taken and done (graphile-worker stops
      // its runner for good when a job fails while the database is gone; the API starts it again).
      const jobDoneS = await probeJobWorker(db.url);
      report.push(`  background jobs: a job queued after recovery was done in ${jobDoneS === null ? 'never (30 s)' : fmt(jobDoneS * 1000)}; the API process is alive: ${api.proc.exitCode === null}`);
      expect(jobDoneS).not.toBeNull();
      expect(api.proc.exitCode).toBeNull();
    } finally {
      api.proc.kill('SIGTERM');
      await api.exited;
    }
  }, 240_000);
});

describe('SIGTERM', () => {
  it('under load: requests in flight complete within the drain period, the process exits cleanly, nothing is cut mid-transaction', async () => {
    const api = await startApi({ DATABASE_URL: db.url });
    const clients = await sessions(api, CLIENTS);
    clients.forEach((c) => c.restartClock());
    const clock = clients[0]!;
    let stop = false;
    const load = runClients(clients, () => stop);
    await sleep(3_000);

    // Requests certainly in flight: new residents waiting on a lock someone else holds.
    const other = await MikroORM.init(ormConfig({ clientUrl: db.url }));
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await new Promise<void>((locked) => {
      void other.em.fork().transactional(async (em) => {
        await em.execute('lock table resident in share row exclusive mode');
        locked();
        await held;
      });
    });
    const inFlight = Array.from({ length: 5 }, () => clients[0]!.resident());
    await sleep(500);

    const termAt = clock.now();
    api.proc.kill('SIGTERM');
    await sleep(2_000);
    expect(api.proc.exitCode).toBeNull(); // still draining: those requests are not done
    release();
    await Promise.all(inFlight);
    const code = await api.exited;
    const exitedAt = clock.now();
    stop = true;
    await load;
    await other.close(true);

    const samples = clients.flatMap((c) => c.samples);
    const residentCalls = clients[0]!.samples.filter((s) => s.op === 'create resident' && s.start < termAt && s.start > termAt - 1_000);
    const beforeTerm = samples.filter((s) => s.start + s.ms < termAt);
    const afterTerm = samples.filter((s) => s.start > termAt);
    report.push(
      `SIGTERM under load (${CLIENTS} clients): exit code ${code} ${fmt(exitedAt - termAt)} after the signal (5 requests held 2 s by a lock)`,
      `  in flight at the signal: ${residentCalls.length} held, ${residentCalls.filter((s) => !s.code).length} completed; after the signal: ${afterTerm.length} requests, ${JSON.stringify(countBy(afterTerm.map((s) => `${s.status}:${s.code}`)))}`,
    );

    expect(code).toBe(0);
    expect(exitedAt - termAt).toBeLessThan(12_000);
    expect(residentCalls.length).toBeGreaterThanOrEqual(5);
    expect(residentCalls.filter((s) => s.code)).toEqual([]);
    expect(beforeTerm.filter((s) => s.code)).toEqual([]);
    // After the signal a request is refused (connection closed) or answered; never half-done.
    for (const s of afterTerm) expect(['NETWORK', 'SERVICE_UNAVAILABLE', null]).toContain(s.code);

    const { problems, counts } = await verifyLedger(db.url, mergeLedgers(clients));
    report.push(`  acknowledged and found again: ${JSON.stringify(counts)}; problems: ${problems.length ? problems.join('; ') : 'none'}`);
    expect(problems).toEqual([]);
  }, 180_000);
});

function countBy(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}
