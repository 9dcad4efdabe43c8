import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { freePort, sleep } from '../../src/bench/processes.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/db/embedded-postgres.js';
import { ormConfig } from '../../src/db/orm-config.js';
import { migrateJobQueue } from '../../src/jobs/worker.js';
import { hashPassword } from '../../src/modules/auth/password.js';
import { requestScope, systemScope } from '../../src/request-scope.js';
import { buildFixture, PASSWORD, type Fixture } from '../fixture.js';

/** The product as `npm start` runs it: the compiled API in its own process (build first). */
const MAIN = resolve(__dirname, '../../dist/main.js');

export { freePort, sleep } from '../../src/bench/processes.js';

/**
 * A PostgreSQL server owned by the test (not by the API), so the test can kill it with
 * SIGKILL and start it again on the same data directory, as an operator or a crash would.
 */
export class Database {
  private server: EmbeddedDatabase | null = null;
  readonly dataDir = mkdtempSync(join(tmpdir(), 'wuye-system-pg-'));
  readonly log = pino({ level: 'warn' });
  url = '';
  port = 0;

  async start(): Promise<void> {
    this.port ||= await freePort();
    this.server = await startEmbeddedPostgres({ dataDir: this.dataDir, port: this.port, database: 'wuye', log: this.log });
    this.url = this.server.url;
  }

  /** The postmaster's pid, from its lock file. */
  postmasterPid(): number {
    return Number(readFileSync(join(this.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** SIGKILL: no shutdown, no checkpoint; the next start recovers from the WAL. */
  kill(): number {
    const pid = this.postmasterPid();
    process.kill(pid, 'SIGKILL');
    this.server = null;
    return pid;
  }

  async stop(): Promise<void> {
    await this.server?.stop();
    this.server = null;
  }

  remove(): void {
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Migrations, the job queue and the test fixture (two companies, staff of every role, password PASSWORD). */
export async function seed(url: string): Promise<Fixture> {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url }));
  try {
    await orm.getMigrator().up();
    await migrateJobQueue(url, pino({ level: 'warn' }));
    const hash = await hashPassword(PASSWORD);
    return await requestScope.run(systemScope('fixture'), () => orm.em.fork().transactional(async (em) => buildFixture(em, hash)));
  } finally {
    await orm.close(true);
  }
}

export interface Api {
  proc: ChildProcess;
  url: string;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

export async function startApi(env: Record<string, string>, opts: { nodeArgs?: string[]; onLine?: (line: string) => void } = {}): Promise<Api> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'wuye-system-api-'));
  let out = '';
  const nodeArgs = [...(opts.nodeArgs ?? []), ...(process.env.SYSTEM_API_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  const proc = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'false',
      TOKEN_SECRET: 'system-test-secret-system-test-secret-0123',
      // The clients here are a load generator, not people: per-caller limits would measure themselves.
      RATE_LIMIT_PER_USER: '0',
      RATE_LIMIT_PER_API_KEY: '0',
      RATE_LIMIT_LOGIN_PER_IP: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // SYSTEM_API_LOG=<file> keeps everything the API printed (the in-memory tail is for errors);
  // SYSTEM_API_NODE_ARGS reach the API's node alone (e.g. --trace-gc), not the test process.
  const keep = process.env.SYSTEM_API_LOG;
  let partial = '';
  const take = (d: Buffer) => {
    out = (out + d).slice(-200_000);
    if (keep) appendFileSync(keep, d);
    if (opts.onLine) {
      const lines = (partial + d).split('\n');
      partial = lines.pop()!;
      for (const line of lines) opts.onLine(line);
    }
  };
  proc.stdout!.on('data', take);
  proc.stderr!.on('data', take);
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`API exited early:\n${out}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready && out.includes('is running')) return { proc, url, output: () => out, exited };
    await sleep(250);
  }
  proc.kill('SIGKILL');
  throw new Error(`API not ready in time:\n${out}`);
}

/** The memory the API process holds (resident set), from /proc. */
export function rssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}
