/**
 * The real product for browser tests: the built API (which serves the built console at `/`) on
 * a fresh database seeded with the demo company, and a headless Chromium.
 *
 * Needs `npm run build` (apps/api/dist and apps/admin/dist) and a Chromium
 * (CHROMIUM_PATH, default /usr/bin/chromium; Debian: `apt-get install chromium`).
 * DATABASE_URL, when set, is passed to the API instead of an embedded PostgreSQL.
 *
 * Every start takes free ports (HTTP and embedded PostgreSQL) and its own data directory, so two
 * products never collide; the admin vitest config still runs test files one after another
 * (`fileParallelism: false`), as each one starts a PostgreSQL.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const apiEntry = join(repoRoot, 'apps/api/dist/main.js');
const consoleIndex = join(repoRoot, 'apps/admin/dist/index.html');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const databaseUrl = process.env.DATABASE_URL;
const READY_TIMEOUT_MS = 90_000;

/** Demo accounts the seed creates (apps/api/src/main.ts prints them). */
export const DEMO = {
  password: 'Demo@2026',
  gm: 'gm@demo.wuye.cn',
  pm1: 'pm1@demo.wuye.cn',
  pm3: 'pm3@demo.wuye.cn',
  /** 翠湖花园's front desk. */
  desk: 'desk1@demo.wuye.cn',
  /** 翠湖花园's engineering supervisor (head of engineering). */
  supervisor: 'eng-sup1@demo.wuye.cn',
  /** A worker under that supervisor. */
  worker: 'worker1a@demo.wuye.cn',
  /** 翠湖花园's finance officer. */
  finance: 'finance1@demo.wuye.cn',
} as const;

export interface Product {
  baseUrl: string;
  context: BrowserContext;
  /**
   * A fresh page with no token and no stored locale, signed in; resolves once the menu shows
   * `menuItem` (the menu follows the viewer's permissions, so this waits for them too).
   */
  signIn(login: string, menuItem: string): Promise<{ page: Page; errors: string[] }>;
  stop(): Promise<void>;
}

export const menuItem = (page: Page, label: string) => page.getByRole('menuitem', { name: label, exact: true });

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

async function startApi(tempDirs: string[]): Promise<{ api: ChildProcess; baseUrl: string }> {
  const port = await freePort();
  // A fresh data dir even with DATABASE_URL: the API keeps its token secret there.
  const dataDir = await mkdtemp(join(tmpdir(), 'wuye-e2e-data-'));
  tempDirs.push(dataDir);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: dataDir };
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
  } else {
    // Its own embedded PostgreSQL port, so a dev server or another test run cannot collide.
    env.EMBEDDED_PG_PORT = String(await freePort());
  }
  const api = spawn(process.execPath, [apiEntry], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  api.stdout?.on('data', collect);
  api.stderr?.on('data', collect);
  const baseUrl = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode} before it was ready:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return { api, baseUrl };
    } catch {
      // not listening yet
    }
    await sleep(500);
  }
  await stopApi(api);
  throw new Error(`API not ready within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
}

async function stopApi(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(20_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
}

/** Starts the API and a browser; call `stop()` in afterAll even if this throws half-way. */
export async function startProduct(): Promise<Product> {
  for (const [what, path] of [
    ['the API build (npm run build -w @wuye/api)', apiEntry],
    ['the console build (npm run build -w @wuye/admin)', consoleIndex],
    ['Chromium (apt-get install chromium, or set CHROMIUM_PATH)', chromiumPath],
  ] as const) {
    if (!existsSync(path)) throw new Error(`Missing ${what}: ${path}`);
  }
  const tempDirs: string[] = [];
  let api: ChildProcess | undefined;
  let context: BrowserContext | undefined;
  const stop = async () => {
    await context?.close();
    await stopApi(api);
    await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  };

  try {
    const started = await startApi(tempDirs);
    api = started.api;
    const profile = await mkdtemp(join(tmpdir(), 'wuye-e2e-chromium-'));
    tempDirs.push(profile);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const { baseUrl } = started;
    const browser = context;

    const signIn = async (login: string, item: string) => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await browser.clearCookies();
      // Clear the session on a same-origin page without the console, so no app navigation
      // (a signed-out app redirects itself to #/login) races the next load.
      await page.goto(`${baseUrl}/healthz`);
      await page.evaluate(() => localStorage.clear());
      await page.goto(`${baseUrl}/#/login`);
      await page.locator('input[name="username"]').fill(login);
      await page.locator('input[name="password"]').fill(DEMO.password);
      await page.locator('button[type="submit"]').click();
      await menuItem(page, item).waitFor({ timeout: 30_000 });
      return { page, errors };
    };

    return { baseUrl, context, signIn, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * One product for a test file: starts it before the file's tests and stops it after them. Call at
 * the top of the file; the returned getter gives the product inside a test.
 */
export function useProduct(): () => Product {
  let product: Product | undefined;
  beforeAll(async () => {
    product = await startProduct();
  }, 120_000);
  afterAll(async () => {
    await product?.stop();
  }, 60_000);
  return () => {
    if (!product) throw new Error('The product did not start (see beforeAll)');
    return product;
  };
}
