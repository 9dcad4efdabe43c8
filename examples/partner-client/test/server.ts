/**
 * The real product for the example's test: the compiled API (apps/api/dist/main.js, as `npm start`
 * runs it) on free ports with its own data directory and embedded PostgreSQL, seeded with the demo
 * company. DATABASE_URL, when set, is used instead of an embedded server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiEntry = join(repoRoot, 'apps/api/dist/main.js');
const READY_TIMEOUT_MS = 150_000;

export interface RunningApi {
  baseUrl: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  if (await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)])) {
    child.kill('SIGKILL');
    await exited;
  }
}

export async function startApi(): Promise<RunningApi> {
  if (!existsSync(apiEntry)) throw new Error(`Missing the API build (npm run build): ${apiEntry}`);
  const dataDir = await mkdtemp(join(tmpdir(), 'wuye-partner-example-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  else env.EMBEDDED_PG_PORT = String(await freePort());
  const api = spawn(process.execPath, [apiEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  api.stdout?.on('data', collect);
  api.stderr?.on('data', collect);
  const stop = async () => {
    await stopChild(api);
    await rm(dataDir, { recursive: true, force: true });
  };
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) {
      await stop();
      throw new Error(`API exited with ${api.exitCode} before it was ready:\n${output}`);
    }
    try {
      if ((await fetch(`${baseUrl}/readyz`)).status === 200) return { baseUrl, stop };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`API not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
}
